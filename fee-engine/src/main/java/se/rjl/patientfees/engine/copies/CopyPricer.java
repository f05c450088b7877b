package se.rjl.patientfees.engine.copies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.result.Trace;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.rules.model.CopyTariff;
import se.rjl.patientfees.rules.yaml.Suggest;

/**
 * Prices journal and X-ray copies (L4929–L4976, decision R42): pages 1–9 free, 10 pages 50 kr, each
 * page after that 2 kr (15 pages: 50 + 10 = 60 kr, L4958); CD 300 kr; video/DVD 600 kr each;
 * ultrasound image 50 kr each; free for the listed recipients; no VAT. Pure and thread-safe.
 */
public final class CopyPricer {
  private static final int MAX_ITEMS = 1_000_000;

  private CopyPricer() {}

  /** Prices with the rulebook in force on the request's date ({@code rulebookFor}, null when none). */
  public static CopyResult price(Function<LocalDate, CompiledRulebook> rulebookFor, CopyRequest req) {
    if (req == null) {
      throw new InvalidInputException("copies", "missing", "no copy request given");
    }
    if (req.date() == null) {
      throw new InvalidInputException("copies.date", "missing", "the date of the request is needed");
    }
    CompiledRulebook book = rulebookFor.apply(req.date());
    if (book == null) {
      throw new InvalidInputException("copies.date", "outside-validity", "no rulebook is in force on " + req.date());
    }
    return price(book, req);
  }

  public static CopyResult price(CompiledRulebook book, CopyRequest req) {
    if (req == null) {
      throw new InvalidInputException("copies", "missing", "no copy request given");
    }
    if (req.date() == null) {
      throw new InvalidInputException("copies.date", "missing", "the date of the request is needed");
    }
    if (!book.rulebook().info().isValidOn(req.date())) {
      throw new InvalidInputException("copies.date", "outside-validity", "the date " + req.date() + " is outside rulebook " + book.id());
    }
    count("copies.pages", req.pages());
    count("copies.cds", req.cds());
    count("copies.videos", req.videos());
    count("copies.ultrasoundImages", req.ultrasoundImages());
    if (req.pages() == 0 && req.cds() == 0 && req.videos() == 0 && req.ultrasoundImages() == 0) {
      throw new InvalidInputException("copies.pages", "missing", "nothing requested: give pages, cds, videos or ultrasoundImages");
    }
    CopyTariff t = book.rulebook().copies();
    Trace why = book.trace();
    if (req.recipient() != null) {
      var r = t.recipient(req.recipient());
      if (r.isEmpty()) {
        throw new InvalidInputException("copies.recipient", "unknown-recipient",
            "'" + req.recipient() + "' is not a free recipient of rulebook " + book.id()
                + " (leave it out when the patient, a lawyer, an insurer or a company asks)"
                + Suggest.didYouMean(req.recipient(), t.recipients().stream().map(CopyTariff.Recipient::key).toList()));
      }
      why.add(Rule.COPIES_FREE_RECIPIENT, why.ref(r.get()));
      noVat(why);
      return new CopyResult(book.id(), 0, 0, 0, 0, 0, true, why);
    }
    long pages = pagesOre(t, req.pages());
    if (req.pages() > 0) {
      why.add(Rule.COPIES_PAGES, req.pages(), Math.max(0, req.pages() - t.basePages()), pages);
    }
    long cds = t.cdOre() * req.cds();
    if (req.cds() > 0) {
      why.add(Rule.COPIES_CD, req.cds(), cds);
    }
    long videos = t.videoOre() * req.videos();
    if (req.videos() > 0) {
      why.add(Rule.COPIES_VIDEO, req.videos(), videos);
    }
    long ultrasound = t.ultrasoundImageOre() * req.ultrasoundImages();
    if (req.ultrasoundImages() > 0) {
      why.add(Rule.COPIES_ULTRASOUND_IMAGE, req.ultrasoundImages(), ultrasound);
    }
    noVat(why);
    return new CopyResult(book.id(), pages, cds, videos, ultrasound, pages + cds + videos + ultrasound, false, why);
  }

  /** n ≤ freePages → 0; otherwise base + perPage × (n − basePages) for the pages beyond the base (R42). */
  public static long pagesOre(CopyTariff t, int n) {
    if (n <= t.freePages()) {
      return 0;
    }
    return t.baseOre() + (long) Math.max(0, n - t.basePages()) * t.perPageOre();
  }

  private static void noVat(Trace why) {
    why.add(Rule.COPIES_NO_VAT);
  }

  private static void count(String field, int n) {
    if (n < 0) {
      throw new InvalidInputException(field, "negative-count", "must not be negative, not " + n);
    }
    if (n > MAX_ITEMS) {
      throw new InvalidInputException(field, "out-of-range", "implausibly many: " + n);
    }
  }
}
