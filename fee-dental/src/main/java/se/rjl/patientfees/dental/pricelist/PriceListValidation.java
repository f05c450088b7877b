package se.rjl.patientfees.dental.pricelist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.rjl.patientfees.rules.yaml.Problem;

/**
 * The result of {@link PriceListValidator#validate(PriceList)}: errors (the list would not load) and
 * warnings (rows whose price deviates from the reference price).
 */
public record PriceListValidation(List<Problem> errors, List<PriceDeviation> deviations) {
  public PriceListValidation {
    errors = List.copyOf(errors);
    deviations = List.copyOf(deviations);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public List<PriceDeviation> aboveReference() {
    return deviations.stream().filter(PriceDeviation::above).toList();
  }

  public List<PriceDeviation> belowReference() {
    return deviations.stream().filter(d -> !d.above()).toList();
  }

  /** The deviations of ordinary rows (utbytesåtgärder left out, decision E25). */
  public List<PriceDeviation> ordinaryDeviations() {
    return deviations.stream().filter(d -> !d.exchange()).toList();
  }

  /** The ordinary row with the largest deviation in percent (ties: the larger amount, then printed order). */
  public Optional<PriceDeviation> largestByPercent() {
    return ordinaryDeviations().stream().max(byPercent());
  }

  /** The ordinary row with the largest deviation in kronor. */
  public Optional<PriceDeviation> largestByAmount() {
    return ordinaryDeviations().stream()
        .max(Comparator.comparingLong((PriceDeviation d) -> Math.abs(d.differenceOre()))
            .thenComparing(d -> d.percent().abs()));
  }

  /** The largest deviation in percent, utbytesåtgärder included. */
  public Optional<PriceDeviation> largestIncludingExchange() {
    return deviations.stream().max(byPercent());
  }

  private static Comparator<PriceDeviation> byPercent() {
    return Comparator.comparing((PriceDeviation d) -> d.percent().abs())
        .thenComparingLong(d -> Math.abs(d.differenceOre()));
  }

  /** Lines for a console: a summary, then every deviation. */
  public List<String> report() {
    List<String> out = new ArrayList<>();
    for (Problem p : errors) {
      out.add("error: " + p);
    }
    out.add(deviations.size() + " rows deviate from the reference price (" + aboveReference().size() + " above, "
        + belowReference().size() + " below; " + (deviations.size() - ordinaryDeviations().size())
        + " of them utbytesåtgärder)");
    largestByPercent().ifPresent(d -> out.add("largest (percent): " + d.describe()));
    largestByAmount().ifPresent(d -> out.add("largest (kronor): " + d.describe()));
    for (PriceDeviation d : deviations) {
      out.add("warning: " + d.describe());
    }
    return out;
  }
}
