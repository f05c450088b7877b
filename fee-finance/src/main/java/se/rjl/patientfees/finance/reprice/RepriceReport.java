package se.rjl.patientfees.finance.reprice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dhatim.fastexcel.Workbook;
import se.rjl.patientfees.finance.report.BarChart;
import se.rjl.patientfees.finance.report.CsvDialect;
import se.rjl.patientfees.finance.report.Html;
import se.rjl.patientfees.finance.report.Kr;
import se.rjl.patientfees.finance.report.ReportTable;
import se.rjl.patientfees.finance.report.RunInfo;

/**
 * Writes a reprice result: every table as a CSV file (in the dialect asked for; Swedish Excel's by
 * default, with a byte-order mark), all of them again as the sheets of {@code report.xlsx} (number
 * cells), and a self-contained HTML report in Swedish with sortable tables, inline SVG charts, a
 * print layout for A4 and a header naming every input file with its size and SHA-256.
 *
 * <ul>
 *   <li>{@code totals.csv}: metric, label, base, proposed, difference
 *   <li>{@code reconciliation.csv}: rows read, priced, rejected, and rejected rows by kind
 *   <li>{@code by-fee-code.csv}, {@code by-patient-group.csv}, {@code by-age-band.csv},
 *       {@code by-group-and-age.csv}: contacts, list price and revenue under each book
 *   <li>{@code frikort-patients.csv}: every patient who reached frikort under either book
 *   <li>{@code report.xlsx}, {@code report.html}
 * </ul>
 */
public final class RepriceReport {
  public static final List<String> FILES = List.of(
      "totals.csv", "reconciliation.csv", "by-fee-code.csv", "by-patient-group.csv", "by-age-band.csv",
      "by-group-and-age.csv", "frikort-patients.csv", "report.xlsx", "report.html");

  /** How to write: the CSV dialect and what the header names (null: the visit file only, no time). */
  public record Options(CsvDialect dialect, RunInfo run) {
    public static Options defaults() {
      return new Options(CsvDialect.SWEDISH, null);
    }
  }

  private RepriceReport() {}

  /** Writes every file into {@code dir} (created if needed) with the default options. */
  public static void write(RepriceResult r, Path dir) throws IOException {
    write(r, dir, Options.defaults());
  }

