package se.rjl.patientfees.finance.reprice;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.rjl.patientfees.finance.report.BarChart;
import se.rjl.patientfees.finance.report.Csv;
import se.rjl.patientfees.finance.report.Html;
import se.rjl.patientfees.finance.report.Kr;

/**
 * Writes a reprice result: CSV files for further work and a self-contained HTML report with inline
 * SVG charts. Amounts in the CSV files are kronor with two decimals ({@code 1450.00}).
 *
 * <ul>
 *   <li>{@code totals.csv}: metric, base, proposed, difference
 *   <li>{@code reconciliation.csv}: rows read, priced, rejected, and rejected rows by kind
 *   <li>{@code by-fee-code.csv}, {@code by-patient-group.csv}, {@code by-age-band.csv},
 *       {@code by-group-and-age.csv}: contacts, list price and revenue under each book
 *   <li>{@code frikort-patients.csv}: every patient who reached frikort under either book
 *   <li>{@code report.html}
 * </ul>
 */
public final class RepriceReport {
  public static final List<String> FILES = List.of(
      "totals.csv", "reconciliation.csv", "by-fee-code.csv", "by-patient-group.csv", "by-age-band.csv",
      "by-group-and-age.csv", "frikort-patients.csv", "report.html");

  private RepriceReport() {}

  /** Writes every file into {@code dir} (created if needed). */
  public static void write(RepriceResult r, Path dir) throws IOException {
    Files.createDirectories(dir);
    Tally b = r.base();
    Tally p = r.proposed();
    try (Writer w = writer(dir, "totals.csv")) {
      Csv.row(w, "metric", "base", "proposed", "difference");
      for (Metric m : metrics(r)) {
        Csv.row(w, m.name, m.csv(m.base), m.csv(m.proposed), m.csv(m.proposed - m.base));
      }
    }
    try (Writer w = writer(dir, "reconciliation.csv")) {
      Csv.row(w, "item", "rows");
      Csv.row(w, "rows read", Long.toString(r.rowsRead()));
      Csv.row(w, "priced", Long.toString(r.priced()));
      Csv.row(w, "rejected", Long.toString(r.rejected()));
      Csv.row(w, "reconciles", r.reconciles() ? "yes" : "NO");
      for (Map.Entry<String, Long> e : r.rejectsByKind().entrySet()) {
        Csv.row(w, "rejected: " + e.getKey(), Long.toString(e.getValue()));
      }
    }
    try (Writer w = writer(dir, "by-fee-code.csv")) {
      Csv.row(w, "rowKey", "label", "contactsBase", "grossBase", "revenueBase", "contactsProposed", "grossProposed",
          "revenueProposed", "revenueDifference");
      for (String k : rowKeys(r)) {
        long[] x = b.byRow().getOrDefault(k, new long[3]);
        long[] y = p.byRow().getOrDefault(k, new long[3]);
        Csv.row(w, k, label(r, k), Long.toString(x[0]), Kr.csv(x[1]), Kr.csv(x[2]), Long.toString(y[0]), Kr.csv(y[1]),
            Kr.csv(y[2]), Kr.csv(y[2] - x[2]));
      }
    }
    try (Writer w = writer(dir, "by-patient-group.csv")) {
      Csv.row(w, "patientGroup", "patients", "contacts", "revenueBase", "revenueProposed", "revenueDifference");
      for (String g : groups(r)) {
        long[] x = b.byGroup().getOrDefault(g, new long[3]);
        long[] y = p.byGroup().getOrDefault(g, new long[3]);
        Csv.row(w, g, Long.toString(r.patientsByGroup().getOrDefault(g, 0L)), Long.toString(x[0]), Kr.csv(x[2]),
            Kr.csv(y[2]), Kr.csv(y[2] - x[2]));
      }
    }
    try (Writer w = writer(dir, "by-age-band.csv")) {
      Csv.row(w, "ageBand", "contacts", "revenueBase", "revenueProposed", "revenueDifference");
      for (int i = 0; i < AgeBands.LABELS.size(); i++) {
        long[] x = b.byAge()[i];
        long[] y = p.byAge()[i];
        Csv.row(w, AgeBands.LABELS.get(i), Long.toString(x[0]), Kr.csv(x[2]), Kr.csv(y[2]), Kr.csv(y[2] - x[2]));
      }
    }
    try (Writer w = writer(dir, "by-group-and-age.csv")) {
      Csv.row(w, "patientGroup", "ageBand", "contacts", "revenueBase", "revenueProposed", "revenueDifference");
      for (String g : groups(r)) {
        long[][] x = b.byGroupAge().get(g);
        long[][] y = p.byGroupAge().get(g);
        for (int i = 0; i < AgeBands.LABELS.size(); i++) {
          long[] xi = x == null ? new long[3] : x[i];
          long[] yi = y == null ? new long[3] : y[i];
          if (xi[0] == 0 && yi[0] == 0) {
            continue;
          }
          Csv.row(w, g, AgeBands.LABELS.get(i), Long.toString(xi[0]), Kr.csv(xi[2]), Kr.csv(yi[2]), Kr.csv(yi[2] - xi[2]));
        }
      }
    }
    try (Writer w = writer(dir, "frikort-patients.csv")) {
      Csv.row(w, "patientId", "patientGroup", "birthDate", "frikortBase", "frikortProposed", "paidBase", "paidProposed",
          "paidDifference");
      for (FrikortPatient f : r.frikortPatients()) {
        Csv.row(w, f.patientId(), f.group(), String.valueOf(f.birthDate()), f.frikortBase() == null ? "" : f.frikortBase().toString(),
            f.frikortProposed() == null ? "" : f.frikortProposed().toString(), Kr.csv(f.paidBaseOre()),
            Kr.csv(f.paidProposedOre()), Kr.csv(f.paidProposedOre() - f.paidBaseOre()));
      }
    }
    Files.writeString(dir.resolve("report.html"), html(r), StandardCharsets.UTF_8);
  }

