package se.rjl.patientfees.finance.reprice;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.finance.report.RunInfo;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.calendar.Ages;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.input.PriorVisit;
import se.rjl.patientfees.engine.ledger.CapPeriod;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.ledger.PatientPricer;
import se.rjl.patientfees.engine.ledger.PricedContact;
import se.rjl.patientfees.rules.model.RulebookInfo;
import se.rjl.patientfees.rules.yaml.YamlValue;

/**
 * Prices a year of visits under a base and a proposed rulebook and adds up what each charges.
 *
 * <ul>
 *   <li>Rows are grouped by patient. A file sorted (grouped) by patient is streamed; another is
 *       grouped in memory (a first pass finds out which, and counts the rows for the progress line).
 *   <li>Each patient's contacts are priced in time order (ties in file order) with one cap ledger per
 *       patient and rulebook, starting empty (decision E31).
 *   <li>A proposed rulebook for another year prices the visits moved into its year: contact times,
 *       cancellation and prior-visit times and birth dates are moved by the whole years between the
 *       two books' first days (decision E30).
 *   <li>Every row is priced under both books or rejected with its line and reason; rows read =
 *       priced + rejected is checked.
 * </ul>
 *
 * <pre>{@code
 * Repricer r = new Repricer(CompiledRulebook.of(base), CompiledRulebook.of(proposed), Repricer.Options.defaults());
 * RepriceResult result = r.run(Path.of("visits.csv"), VisitSource.Format.CSV, reject -> {});
 * }</pre>
 */
