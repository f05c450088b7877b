package se.rjl.patientfees.dental;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.yaml.Location;

/**
 * One case of a dental scenario file (scenarios-dental/, format in docs/dental-price-list.md): a
 * request and what it must give. Read with {@link DentalScenarios#read(java.nio.file.Path)}.
 *
 * @param priceListId the price list the file is written for
 * @param name the case's name
 * @param sources the seed lines the expectation comes from
 * @param decisions the decision records the case pins (E20 …)
 * @param request what is priced
 * @param expect what it must give
 * @param location where the case is written
 */
public record DentalScenario(
    String priceListId,
    String name,
    List<Source> sources,
    List<String> decisions,
    DentalRequest request,
    Expectation expect,
    Location location) {

  public DentalScenario {
    sources = List.copyOf(sources);
    decisions = List.copyOf(decisions);
  }

  /**
   * What a case expects; null fields are not checked. Either a price ({@code amountOre} and the
   * rest) or an error ({@code errorField}, {@code errorKind}).
   *
   * @param referencePrinted whether a reference price must be printed (true), must not be (false),
   *     or is not checked (null)
   */
  public record Expectation(
      Long amountOre,
      Long unitPriceOre,
      Long quantity,
      Boolean referencePrinted,
      Long referencePriceOre,
      String row,
      String code,
      String feeRule,
      String errorField,
      String errorKind) {

    public boolean expectsError() {
      return errorField != null || errorKind != null;
    }
  }

  /** Runs the case: empty when it passes, otherwise what differs. */
  public Optional<String> check(DentalPricer pricer) {
    if (!pricer.priceList().info().id().equals(priceListId)) {
      return Optional.of("written for price list " + priceListId + ", not " + pricer.priceList().info().id());
    }
    DentalPrice price;
    try {
      price = pricer.price(request);
    } catch (InvalidInputException e) {
      if (!expect.expectsError()) {
        return Optional.of("expected a price, got the error " + e.field() + "/" + e.kind() + ": " + e.getMessage());
      }
      if ((expect.errorField() != null && !expect.errorField().equals(e.field()))
          || (expect.errorKind() != null && !expect.errorKind().equals(e.kind()))) {
        return Optional.of("expected the error " + expect.errorField() + "/" + expect.errorKind() + ", got "
            + e.field() + "/" + e.kind() + ": " + e.getMessage());
      }
      return Optional.empty();
    }
    if (expect.expectsError()) {
      return Optional.of("expected the error " + expect.errorField() + "/" + expect.errorKind() + ", got "
          + se.rjl.patientfees.engine.outpatient.Money.kr(price.amountOre()) + " on " + price.key());
    }
    StringBuilder diff = new StringBuilder();
    differKr(diff, "amount", expect.amountOre(), price.amountOre());
    differKr(diff, "unitPrice", expect.unitPriceOre(), price.unitPriceOre());
    differ(diff, "quantity", expect.quantity(), price.quantity());
    if (expect.referencePrinted() != null && expect.referencePrinted() != (price.referencePriceOre() != null)) {
      diff.append("; referencePrice: expected ").append(expect.referencePrinted() ? "a printed reference price" : "none")
          .append(", got ").append(price.referencePriceOre() == null ? "none" : kr(price.referencePriceOre()));
    }
    differKr(diff, "referencePrice", expect.referencePriceOre(), price.referencePriceOre());
    differ(diff, "row", expect.row(), price.key());
    differ(diff, "code", expect.code(), price.code());
    differ(diff, "feeRule", expect.feeRule(), price.feeRule() == null ? null : price.feeRule().key());
    return diff.length() == 0 ? Optional.empty() : Optional.of(diff.substring(2));
  }

  private static void differ(StringBuilder diff, String what, Object expected, Object actual) {
    if (expected != null && !Objects.equals(expected, actual)) {
      diff.append("; ").append(what).append(": expected ").append(expected).append(", got ").append(actual);
    }
  }

  /** Amounts in kronor, as finance staff read them ("1 095 kr"), never in öre. */
  private static void differKr(StringBuilder diff, String what, Long expected, Long actual) {
    if (expected != null && !Objects.equals(expected, actual)) {
      diff.append("; ").append(what).append(": expected ").append(kr(expected)).append(", got ")
          .append(actual == null ? "none" : kr(actual));
    }
  }

  private static String kr(long ore) {
    return se.rjl.patientfees.engine.outpatient.Money.kr(ore);
  }
}
