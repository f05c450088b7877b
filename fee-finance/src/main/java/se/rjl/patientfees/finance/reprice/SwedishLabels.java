package se.rjl.patientfees.finance.reprice;

import java.util.Locale;
import se.rjl.patientfees.engine.input.ConventionCountry;
import se.rjl.patientfees.engine.input.Residence;
import se.rjl.patientfees.engine.input.SwedeAbroadGroup;

/**
 * Swedish words for the report: patient groups (the keys of the CSV files, {@code eu-ees (card)},
 * become {@code medborgare i EU/EES-land eller Schweiz, med EU-kort}) and reject kinds. A key the
 * report does not know is shown as it is (a new value in the engine shows, it is not hidden).
 */
public final class SwedishLabels {
  private SwedishLabels() {}

  /** The Swedish label of a patient-group key as {@link Repricer} makes them. */
  public static String patientGroup(String key) {
    int paren = key.indexOf(" (");
    String residence = paren < 0 ? key : key.substring(0, paren);
    String detail = paren < 0 ? null : key.substring(paren + 2, key.length() - 1);
    Residence r = enumOf(Residence.class, residence);
    if (r == null) {
      return key;
    }
    String label = residence(r);
    if (detail == null) {
      return label;
    }
    return switch (r) {
      case EU_EES, UK -> label + (detail.equals("card") ? ", med EU-kort" : ", utan EU-kort");
      case CONVENTION_COUNTRY -> {
        ConventionCountry c = enumOf(ConventionCountry.class, detail);
        yield label + ": " + (c == null ? detail : country(c));
      }
      case SWEDE_ABROAD -> {
        boolean card = detail.endsWith(", card");
        String g = card ? detail.substring(0, detail.length() - 6) : detail;
        SwedeAbroadGroup a = enumOf(SwedeAbroadGroup.class, g);
        yield label + " (" + (a == null ? g : abroad(a)) + (card ? ", med EU-kort" : "") + ")";
      }
      default -> label + " (" + detail + ")";
    };
  }

  static String residence(Residence r) {
    return switch (r) {
      case COUNTY_RESIDENT -> "Folkbokförd i Jönköpings län";
      case OTHER_REGION_RESIDENT -> "Folkbokförd i annan region";
      case EU_EES -> "Medborgare i EU/EES-land eller Schweiz";
      case NORDIC -> "Bosatt i nordiskt land";
      case UK -> "Bosatt i Storbritannien";
      case CONVENTION_COUNTRY -> "Från konventionsland";
      case SWEDE_ABROAD -> "Utlandssvensk";
      case ASYLUM_SEEKER -> "Asylsökande";
      case UNDOCUMENTED -> "Tillståndslös";
      case QUOTA_REFUGEE -> "Kvotflykting";
      case FOREIGN_UNINSURED -> "Utländsk patient utan rätt till subventionerad vård";
    };
  }

  static String country(ConventionCountry c) {
    return switch (c) {
      case ALGERIA -> "Algeriet";
      case AUSTRALIA -> "Australien";
      case QUEBEC -> "Québec";
      case ISRAEL -> "Israel";
    };
  }

  static String abroad(SwedeAbroadGroup g) {
    return switch (g) {
      case EU_EES -> "bosatt i EU/EES";
      case EU_EES_PENSIONER -> "pensionär bosatt i EU/EES";
      case CONVENTION_COUNTRY -> "bosatt i konventionsland";
      case FULL_COST_COUNTRY -> "bosatt i land där planerad vård betalas fullt";
      default -> g.name().toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  /** A reject's "book kind" key ({@code input invalid-value}) in Swedish. */
  public static String rejectKind(String key) {
    int space = key.indexOf(' ');
    String book = space < 0 ? key : key.substring(0, space);
    String kind = space < 0 ? "" : key.substring(space + 1);
    String b = switch (book) {
      case "input" -> "Raden kunde inte läsas";
      case "base" -> "Basregelboken avvisade raden";
      case "proposed" -> "Förslaget avvisade raden";
      case "both" -> "Båda regelböckerna avvisade raden";
      default -> book;
    };
    String k = switch (kind) {
      case "missing" -> "värde saknas";
      case "invalid-value" -> "ogiltigt värde";
      case "invalid-amount" -> "ogiltigt belopp";
      case "wrong-type" -> "fel typ av värde";
      case "out-of-range" -> "värdet är för stort";
      case "syntax" -> "raden går inte att dela upp i fält";
      case "encoding" -> "fel teckenkodning";
      case "unknown-field" -> "okänt fält";
      case "outside-validity" -> "datum utanför regelbokens giltighetstid";
      case "contradictory" -> "motsägelsefulla uppgifter";
      case "engine-error" -> "internt fel i beräkningen";
      case "invalid" -> "ogiltig rad";
      default -> kind;
    };
    return b + ": " + k;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String kebab) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(kebab)) {
        return e;
      }
    }
    return null;
  }
}