public final class Repricer {
  /**
   * How a run behaves.
   *
   * @param threads pricing threads (the file is read by the calling thread)
   * @param progress receives progress lines (the CLI prints them on standard error), or null for none
   * @param progressEvery a progress line every this many rows
   */
  public record Options(int threads, java.util.function.Consumer<String> progress, long progressEvery) {
    public static Options defaults() {
      return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), null, 100_000);
    }
  }

  private static final int BATCH_ROWS = 4_000;

  private final CompiledRulebook base;
  private final CompiledRulebook proposed;
  private final Options options;
  private final int yearShift;
  private final PatientPricer basePricer;
  private final PatientPricer proposedPricer;

  public Repricer(CompiledRulebook base, CompiledRulebook proposed, Options options) {
    this.base = base;
    this.proposed = proposed;
    this.options = options;
    RulebookInfo b = base.rulebook().info();
    RulebookInfo p = proposed.rulebook().info();
    this.yearShift = p.validFrom().getYear() - b.validFrom().getYear();
    this.basePricer = new PatientPricer(d -> b.isValidOn(d) ? base : null);
    this.proposedPricer = new PatientPricer(d -> p.isValidOn(d) ? proposed : null);
  }

  /** Years added to the visits' dates for the proposed rulebook. */
  public int yearShift() {
    return yearShift;
  }

  /** Prices every row of {@code file} read as UTF-8 (see {@link #run(Path, VisitSource.Format, Charset, Reject.Sink)}). */
  public RepriceResult run(Path file, VisitSource.Format format, Reject.Sink rejects) throws IOException {
    return run(file, format, null, rejects);
  }

  /**
   * Prices every row of {@code file}, its text read as {@code charset} (null: UTF-8); rejects go to
   * {@code rejects} as they are found, in input order per batch.
   */
  public RepriceResult run(Path file, VisitSource.Format format, Charset charset, Reject.Sink rejects) throws IOException {
    long start = System.nanoTime();
    Scan scan = scan(file, format, charset);
    if (options.progress() != null) {
      options.progress().accept("reprice: " + scan.rows + " rows in " + file + " (" + scan.description + ")"
          + (scan.grouped ? ", grouped by patient" : "") + " (checked in " + Math.round((System.nanoTime() - start) / 1e8) / 10.0 + " s)");
    }
    Progress progress = new Progress(scan.rows, System.nanoTime());
    Run run = new Run(rejects);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "reprice");
      t.setDaemon(true);
      return t;
    });
    try {
      read(file, format, charset, scan.grouped, run, pool, progress);
      run.drain();
    } finally {
      pool.shutdownNow();
    }
    progress.done(run.read);
    List<FrikortPatient> frikort = new ArrayList<>(run.frikort);
    frikort.sort(Comparator.comparing(FrikortPatient::patientId));
    RulebookInfo b = base.rulebook().info();
    RulebookInfo p = proposed.rulebook().info();
    return new RepriceResult(file.toString(), scan.description, scan.swedishDescription, scan.size, scan.sha256, b.id(), b.validFrom(), b.validTo(),
        p.id(), p.validFrom(), p.validTo(), yearShift, run.read, run.priced, run.rejected, new TreeMap<>(run.rejectsByKind),
        run.patients, new TreeMap<>(run.patientsByGroup), run.baseTally, run.proposedTally, frikort, scan.grouped,
        options.threads(), (System.nanoTime() - start) / 1_000_000);
  }

  // --- reading -----------------------------------------------------------------------------------

  private record Scan(long rows, boolean grouped, String description, String swedishDescription, long size, String sha256) {}

  /** A first pass: how many rows, and whether each patient's rows follow each other. */
  private static Scan scan(Path file, VisitSource.Format format, Charset charset) throws IOException {
    long rows = 0;
    boolean grouped = true;
    Set<String> done = new HashSet<>();
    String current = null;
    java.security.MessageDigest sha = RunInfo.newSha256();
    try (VisitSource src = VisitSource.open(file, format, charset, sha)) {
      while (src.next()) {
        rows++;
        CharSequence id = src.patientId();
        if (!grouped || id.length() == 0 || current != null && current.contentEquals(id)) {
          continue;
        }
        if (current != null) {
          done.add(current);
        }
        current = id.toString();
        if (done.contains(current)) {
          grouped = false;
          done = null;
        }
      }
      return new Scan(rows, grouped, src.description(), src.swedishDescription(), java.nio.file.Files.size(file),
          java.util.HexFormat.of().formatHex(sha.digest()));
    }
  }

  /** One patient's rows as read: the visits parsed and the rows refused while reading. */
  private static final class Group {
    final List<RowParser.Visit> visits = new ArrayList<>(8);
    List<Reject> rejects;

    void reject(Reject r) {
      if (rejects == null) {
        rejects = new ArrayList<>(2);
      }
      rejects.add(r);
    }

    int size() {
      return visits.size() + (rejects == null ? 0 : rejects.size());
    }
  }

  /**
   * The second pass: rows are parsed on this thread and handed to the pricing threads a batch of
   * patients at a time. A file grouped by patient is streamed (one patient held at a time); another
   * is grouped in memory first, as parsed visits.
   */
  private void read(Path file, VisitSource.Format format, Charset charset, boolean grouped, Run run, ExecutorService pool,
      Progress progress) throws IOException {
    if (!grouped && options.progress() != null) {
      options.progress().accept("reprice: the file is not grouped by patient; grouping it in memory "
          + "(sort it by patient to stream it)");
    }
    RowParser parser = new RowParser();
    List<Group> batch = new ArrayList<>();
    int batchRows = 0;
    Group group = null;
    String current = null;
    Map<String, Group> all = grouped ? null : new LinkedHashMap<>();
    try (VisitSource src = VisitSource.open(file, format, charset)) {
      while (src.next()) {
        run.read++;
        progress.row(run.read);
        CharSequence idText = src.patientId();
        Group g;
        String id;
        if (idText.length() == 0) {
          g = new Group(); // no patient id (or an unreadable line): a group of its own
          id = "";
          batch.add(g);
          batchRows++;
        } else if (current != null && current.contentEquals(idText)) {
          g = group;
          id = current;
        } else {
          id = idText.toString();
          if (grouped) {
            if (group != null) {
              batch.add(group);
              batchRows += group.size();
              if (batchRows >= BATCH_ROWS) {
                run.submit(pool, batch);
                batch = new ArrayList<>();
                batchRows = 0;
              }
            }
            g = new Group();
          } else {
            g = all.computeIfAbsent(id, k -> new Group());
          }
          group = g;
          current = id;
        }
        try {
          g.visits.add(parser.parse(src, id));
        } catch (RowProblem p) {
          g.reject(new Reject(src.line(), id, "input", p.field, p.kind, p.getMessage()));
        } catch (RuntimeException e) {
          // The engine's input records check themselves (null checks): still a row we cannot read.
          g.reject(new Reject(src.line(), id, "input", "(row)", "invalid", String.valueOf(e.getMessage())));
        }
      }
    }
    if (grouped && group != null) {
      batch.add(group);
    }
    if (!grouped) {
      for (Group g : all.values()) {
        batch.add(g);
        batchRows += g.size();
        if (batchRows >= BATCH_ROWS) {
          run.submit(pool, batch);
          batch = new ArrayList<>();
          batchRows = 0;
        }
      }
    }
    if (!batch.isEmpty()) {
      run.submit(pool, batch);
    }
  }

  // --- pricing -----------------------------------------------------------------------------------

  /** What one batch of patients gave; merged in submission order so that the output is deterministic. */
  private static final class Batch {
    final Tally base = new Tally();
    final Tally proposed = new Tally();
    final List<Reject> rejects = new ArrayList<>();
    final List<FrikortPatient> frikort = new ArrayList<>();
    final Map<String, Long> patientsByGroup = new java.util.HashMap<>();
    long priced;
    long patients;
  }

  /** The state of a run, owned by the reading thread. */
  private final class Run {
    final Reject.Sink sink;
    final Deque<Future<Batch>> inflight = new ArrayDeque<>();
    final Tally baseTally = new Tally();
    final Tally proposedTally = new Tally();
    final List<FrikortPatient> frikort = new ArrayList<>();
    final Map<String, Long> rejectsByKind = new java.util.HashMap<>();
    final Map<String, Long> patientsByGroup = new java.util.HashMap<>();
    long read;
    long priced;
    long rejected;
    long patients;

    Run(Reject.Sink sink) {
      this.sink = sink;
    }

    void submit(ExecutorService pool, List<Group> groups) throws IOException {
      inflight.add(pool.submit(() -> work(groups)));
      while (inflight.size() > 3 * options.threads()) {
        merge(inflight.poll());
      }
    }

    void drain() throws IOException {
      while (!inflight.isEmpty()) {
        merge(inflight.poll());
      }
    }

    private void merge(Future<Batch> f) throws IOException {
      Batch b;
      try {
        b = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a pricing thread failed: " + e.getCause(), e.getCause());
      }
      baseTally.merge(b.base);
      proposedTally.merge(b.proposed);
      frikort.addAll(b.frikort);
      priced += b.priced;
      patients += b.patients;
      b.patientsByGroup.forEach((k, v) -> patientsByGroup.merge(k, v, Long::sum));
      for (Reject r : b.rejects) {
        rejected++;
        rejectsByKind.merge(r.book() + " " + r.kind(), 1L, Long::sum);
        sink.accept(r);
      }
    }
  }

  private Batch work(List<Group> groups) {
    Batch out = new Batch();
    for (Group g : groups) {
      if (g.rejects != null) {
        out.rejects.addAll(g.rejects);
      }
      patient(g.visits, out);
    }
    out.rejects.sort(Comparator.comparingLong(Reject::line));
    return out;
  }

  private void patient(List<RowParser.Visit> visits, Batch out) {
    if (visits.isEmpty()) {
      return;
    }
    visits.sort(Comparator.comparing((RowParser.Visit v) -> v.contact().at()).thenComparingLong(RowParser.Visit::line));
    CapState baseState = CapState.EMPTY;
    CapState proposedState = CapState.EMPTY;
    LocalDate frikortBase = null;
    LocalDate frikortProposed = null;
    long paidBase = 0;
    long paidProposed = 0;
    Set<String> groups = new LinkedHashSet<>();
    String lastGroup = null;
    Patient lastPatient = null;
    LocalDate birth = null;
    for (RowParser.Visit v : visits) {
      String paymentId = v.patientId() + "-" + v.line();
      PricedContact pb = null;
      PricedContact pp = null;
      Reject failed = null;
      try {
        pb = basePricer.price(v.patient(), v.contact(), baseState, paymentId);
      } catch (InvalidInputException e) {
        failed = new Reject(v.line(), v.patientId(), "base", e.field(), e.kind(), e.detail());
      } catch (RuntimeException e) {
        failed = new Reject(v.line(), v.patientId(), "base", "(engine)", "engine-error", e.toString());
      }
      try {
        pp = proposedPricer.price(shift(v.patient()), shift(v.contact()), proposedState, paymentId);
      } catch (InvalidInputException e) {
        if (failed == null) {
          failed = new Reject(v.line(), v.patientId(), "proposed", e.field(), e.kind(), e.detail());
        } else {
          failed = new Reject(failed.line(), failed.patientId(), "both", failed.field(), failed.kind(), failed.message());
        }
      } catch (RuntimeException e) {
        failed = failed != null
            ? new Reject(failed.line(), failed.patientId(), "both", failed.field(), failed.kind(), failed.message())
            : new Reject(v.line(), v.patientId(), "proposed", "(engine)", "engine-error", e.toString());
      }
      if (failed != null) {
        out.rejects.add(failed);
        continue;
      }
      baseState = pb.state();
      proposedState = pp.state();
      String group = v.patient() == lastPatient ? lastGroup : group(v.patient());
      lastPatient = v.patient();
      int band = AgeBands.of(Ages.onBirthday(v.patient().birthDate(), v.contact().at().toLocalDate()));
      out.base.add(group, band, pb);
      out.proposed.add(group, band, pp);
      out.priced++;
      paidBase += pb.payOre();
      paidProposed += pp.payOre();
      groups.add(group);
      lastGroup = group;
      birth = v.patient().birthDate();
      frikortBase = frikortBase != null ? frikortBase : frikortFrom(pb);
      frikortProposed = frikortProposed != null ? frikortProposed : frikortFrom(pp);
    }
    if (lastGroup == null) {
      return;
    }
    out.patients++;
    for (String g : groups) {
      out.patientsByGroup.merge(g, 1L, Long::sum);
    }
    if (frikortBase != null) {
      out.base.frikortPatients++;
      out.base.frikortByMonth[frikortBase.getMonthValue() - 1]++;
    }
    if (frikortProposed != null) {
      out.proposed.frikortPatients++;
      out.proposed.frikortByMonth[frikortProposed.getMonthValue() - 1]++;
    }
    if (frikortBase != null || frikortProposed != null) {
      out.frikort.add(new FrikortPatient(visits.get(0).patientId(), lastGroup, birth, frikortBase, frikortProposed,
          paidBase, paidProposed));
    }
  }

  private static LocalDate frikortFrom(PricedContact pc) {
    CapPeriod p = pc.cap().period();
    return p == null ? null : p.frikortFrom();
  }

  /**
   * The patient group a report shows: the residence, with the EU card, convention country or
   * Swede-abroad group where it changes the fees ({@code eu-ees (card)}, {@code swede-abroad (other-country)}).
   */
  static String group(Patient p) {
    String r = YamlValue.kebab(p.residence());
    return switch (p.residence()) {
      case EU_EES, UK -> r + (p.euCard() ? " (card)" : " (no card)");
      case CONVENTION_COUNTRY -> r + " (" + YamlValue.kebab(p.conventionCountry()) + ")";
      case SWEDE_ABROAD -> r + " (" + YamlValue.kebab(p.swedeAbroadGroup())
          + (p.euCard() ? ", card" : "") + ")";
      default -> r;
    };
  }

  private Patient shift(Patient p) {
    return yearShift == 0 ? p : new Patient(p.birthDate().plusYears(yearShift), p.residence(), p.euCard(),
        p.conventionCountry(), p.swedeAbroadGroup());
  }

  private Contact shift(Contact c) {
    if (yearShift == 0) {
      return c;
    }
    Contact.Builder b = c.toBuilder().at(shift(c.at())).cancelledAt(shift(c.cancelledAt()));
    PriorVisit prior = c.priorVisit();
    if (prior != null) {
      b.priorVisit(new PriorVisit(shift(prior.at()), prior.acute(), prior.upperAirwayInfectionWithoutAntibiotics()));
    }
    return b.build();
  }

  private LocalDateTime shift(LocalDateTime t) {
    return t == null ? null : t.plusYears(yearShift);
  }

  /** Progress lines on standard error: every N rows, with the rate and the share done. */
  private final class Progress {
    final long total;
    final long start;

    Progress(long total, long start) {
      this.total = total;
      this.start = start;
    }

    void row(long n) {
      if (options.progress() != null && options.progressEvery() > 0 && n % options.progressEvery() == 0) {
        options.progress().accept(line(n));
      }
    }

    void done(long n) {
      if (options.progress() != null) {
        options.progress().accept(line(n) + ", done");
      }
    }

    private String line(long n) {
      double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      long rate = Math.round(n / secs);
      long pct = total == 0 ? 100 : n * 100 / total;
      String left = n >= total || n == 0 ? "" : ", about " + Math.max(1, Math.round(secs / n * (total - n))) + " s left";
      return "reprice: " + n + " of " + total + " rows (" + pct + " %), " + rate + " rows/s, " + Math.round(secs) + " s"
          + left;
    }
  }
}