  public static void write(RepriceResult r, Path dir, Options options) throws IOException {
    Files.createDirectories(dir);
    List<ReportTable> tables = tables(r);
    for (ReportTable t : tables) {
      t.writeCsv(dir, options.dialect());
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("report.xlsx"))) {
      Workbook wb = new Workbook(out, "fee-finance", "1.0");
      for (ReportTable t : tables) {
        t.writeSheet(wb);
      }
      wb.finish();
    }
    Files.writeString(dir.resolve("report.html"), html(r, tables, options.run()), StandardCharsets.UTF_8);
  }

  /** A total under both books. */
  private record Metric(String name, String swedish, long base, long proposed, boolean money) {}

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

  /** Every table of the report, in the order of the files and sheets. */
  static List<ReportTable> tables(RepriceResult r) {
    Tally b = r.base();
    Tally p = r.proposed();
    List<ReportTable> out = new ArrayList<>();

    ReportTable totals = new ReportTable("totals", "Totalt", ReportTable.key("metric", "Mått (nyckel)"),
        ReportTable.text("label", "Mått"), ReportTable.money("base", "Bas"), ReportTable.money("proposed", "Förslag"),
        ReportTable.diff("difference", "Skillnad"), ReportTable.percent("changePercent", "Ändring"));
    ReportTable counts = new ReportTable("totals-counts", "Antal", ReportTable.key("metric", "Mått (nyckel)"),
        ReportTable.text("label", "Mått"), ReportTable.count("base", "Bas"), ReportTable.count("proposed", "Förslag"),
        ReportTable.count("difference", "Skillnad"), ReportTable.percent("changePercent", "Ändring"));
    for (Metric m : metrics(r)) {
      (m.money ? totals : counts).add(m.name, m.swedish, m.base, m.proposed, m.proposed - m.base,
          ReportTable.change(m.base, m.proposed));
    }
    out.add(totals);
    out.add(counts);

    ReportTable rec = new ReportTable("reconciliation", "Avstämning", ReportTable.key("item", "Post (nyckel)"),
        ReportTable.text("label", "Post"), ReportTable.count("rows", "Rader"));
    rec.add("rows read", "Lästa rader", r.rowsRead());
    rec.add("priced", "Prissatta rader", r.priced());
    rec.add("rejected", "Avvisade rader", r.rejected());
    rec.add("unaccounted for", "Rader som inte stämmer av (ska vara 0)", r.rowsRead() - r.priced() - r.rejected());
    for (Map.Entry<String, Long> e : r.rejectsByKind().entrySet()) {
      rec.add("rejected: " + e.getKey(), SwedishLabels.rejectKind(e.getKey()), e.getValue());
    }
    out.add(rec);

    ReportTable rows = new ReportTable("by-fee-code", "Per avgiftskod", ReportTable.text("rowKey", "Rad"),
        ReportTable.text("label", "Avgiftskod"), ReportTable.count("contactsBase", "Kontakter bas"),
        ReportTable.money("grossBase", "Listpris bas"), ReportTable.money("revenueBase", "Intäkt bas"),
        ReportTable.count("contactsProposed", "Kontakter förslag"), ReportTable.money("grossProposed", "Listpris förslag"),
        ReportTable.money("revenueProposed", "Intäkt förslag"), ReportTable.diff("revenueDifference", "Skillnad"));
    for (String k : rowKeys(r)) {
      long[] x = b.byRow().getOrDefault(k, new long[3]);
      long[] y = p.byRow().getOrDefault(k, new long[3]);
      rows.add(k, label(r, k), x[0], x[1], x[2], y[0], y[1], y[2], y[2] - x[2]);
    }
    out.add(rows);

    ReportTable groups = new ReportTable("by-patient-group", "Per patientgrupp", ReportTable.key("patientGroup", "Grupp (nyckel)"),
        ReportTable.text("label", "Patientgrupp"), ReportTable.count("patients", "Patienter"),
        ReportTable.count("contacts", "Kontakter"), ReportTable.money("revenueBase", "Intäkt bas"),
        ReportTable.money("revenueProposed", "Intäkt förslag"), ReportTable.diff("revenueDifference", "Skillnad"),
        ReportTable.percent("changePercent", "Ändring"));
    for (String g : groups(r)) {
      long[] x = b.byGroup().getOrDefault(g, new long[3]);
      long[] y = p.byGroup().getOrDefault(g, new long[3]);
      groups.add(g, SwedishLabels.patientGroup(g), r.patientsByGroup().getOrDefault(g, 0L), x[0], x[2], y[2], y[2] - x[2],
          ReportTable.change(x[2], y[2]));
    }
    out.add(groups);

    ReportTable ages = new ReportTable("by-age-band", "Per åldersband", ReportTable.text("ageBand", "Ålder"),
        ReportTable.count("contacts", "Kontakter"), ReportTable.money("revenueBase", "Intäkt bas"),
        ReportTable.money("revenueProposed", "Intäkt förslag"), ReportTable.diff("revenueDifference", "Skillnad"),
        ReportTable.percent("changePercent", "Ändring"));
    for (int i = 0; i < AgeBands.LABELS.size(); i++) {
      long[] x = b.byAge()[i];
      long[] y = p.byAge()[i];
      ages.add(AgeBands.LABELS.get(i), x[0], x[2], y[2], y[2] - x[2], ReportTable.change(x[2], y[2]));
    }
    out.add(ages);

    ReportTable groupAge = new ReportTable("by-group-and-age", "Per grupp och ålder",
        ReportTable.key("patientGroup", "Grupp (nyckel)"), ReportTable.text("label", "Patientgrupp"),
        ReportTable.text("ageBand", "Ålder"), ReportTable.count("contacts", "Kontakter"),
        ReportTable.money("revenueBase", "Intäkt bas"), ReportTable.money("revenueProposed", "Intäkt förslag"),
        ReportTable.diff("revenueDifference", "Skillnad"));
    for (String g : groups(r)) {
      long[][] x = b.byGroupAge().get(g);
      long[][] y = p.byGroupAge().get(g);
      for (int i = 0; i < AgeBands.LABELS.size(); i++) {
        long[] xi = x == null ? new long[3] : x[i];
        long[] yi = y == null ? new long[3] : y[i];
        if (xi[0] == 0 && yi[0] == 0) {
          continue;
        }
        groupAge.add(g, SwedishLabels.patientGroup(g), AgeBands.LABELS.get(i), xi[0], xi[2], yi[2], yi[2] - xi[2]);
      }
    }
    out.add(groupAge);

    ReportTable frikort = new ReportTable("frikort-patients", "Frikort", ReportTable.text("patientId", "Patient"),
        ReportTable.key("patientGroup", "Grupp (nyckel)"), ReportTable.text("label", "Patientgrupp"),
        ReportTable.text("birthDate", "Född"), ReportTable.text("frikortBase", "Frikort bas"),
        ReportTable.text("frikortProposed", "Frikort förslag"), ReportTable.money("paidBase", "Betalt bas"),
        ReportTable.money("paidProposed", "Betalt förslag"), ReportTable.diff("paidDifference", "Skillnad"));
    for (FrikortPatient f : r.frikortPatients()) {
      frikort.add(f.patientId(), f.group(), SwedishLabels.patientGroup(f.group()), String.valueOf(f.birthDate()),
          f.frikortBase() == null ? null : f.frikortBase().toString(),
          f.frikortProposed() == null ? null : f.frikortProposed().toString(), f.paidBaseOre(), f.paidProposedOre(),
          f.paidProposedOre() - f.paidBaseOre());
    }
    out.add(frikort);
    return out;
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

  private static ReportTable table(List<ReportTable> tables, String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  static String html(RepriceResult r, List<ReportTable> tables, RunInfo run) {
    Tally b = r.base();
    Tally p = r.proposed();
    boolean sameId = r.baseId().equals(r.proposedId());
    String bn = "Bas " + r.baseId();
    String pn = "Förslag " + r.proposedId() + (sameId ? " (annan fil, samma id)" : "");
    Html h = new Html("Omprissättning: " + r.baseId() + " → " + r.proposedId());
    h.meta("Bas " + r.baseId() + " gäller " + r.baseFrom() + " – " + r.baseTo() + "; förslaget " + r.proposedId() + " gäller "
        + r.proposedFrom() + " – " + r.proposedTo() + ". Besöksfilen lästes som " + r.inputDescriptionSv() + ".");
    if (run != null) {
      h.raw(run.toHtml());
    } else {
      h.meta("Besöksfil: " + r.input() + ", " + Kr.count(r.inputSize()) + " byte, SHA-256 " + r.inputSha256());
    }
    h.p(r.yearShift() == 0
        ? "Båda regelböckerna prissätter besöken på sina egna datum. Högkostnadsskyddet börjar tomt för varje patient (beslut E31)."
        : "Förslaget gäller ett annat år: besöks-, avbokningsdatum och födelsedatum flyttas " + r.yearShift()
            + " år till förslagets giltighetsår (beslut E30). "
            + "Högkostnadsskyddet börjar tomt för varje patient i båda böckerna (beslut E31).");
    h.raw("<p class=\"" + (r.reconciles() && r.rejected() == 0 ? "ok" : "bad") + "\" id=\"reconciliation\">" + Html.esc(
        "Avstämning: " + Kr.count(r.rowsRead()) + " rader lästa = " + Kr.count(r.priced()) + " prissatta + "
            + Kr.count(r.rejected()) + " avvisade" + (!r.reconciles() ? " — STÄMMER INTE"
                : r.rejected() == 0 ? " ✓" : " — varje rad är redovisad, men " + Kr.count(r.rejected())
                    + " rader är inte prissatta (se Avvisade rader)")) + "</p>\n");

    h.keep().h2("Totalt");
    table(tables, "totals").toHtml(h);
    table(tables, "totals-counts").toHtml(h);
    h.endKeep();

    h.h2("Diagram");
    BarChart byGroup = new BarChart("Intäkt per patientgrupp", bn, pn, Kr::text);
    for (String g : groups(r)) {
      byGroup.add(SwedishLabels.patientGroup(g), b.byGroup().getOrDefault(g, new long[3])[Tally.REVENUE],
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
    table(tables, "by-fee-code").toHtml(h);
    h.h2("Per patientgrupp");
    table(tables, "by-patient-group").toHtml(h);
    h.keep().h2("Per åldersband");
    table(tables, "by-age-band").toHtml(h);
    h.endKeep();
    h.h2("Per patientgrupp och åldersband");
    table(tables, "by-group-and-age").toHtml(h);

    h.h2("Frikort");
    h.p(Kr.count(b.frikortPatients()) + " patienter når frikort med " + r.baseId() + ", " + Kr.count(p.frikortPatients())
        + " med " + r.proposedId() + ". Alla " + Kr.count(r.frikortPatients().size())
        + " patienter som når frikort i någon av böckerna finns i frikort-patients.csv och report.xlsx; de första 50 visas här.");
    table(tables, "frikort-patients").toHtml(h, 50);

    h.keep().h2("Avvisade rader");
    if (r.rejected() == 0) {
      h.p("Inga: varje rad prissattes med båda regelböckerna.");
    } else {
      h.p(Kr.count(r.rejected()) + " rader kunde inte prissättas; varje rad med radnummer och orsak finns i rejects.csv.");
      h.sortableTable("rejects", "Orsak", "#Rader");
      r.rejectsByKind().forEach((k, v) -> h.row(SwedishLabels.rejectKind(k), "#" + Kr.count(v)));
      h.endTable();
    }
    h.endKeep();
    h.meta("Körning: " + r.threads() + " trådar, " + String.valueOf(r.elapsedMillis() / 1000.0).replace('.', ',') + " s"
        + (r.grouped() ? "" : " (filen grupperades i minnet)") + ".");
    return h.finish();
  }
}
