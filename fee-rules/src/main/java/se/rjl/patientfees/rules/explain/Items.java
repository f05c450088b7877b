package se.rjl.patientfees.rules.explain;

import se.rjl.patientfees.rules.model.AgeBand;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.CertificateTariff;
import se.rjl.patientfees.rules.model.CopyTariff;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.FreeCertificate;
import se.rjl.patientfees.rules.model.FreeReason;
import se.rjl.patientfees.rules.model.InpatientTariff;
import se.rjl.patientfees.rules.model.NamedAmount;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.model.Source;
import se.rjl.patientfees.rules.model.VaccinationRule;

/** The key, title and source of a rulebook entry an explanation step names. */
final class Items {
  private Items() {}

  static String key(Rulebook book, Object item) {
    if (item instanceof FeeCodeRow r) {
      return r.key();
    } else if (item instanceof FreeReason r) {
      return r.key();
    } else if (item instanceof VaccinationRule v) {
      return v.vaccine();
    } else if (item instanceof InpatientTariff.InpatientExemption e) {
      return e.key();
    } else if (item instanceof InpatientTariff.DayBand b) {
      return "inpatient.dayBands[" + indexOf(book.inpatient().dayBands(), b) + "]";
    } else if (item instanceof CertificateTariff c) {
      return c.key();
    } else if (item instanceof FreeCertificate c) {
      return c.key();
    } else if (item instanceof AidItem a) {
      return a.key();
    } else if (item instanceof CopyTariff.Recipient r) {
      return "copies.freeRecipients." + r.key();
    } else if (item instanceof NamedAmount n) {
      return n.key();
    }
    return null;
  }

  static String title(Object item) {
    if (item instanceof FeeCodeRow r) {
      return r.label();
    } else if (item instanceof FreeReason r) {
      return r.title();
    } else if (item instanceof VaccinationRule v) {
      return v.title();
    } else if (item instanceof InpatientTariff.InpatientExemption e) {
      return e.title();
    } else if (item instanceof CertificateTariff c) {
      return c.title();
    } else if (item instanceof FreeCertificate c) {
      return c.title();
    } else if (item instanceof AidItem a) {
      return a.title();
    } else if (item instanceof CopyTariff.Recipient r) {
      return r.title();
    } else if (item instanceof NamedAmount n) {
      return n.description();
    }
    return String.valueOf(item);
  }

  static Source source(Object item) {
    if (item instanceof FeeCodeRow r) {
      return r.source();
    } else if (item instanceof FreeReason r) {
      return r.source();
    } else if (item instanceof VaccinationRule v) {
      return v.source();
    } else if (item instanceof InpatientTariff.InpatientExemption e) {
      return e.source();
    } else if (item instanceof InpatientTariff.DayBand b) {
      return b.source();
    } else if (item instanceof CertificateTariff c) {
      return c.source();
    } else if (item instanceof FreeCertificate c) {
      return c.source();
    } else if (item instanceof AidItem a) {
      return a.source();
    } else if (item instanceof NamedAmount n) {
      return n.source();
    }
    return null;
  }

  /** {@code {item.field}}: the fields a template may read from an item. */
  static String field(Rulebook book, Object item, String field) {
    return switch (field) {
      case "key" -> key(book, item);
      case "title" -> title(item);
      case "ageBand" -> item instanceof VaccinationRule v && v.freeAgeBand() != null
          ? book.ageBand(v.freeAgeBand()).map(AgeBand::describe).orElse("") : "";
      case "group" -> item instanceof AidItem a && a.group() != null ? a.group() : "";
      default -> throw new IllegalArgumentException("no field '" + field + "'");
    };
  }

  static boolean isField(String field) {
    return field.equals("key") || field.equals("title") || field.equals("ageBand") || field.equals("group");
  }

  private static int indexOf(java.util.List<?> list, Object o) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == o) {
        return i;
      }
    }
    return list.indexOf(o);
  }
}
