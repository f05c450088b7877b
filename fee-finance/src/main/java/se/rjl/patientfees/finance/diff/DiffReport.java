package se.rjl.patientfees.finance.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import se.rjl.patientfees.finance.report.Html;

/** The diff as plain text and as a self-contained HTML page. */
final class DiffReport {
  private DiffReport() {}

  static String text(RulebookDiff.Result r) {
    StringBuilder b = new StringBuilder();
    b.append("Rulebook diff: ").append(r.oldId()).append(" (").append(r.oldName()).append(") -> ")
        .append(r.newId()).append(" (").append(r.newName()).append(")\n");
    b.append(summary(r)).append("\n");
    for (Change c : r.changes()) {
      b.append('\n').append(pad(c.kind().name(), 8)).append(c.where()).append('\n');
      if (c.oldValue() != null) {
        b.append("    old: ").append(c.oldValue()).append('\n');
      }
      if (c.newValue() != null) {
        b.append("    new: ").append(c.newValue()).append('\n');
      }
      if (c.oldOrigin() != null) {
        b.append("    old source: ").append(c.oldOrigin()).append('\n');
      }
      if (c.newOrigin() != null) {
        b.append("    new source: ").append(c.newOrigin()).append('\n');
      }
    }
    return b.toString();
  }

  static String summary(RulebookDiff.Result r) {
    if (r.isEmpty()) {
      return "No differences.";
    }
    return r.changes().size() + (r.changes().size() == 1 ? " difference: " : " differences: ")
        + r.count(Change.Kind.CHANGED) + " changed, " + r.count(Change.Kind.ADDED) + " added, "
        + r.count(Change.Kind.REMOVED) + " removed.";
  }

  /** The summary in Swedish: "15 skillnader: 3 ändrade, 2 tillagda, 10 borttagna." */
  static String swedishSummary(RulebookDiff.Result r) {
    if (r.isEmpty()) {
      return "Inga skillnader.";
    }
    return r.changes().size() + (r.changes().size() == 1 ? " skillnad: " : " skillnader: ")
        + r.count(Change.Kind.CHANGED) + " ändrade, " + r.count(Change.Kind.ADDED) + " tillagda, "
        + r.count(Change.Kind.REMOVED) + " borttagna.";
  }

  /** A rulebook section's Swedish name; an unknown one is shown as it is. */
  static String section(String s) {
    return switch (s) {
      case "rulebook" -> "Regelboken (id, giltighet)";
      case "constants" -> "Konstanter";
      case "ageBands" -> "Åldersgränser";
      case "caps" -> "Högkostnadsskydd";
      case "feeCodes" -> "Avgiftskoder";
      case "outpatient" -> "Öppenvårdsregler";
      case "inpatient" -> "Slutenvård";
      case "missedVisits" -> "Uteblivna besök och sena återbud";
      case "certificates" -> "Intyg";
      case "freeCertificates" -> "Avgiftsfria intyg";
      case "copies" -> "Kopior av journalhandlingar";
      case "vaccinations" -> "Vaccinationer";
      case "freeReasons" -> "Avgiftsfria besök";
      case "smittskydd" -> "Smittskydd";
      case "patientGroups" -> "Patientgrupper";
      case "aids" -> "Hjälpmedel";
      case "otherCharges" -> "Övriga avgifter";
      default -> s;
    };
  }

  /** A changed field's Swedish name; an unknown one is shown as it is. */
  static String field(String f) {
    return switch (f) {
      case Change.ENTRY -> "(hela posten)";
      case "amount" -> "belopp";
      case "label" -> "text";
      case "title" -> "rubrik";
      case "source" -> "källa";
      case "validFrom" -> "gäller från";
      case "validTo" -> "gäller till";
      case "id" -> "id";
      case "from" -> "från";
      case "to" -> "till";
      case "countries" -> "länder";
      default -> f;
    };
  }

  static String kind(Change.Kind k) {
    return switch (k) {
      case CHANGED -> "ändrad";
      case ADDED -> "tillagd";
      case REMOVED -> "borttagen";
    };
  }

  static String html(RulebookDiff.Result r, se.rjl.patientfees.finance.report.RunInfo run) {
    boolean sameId = r.oldId().equals(r.newId());
    Html h = new Html("Regelboksjämförelse: " + r.oldId() + " → " + r.newId() + (sameId ? " (samma id, olika filer)" : ""));
    h.meta("Gammal: " + r.oldName() + " · Ny: " + r.newName());
    if (run != null) {
      h.raw(run.toHtml());
    }
    h.p(swedishSummary(r));
    Map<String, int[]> bySection = new LinkedHashMap<>();
    for (Change c : r.changes()) {
      int[] n = bySection.computeIfAbsent(c.section(), k -> new int[3]);
      n[c.kind().ordinal()]++;
    }
    if (!bySection.isEmpty()) {
      h.h2("Per avsnitt");
      h.sortableTable("sections", "Avsnitt", "#Ändrade", "#Tillagda", "#Borttagna");
      bySection.forEach((s, n) -> h.row(section(s), "#" + n[0], "#" + n[1], "#" + n[2]));
      h.endTable();
      h.h2("Alla skillnader");
      h.sortableTable("changes", "Typ", "Avsnitt", "Nyckel", "Fält", "Gammalt värde", "Nytt värde", "Gammal källa", "Ny källa");
      for (Change c : r.changes()) {
        String cells = "<td class=\"kind\">" + Html.esc(kind(c.kind())) + "</td>"
            + "<td>" + Html.esc(section(c.section())) + "</td>"
            + "<td><code>" + Html.esc(c.key()) + "</code></td>"
            + "<td>" + Html.esc(field(c.field())) + "</td>"
            + "<td class=\"old\">" + Html.esc(c.oldValue() == null ? "" : c.oldValue()) + "</td>"
            + "<td class=\"new\">" + Html.esc(c.newValue() == null ? "" : c.newValue()) + "</td>"
            + "<td>" + Html.esc(c.oldOrigin() == null ? "" : c.oldOrigin().toString()) + "</td>"
            + "<td>" + Html.esc(c.newOrigin() == null ? "" : c.newOrigin().toString()) + "</td>";
        h.rawRow(c.kind().word(), cells);
      }
      h.endTable();
    }
    return h.finish();
  }

  private static String pad(String s, int n) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < n) {
      b.append(' ');
    }
    return b.toString();
  }
}
