package se.rjl.patientfees.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.api.Amounts;
import se.rjl.patientfees.app.dental.DentalPriceJson;
import se.rjl.patientfees.app.dental.DentalRequestJson;
import se.rjl.patientfees.api.json.JsonContract;
import se.rjl.patientfees.api.json.ProblemException;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.dental.DentalPrice;
import se.rjl.patientfees.dental.DentalPricer;
import se.rjl.patientfees.dental.DentalRequest;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.dental.pricelist.DentalArea;
import se.rjl.patientfees.dental.pricelist.PriceList;

/**
 * {@code price-dental --code X --area general|specialist --date D}, {@code --key K}, or a JSON
 * request: a price from the dental price list with its reference price and source.
 */
@Command(
    name = "price-dental",
    mixinStandardHelpOptions = true,
    description = {
      "Price from the dental price list: the price, the reference price and the source.",
      "Prices from Tandvårdstaxa Folktandvården (docs/dental-price-list.md) a treatment by --area and --code, a row "
          + "by --key, or any request (also visit, missed-visit, asylum and prescription fees) as JSON from FILE or "
          + "standard input.",
      "Prints the price, the reference price (and the difference), the source lines and why; --json writes JSON.",
      "Example: price-dental --code 101 --area general --date 2024-03-12",
      "JSON request: {\"kind\": \"treatment\", \"area\": \"general\", \"code\": \"101\", \"date\": \"2024-03-12\"}"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {Main.EXIT_CODES_0, "2:bad usage or input (unknown code, wrong area, a date outside the price list, "
        + "an invalid JSON request)", Main.EXIT_CODES_3})
final class PriceDentalCommand implements Callable<Integer> {
  /** Option names for the request fields, for errors in option mode. */
  private static final Map<String, String> OPTION_OF = Map.of(
      "code", "--code", "area", "--area", "date", "--date", "key", "--key", "quantity", "--quantity");

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "A JSON request (docs/cli.md#price-dental); '-' or none (without --code/--key): standard input.")
  Path file;

  @Option(names = "--code", paramLabel = "CODE", description = "The code as printed: 101, 103S, A11.")
  String code;

  @Option(names = "--area", paramLabel = "AREA", description = "general (allmäntandvård, A) or specialist (specialisttandvård, S).")
  String area;

  @Option(names = "--key", paramLabel = "KEY", description = "A row key instead of a code: allman-401-2, allman-ny-essixskena.")
  String key;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "The treatment date; chooses the price list.")
  LocalDate date;

  /** {@code YYYY-MM-DD}, with a message that says so. */
  static final class IsoDate implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
      }
    }
  }

  @Option(names = "--quantity", paramLabel = "N", description = "Units: minutes for per-minute rows. Default: 1.")
  Long quantity;

  @Option(names = "--json", description = "Write the price as JSON instead of text.")
  boolean json;

  @Mixin PriceListOptions priceLists = new PriceListOptions();

  @Override
  public Integer call() throws IOException {
    boolean options = code != null || key != null || area != null || date != null || quantity != null;
    DentalRequest request;
    if (options) {
      if (file != null) {
        throw new CliException("give either FILE (a JSON request) or --code/--key options, not both");
      }
      if (code != null && key != null) {
        throw new CliException("give either --code (with --area) or --key, not both");
      }
      if (code == null && key == null) {
        throw new CliException("give --code (with --area) or --key");
      }
      DentalArea a = area == null ? null : area(area);
      request = key != null
          ? new DentalRequest(DentalRequest.Kind.ROW, a, null, key, quantity, date, null, null, null, null, null)
          : new DentalRequest(DentalRequest.Kind.TREATMENT, a, code, null, quantity, date, null, null, null, null, null);
    } else {
      String text = Input.readAll(file, ((Main) spec.root().userObject()).stdin);
      try {
        request = JsonContract.convert(JsonContract.readObject(text), DentalRequestJson.class).toRequest();
      } catch (ProblemException e) {
        throw new CliException(e.problem().detail());
      }
    }
    List<PriceList> lists = priceLists.load();
    PriceList list = PriceListOptions.forDate(lists, request.date(), options ? "--date" : "date");
    DentalPrice p;
    try {
      p = new DentalPricer(list).price(request);
    } catch (InvalidInputException e) {
      String field = options ? OPTION_OF.getOrDefault(e.field(), e.field()) : e.field();
      throw new CliException(field + ": " + e.detail() + " [" + e.kind() + "]");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonContract.writePretty(DentalPriceJson.of(p)));
    } else {
      out.print(text(list, p));
    }
    out.flush();
    return Main.OK;
  }

  private static DentalArea area(String s) {
    return switch (s) {
      case "general" -> DentalArea.GENERAL;
      case "specialist" -> DentalArea.SPECIALIST;
      default -> throw new CliException("--area: '" + s + "' is not one of general, specialist");
    };
  }

  static String text(PriceList list, DentalPrice p) {
    StringBuilder b = new StringBuilder();
    var r = p.row();
    line(b, "Price list:", list.info().id() + " (" + list.info().title() + ")");
    line(b, "Row:", r.key() + " · " + (r.newRow() ? "no code (Ny)" : "code " + r.code()) + " · " + kebab(r.area()) + " · "
        + kebab(r.provider()) + (r.exchange() ? " · utbytesåtgärd" : ""));
    line(b, "Text:", r.text());
    if (p.feeRule() != null) {
      line(b, "Fee rule:", p.feeRule().key());
    }
    if (p.quantity() != 1) {
      line(b, "Unit price:", kr(p.unitPriceOre()) + unit(r.unit()));
      line(b, "Quantity:", Long.toString(p.quantity()));
    }
    line(b, "Price:", kr(p.amountOre()));
    if (p.referencePriceOre() == null) {
      line(b, "Reference price:", "none printed");
    } else {
      long ref = p.referencePriceOre();
      long diff = p.differenceOre();
      String pct = ref == 0 ? "" : ", " + BigDecimal.valueOf(diff).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(ref), 1, RoundingMode.HALF_UP).toPlainString().replaceFirst("^(?!-)", "+") + " %";
      line(b, "Reference price:", kr(ref) + (p.quantity() != 1 ? " per unit" : "")
          + (diff == 0 ? " (the same)" : " (price − reference: " + (diff > 0 ? "+" : "") + kr(diff) + pct + ")"));
    }
    line(b, "Source:", sources(p.sources()));
    b.append("Why:\n");
    int n = 0;
    for (AppliedRule s : p.explanation()) {
      b.append(String.format(Locale.ROOT, "  %d. %s", ++n, s.textSv()));
      if (s.source() != null) {
        b.append(" [").append(s.source()).append(']');
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** {@code doc L7075–L7077, L7077}: the document once when all sources are in it. */
  private static String sources(List<se.rjl.patientfees.rules.model.Source> sources) {
    String doc = sources.get(0).document();
    if (sources.stream().allMatch(s -> s.document().equals(doc))) {
      return doc + " " + String.join(", ", sources.stream().map(se.rjl.patientfees.rules.model.Source::cite).toList());
    }
    return String.join("; ", sources.stream().map(Object::toString).toList());
  }

  private static String unit(se.rjl.patientfees.dental.pricelist.PriceUnit u) {
    return switch (u) {
      case PER_MINUTE -> " per minute";
      case PER_KRONA -> " per krona";
      default -> " each";
    };
  }

  private static String kr(long ore) {
    return Amounts.orePlainString(ore) + " SEK";
  }

  private static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "%-18s%s", label, value)).append('\n');
  }
}