  private static Writer writer(Path dir, String name) throws IOException {
    return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
  }

  /** A total under both books. */
  private record Metric(String name, String swedish, long base, long proposed, boolean money) {
    String csv(long v) {
      return money ? Kr.csv(v) : Long.toString(v);
    }

    String text(long v) {
      return money ? Kr.text(v) : Kr.count(v);
    }

    String signed(long v) {
      return money ? Kr.signed(v) : (v > 0 ? "+" : "") + Kr.count(v);
    }
  }

  private static List<Metric> metrics(RepriceResult r) {
    Tally b = r.base();
    Tally p = r.proposed();
    return List.of(
        new Metric("revenue", "Intäkt (patienternas betalning)", b.revenueOre(), p.revenueOre(), true),
        new Metric("gross before cap", "Listpris före högkostnadsskydd (avgift + vaccin)", b.grossOre(), p.grossOre(), true),
        new Metric("reduced by frikort or refund", "Avräknat genom frikort eller återbetalning",
            b.grossOre() - b.revenueOre(), p.grossOre() - p.revenueOre(), true),
        new Metric("vaccine", "Varav vaccin", b.vaccineOre(), p.vaccineOre(), true),
        new Metric("counted toward cap", "Räknat mot högkostnadsskyddet", b.countedOre(), p.countedOre(), true),
        new Metric("contacts", "Prissatta kontakter", b.contacts(), p.contacts(), false),
        new Metric("frikort contacts", "Kontakter med frikort", b.frikortContacts(), p.frikortContacts(), false),
        new Metric("frikort patients", "Patienter som når frikort", b.frikortPatients(), p.frikortPatients(), false));
  }

  private static List<String> rowKeys(RepriceResult r) {
    TreeSet<String> keys = new TreeSet<>(r.base().byRow().keySet());
    keys.addAll(r.proposed().byRow().keySet());
    List<String> l = new ArrayList<>(keys);
    l.sort(Comparator.comparingLong((String k) -> -r.base().byRow().getOrDefault(k, new long[3])[Tally.REVENUE])
        .thenComparing(Comparator.naturalOrder()));
    return l;
  }

  private static List<String> groups(RepriceResult r) {
    TreeSet<String> keys = new TreeSet<>(r.base().byGroup().keySet());
    keys.addAll(r.proposed().byGroup().keySet());
    List<String> l = new ArrayList<>(keys);
    l.sort(Comparator.comparingLong((String k) -> -r.base().byGroup().getOrDefault(k, new long[3])[Tally.REVENUE])
        .thenComparing(Comparator.naturalOrder()));
    return l;
  }

