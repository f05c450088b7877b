package se.rjl.patientfees.app.cli;

import java.math.BigDecimal;
import java.util.Locale;
import se.rjl.patientfees.api.CareUnit;
import se.rjl.patientfees.api.ContactKind;
import se.rjl.patientfees.api.Residence;
import se.rjl.patientfees.api.Event;
import se.rjl.patientfees.api.Profession;
import se.rjl.patientfees.api.Urgency;

/** Swedish words for the receipt; a value added to the engine later shows as its JSON name. */
final class SwedishLabels {
  private SwedishLabels() {}

  static String of(CareUnit u) {
    return switch (u) {
      case PRIMARY_CARE -> "primärvård";
      case SPECIALIST_CARE -> "specialistvård";
      case EMERGENCY_DEPARTMENT -> "akutmottagning";
      case NARAKUT -> "närakut";
      case EYE_CARE -> "ögonsjukvård";
      case DENTAL_GENERAL -> "tandvård (allmäntandvård, vårdavgift)";
      case DENTAL_SPECIALIST -> "specialisttandvård (vårdavgift)";
      default -> kebab(u);
    };
  }

  static String of(ContactKind k) {
    return switch (k) {
      case PHYSICAL_VISIT -> "mottagningsbesök";
      case HOME_VISIT -> "hembesök";
      case DAY_CARE -> "dagsjukvård";
      case SHORT_TERM_HOUSING_VISIT -> "besök på korttidsboende";
      case SHORT_TERM_HOUSING_HOME_VISIT -> "hembesök på korttidsboende";
      case QUALIFIED_DISTANCE -> "kvalificerad distanskontakt";
      case NON_QUALIFIED_DISTANCE -> "distanskontakt (ej kvalificerad)";
      case INTERIM_SAMPLING -> "provtagning utan besök";
      case PRESCRIPTION_WITHOUT_VISIT -> "recept utan besök";
      case SICK_NOTE_WITHOUT_VISIT -> "sjukintyg utan besök";
      case VACCINATION -> "vaccination";
      case HEALTH_CARE -> "hälsovård";
      case SCREENING -> "screening";
      case DIALYSIS -> "dialys";
      case FULL_COST_PROCEDURE -> "åtgärd till full kostnad";
      case GOODS_SALE -> "varuförsäljning utan besök";
      default -> kebab(k);
    };
  }

  static String of(Profession p) {
    return switch (p) {
      case DOCTOR -> "läkare";
      case TREATMENT -> "sjukvårdande behandling";
      case PSYCHOLOGIST -> "psykolog/kurator";
      default -> kebab(p);
    };
  }

  static String of(Urgency u) {
    return switch (u) {
      case ACUTE -> "akut";
      case PLANNED -> "planerat";
      default -> kebab(u);
    };
  }

  static String of(Event e) {
    return switch (e) {
      case ATTENDED -> "genomfört";
      case MISSED -> "uteblivet, ej meddelat återbud";
      case LATE_CANCELLED -> "sent återbud";
      case CANCELLED_BY_UNIT -> "avbokat av vårdgivaren";
      default -> kebab(e);
    };
  }

  static String of(Residence r) {
    return switch (r) {
      case COUNTY_RESIDENT -> "folkbokförd i Jönköpings län";
      case OTHER_REGION_RESIDENT -> "folkbokförd i annan region";
      case EU_EES -> "medborgare i EU/EES-land eller Schweiz";
      case NORDIC -> "bosatt i nordiskt land";
      case UK -> "bosatt i Storbritannien";
      case CONVENTION_COUNTRY -> "från konventionsland";
      case SWEDE_ABROAD -> "utlandssvensk";
      case ASYLUM_SEEKER -> "asylsökande";
      case UNDOCUMENTED -> "tillståndslös";
      case QUOTA_REFUGEE -> "kvotflykting";
      case FOREIGN_UNINSURED -> "utländsk patient utan rätt till subventionerad vård";
      default -> kebab(r);
    };
  }

  private static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code "1450.00" → "1 450,00 kr"} (a no-break space groups thousands). Never via a float. */
  static String kronor(String amount) {
    BigDecimal d = new BigDecimal(amount).setScale(2, java.math.RoundingMode.UNNECESSARY);
    String plain = d.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = plain.substring(0, dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append('\u00a0');
      }
      b.append(whole.charAt(i));
    }
    return (d.signum() < 0 ? "−" : "") + b + "," + plain.substring(dot + 1) + " kr";
  }
}
