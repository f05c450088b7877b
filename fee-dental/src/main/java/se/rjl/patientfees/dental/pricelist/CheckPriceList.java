package se.rjl.patientfees.dental.pricelist;

import java.nio.file.Path;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * A development check without the CLI: {@code java -cp ... CheckPriceList rulebooks/dental-2024.yaml}
 * prints every problem (exit 1), or a summary line and every reference-price deviation (exit 0).
 */
public final class CheckPriceList {
  private CheckPriceList() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CheckPriceList <price-list.yaml>");
      System.exit(2);
    }
    try {
      PriceList list = PriceListLoader.load(Path.of(args[0]));
      System.out.println("OK " + list.info().id() + ": " + list.rows().size() + " rows, "
          + list.patientFees().size() + " patient fees");
      PriceListValidator.validate(list).report().forEach(System.out::println);
    } catch (RulebookException e) {
      for (Problem p : e.problems()) {
        System.out.println(p);
      }
      System.exit(1);
    }
  }
}