  private static String label(RepriceResult r, String key) {
    String l = r.proposed().rowLabels().get(key);
    return l != null ? l : r.base().rowLabels().getOrDefault(key, key);
  }

  static String html(RepriceResult r) {
    Tally b = r.base();
    Tally p = r.proposed();
    String bn = "Bas " + r.baseId();
    String pn = "Förslag " + r.proposedId();
    Html h = new Html("Omprissättning " + r.baseId() + " → " + r.proposedId());
    h.meta("Besök: " + r.input() + " · bas " + r.baseId() + " (" + r.baseFrom() + " – " + r.baseTo() + ") · förslag "
        + r.proposedId() + " (" + r.proposedFrom() + " – " + r.proposedTo() + ")");
    h.p(r.yearShift() == 0
        ? "Båda regelböckerna prissätter besöken på sina egna datum."
        : "Förslaget gäller ett annat år: besöks-, avbokningsdatum och födelsedatum flyttas " + r.yearShift()
            + " år till förslagets giltighetsår (beslut E30). "
            + "Högkostnadsskyddet börjar tomt för varje patient i båda böckerna (beslut E31).");
    h.raw("<p class=\"" + (r.reconciles() ? "ok" : "bad") + "\" id=\"reconciliation\">" + Html.esc(
        "Avstämning: " + Kr.count(r.rowsRead()) + " rader lästa = " + Kr.count(r.priced()) + " prissatta + "
            + Kr.count(r.rejected()) + " avvisade" + (r.reconciles() ? " ✓" : " — STÄMMER INTE")) + "</p>\n");

    h.h2("Totalt");
    h.table("totals", "Mått", "#" + bn, "#" + pn, "#Skillnad", "#Ändring");
    for (Metric m : metrics(r)) {
      h.row(m.swedish, "#" + m.text(m.base), "#" + m.text(m.proposed), "#" + m.signed(m.proposed - m.base),
          "#" + Kr.percent(m.base, m.proposed));
    }
    h.endTable();

    h.h2("Diagram");
    BarChart byGroup = new BarChart("Intäkt per patientgrupp", bn, pn, Kr::text);
    for (String g : groups(r)) {
      byGroup.add(g, b.byGroup().getOrDefault(g, new long[3])[Tally.REVENUE],
          p.byGroup().getOrDefault(g, new long[3])[Tally.REVENUE]);
    }
    h.raw(byGroup.toHtml());
    BarChart byAge = new BarChart("Intäkt per åldersband", bn, pn, Kr::text);
    for (int i = 0; i < AgeBands.LABELS.size(); i++) {
      byAge.add(AgeBands.LABELS.get(i), b.byAge()[i][Tally.REVENUE], p.byAge()[i][Tally.REVENUE]);
    }
    h.raw(byAge.toHtml());
    BarChart byRow = new BarChart("Intäkt per avgiftskod (de 15 största)", bn, pn, Kr::text);
    List<String> keys = rowKeys(r);
    for (String k : keys.subList(0, Math.min(15, keys.size()))) {
      byRow.add(label(r, k), b.byRow().getOrDefault(k, new long[3])[Tally.REVENUE],
          p.byRow().getOrDefault(k, new long[3])[Tally.REVENUE]);
    }
    h.raw(byRow.toHtml());
    BarChart frikort = new BarChart("Patienter som når frikort, per månad", bn, pn, Kr::count);
    String[] months = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    for (int i = 0; i < 12; i++) {
      frikort.add(months[i], b.frikortByMonth()[i], p.frikortByMonth()[i]);
    }
    h.raw(frikort.toHtml());

    h.h2("Per avgiftskod");
    h.table("by-fee-code", "Rad", "Avgiftskod", "#Kontakter bas", "#Intäkt bas", "#Kontakter förslag", "#Intäkt förslag",
        "#Skillnad");
    for (String k : keys) {
      long[] x = b.byRow().getOrDefault(k, new long[3]);
      long[] y = p.byRow().getOrDefault(k, new long[3]);
      h.row(k, label(r, k), "#" + Kr.count(x[0]), "#" + Kr.text(x[2]), "#" + Kr.count(y[0]), "#" + Kr.text(y[2]),
          "#" + Kr.signed(y[2] - x[2]));
    }
    h.endTable();

    h.h2("Per patientgrupp");
    h.table("by-patient-group", "Patientgrupp", "#Patienter", "#Kontakter", "#Intäkt bas", "#Intäkt förslag", "#Skillnad",
        "#Ändring");
    for (String g : groups(r)) {
      long[] x = b.byGroup().getOrDefault(g, new long[3]);
      long[] y = p.byGroup().getOrDefault(g, new long[3]);
      h.row(g, "#" + Kr.count(r.patientsByGroup().getOrDefault(g, 0L)), "#" + Kr.count(x[0]), "#" + Kr.text(x[2]),
          "#" + Kr.text(y[2]), "#" + Kr.signed(y[2] - x[2]), "#" + Kr.percent(x[2], y[2]));
    }
    h.endTable();

    h.h2("Per åldersband");
    h.table("by-age-band", "Ålder", "#Kontakter", "#Intäkt bas", "#Intäkt förslag", "#Skillnad", "#Ändring");
    for (int i = 0; i < AgeBands.LABELS.size(); i++) {
      long[] x = b.byAge()[i];
      long[] y = p.byAge()[i];
      h.row(AgeBands.LABELS.get(i), "#" + Kr.count(x[0]), "#" + Kr.text(x[2]), "#" + Kr.text(y[2]),
          "#" + Kr.signed(y[2] - x[2]), "#" + Kr.percent(x[2], y[2]));
    }
    h.endTable();

    h.h2("Per patientgrupp och åldersband");
    h.table("by-group-and-age", "Patientgrupp", "Ålder", "#Kontakter", "#Intäkt bas", "#Intäkt förslag", "#Skillnad");
    for (String g : groups(r)) {
      long[][] x = b.byGroupAge().get(g);
      long[][] y = p.byGroupAge().get(g);
      for (int i = 0; i < AgeBands.LABELS.size(); i++) {
        long[] xi = x == null ? new long[3] : x[i];
        long[] yi = y == null ? new long[3] : y[i];
        if (xi[0] == 0 && yi[0] == 0) {
          continue;
        }
        h.row(g, AgeBands.LABELS.get(i), "#" + Kr.count(xi[0]), "#" + Kr.text(xi[2]), "#" + Kr.text(yi[2]),
            "#" + Kr.signed(yi[2] - xi[2]));
      }
    }
    h.endTable();

    h.h2("Frikort");
    h.p(Kr.count(b.frikortPatients()) + " patienter når frikort med " + r.baseId() + ", " + Kr.count(p.frikortPatients())
        + " med " + r.proposedId() + ". Alla " + Kr.count(r.frikortPatients().size())
        + " patienter som når frikort i någon av böckerna finns i frikort-patients.csv; de första 50 visas här.");
    h.table("frikort-patients", "Patient", "Patientgrupp", "Född", "Frikort bas", "Frikort förslag", "#Betalt bas",
        "#Betalt förslag");
    for (FrikortPatient f : r.frikortPatients().subList(0, Math.min(50, r.frikortPatients().size()))) {
      h.row(f.patientId(), f.group(), String.valueOf(f.birthDate()), f.frikortBase() == null ? "–" : f.frikortBase().toString(),
          f.frikortProposed() == null ? "–" : f.frikortProposed().toString(), "#" + Kr.text(f.paidBaseOre()),
          "#" + Kr.text(f.paidProposedOre()));
    }
    h.endTable();

    h.h2("Avvisade rader");
    if (r.rejected() == 0) {
      h.p("Inga: varje rad prissattes med båda regelböckerna.");
    } else {
      h.p(Kr.count(r.rejected()) + " rader kunde inte prissättas; varje rad med radnummer och orsak finns i rejects.csv.");
      h.table("rejects", "Bok och orsak", "#Rader");
      r.rejectsByKind().forEach((k, v) -> h.row(k, "#" + Kr.count(v)));
      h.endTable();
    }
    h.meta("Körning: " + r.threads() + " trådar, " + (r.elapsedMillis() / 1000.0) + " s"
        + (r.grouped() ? "" : " (filen grupperades i minnet)") + ".");
    return h.finish();
  }
}
