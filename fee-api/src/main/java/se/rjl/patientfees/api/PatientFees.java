package se.rjl.patientfees.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.engine.input.Contact;
import se.rjl.patientfees.engine.input.Patient;
import se.rjl.patientfees.engine.ledger.CapLedger;
import se.rjl.patientfees.engine.ledger.CapPeriod;
import se.rjl.patientfees.engine.ledger.CapState;
import se.rjl.patientfees.engine.ledger.PatientPricer;
import se.rjl.patientfees.engine.ledger.PricedContact;
import se.rjl.patientfees.engine.outpatient.OutpatientPricer;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * Swedish patient fees (Region Jönköpings län): the one class to import. Prices outpatient contacts
 * by the rulebook in force on the contact's date, alone or through the outpatient cap ledger
 * (högkostnadsskydd and frikort). Immutable and thread-safe: load once, share everywhere.
 *
 * <pre>{@code
 * PatientFees fees = PatientFees.bundled();
 * Patient patient = Patient.countyResident(LocalDate.of(1980, 5, 1));
 * Contact visit = Contact.builder(LocalDateTime.of(2026, 3, 10, 10, 0), CareUnit.PRIMARY_CARE,
 *         ContactKind.PHYSICAL_VISIT)
 *     .profession(Profession.DOCTOR)
 *     .build();
 *
 * ContactFee fee = fees.priceContact(patient, visit);
 * fee.pay();             // SEK 250.00
 * fee.feeCode().code();  // "100"
 *
 * CappedFee capped = fees.priceContact(patient, visit, CapState.EMPTY, "kvitto-4711");
 * capped.cap().remaining(); // SEK 1200.00 until frikort
 * CapState keep = capped.state(); // store it; pass it with the next contact
 * }</pre>
 *
 * <p>Amounts are {@link javax.money.MonetaryAmount}s in SEK (see {@link Amounts}); input errors are
 * {@link FeeInputException}s naming the field.
 */
public final class PatientFees {
  /** The class-path resource that lists the bundled rulebooks' main files, one a line. */
  public static final String BUNDLED_INDEX = "se/rjl/patientfees/api/bundled-rulebooks.txt";

  /** Loaded once, on first use; a failed load is retried (and fails again) on the next call. */
  private static volatile PatientFees bundled;

  private final RulebookSet rulebooks;
  private final PatientPricer pricer;
  private final List<RulebookSummary> summaries;

  private PatientFees(RulebookSet rulebooks) {
    this.rulebooks = rulebooks;
    this.pricer = new PatientPricer(rulebooks::forDate);
    this.summaries = rulebooks.all().stream().map(PatientFees::summary).toList();
  }

  /**
   * The rulebooks bundled in this jar (every main file listed in {@value #BUNDLED_INDEX}). Throws
   * {@link RulebookException} if one does not load, which a release build's tests rule out.
   */
  public static PatientFees bundled() {
    PatientFees b = bundled;
    if (b == null) {
      synchronized (PatientFees.class) {
        b = bundled;
        if (b == null) {
          b = loadBundled();
          bundled = b;
        }
      }
    }
    return b;
  }

  /** Loads rulebooks from main files (each with its parts beside it). Their validity must not overlap. */
  public static PatientFees fromFile(Path... mainFiles) {
    if (mainFiles.length == 0) {
      throw new IllegalArgumentException("give at least one rulebook file");
    }
    List<Rulebook> books = new ArrayList<>();
    for (Path p : mainFiles) {
      books.add(RulebookLoader.load(p));
    }
    return fromRulebooks(books);
  }

  /** Prices with rulebooks already loaded (by {@link RulebookLoader}). Their validity must not overlap. */
  public static PatientFees fromRulebooks(List<Rulebook> books) {
    return new PatientFees(RulebookSet.of(books));
  }

  /** The loaded rulebooks, earliest first. */
  public List<RulebookSummary> rulebooks() {
    return summaries;
  }

  /** The rulebooks for the engine's own APIs (e.g. the scenario runner). */
  public RulebookSet rulebookSet() {
    return rulebooks;
  }

  /**
   * What one contact costs before the cap ledger: the fee-code row, the amounts and why. Frikort is
   * not considered (use {@link #priceContact(Patient, Contact, CapState, String)} for that).
   *
   * @throws FeeInputException when the input is missing, contradictory or outside every rulebook
   */
  public ContactFee priceContact(Patient patient, Contact contact) {
    requireInput(patient, contact);
    LocalDate date = contact.at().toLocalDate();
    CompiledRulebook book = rulebooks.forDate(date);
    if (book == null) {
      throw noRulebook("contact.at", date);
    }
    try {
      return ContactFee.of(OutpatientPricer.price(book, patient, contact));
    } catch (InvalidInputException e) {
      throw new FeeInputException(e);
    }
  }

  /**
   * Prices one contact against the patient's cap state: frikort applies once the payments in a
   * period reach the cap. {@code paymentId} keys the payment in the ledger; pricing the same id
   * against a state that already holds it changes nothing (and returns what was counted then).
   *
   * @param state the patient's state, {@link CapState#EMPTY} for none
   * @throws FeeInputException when the input is missing, contradictory or outside every rulebook
   */
  public CappedFee priceContact(Patient patient, Contact contact, CapState state, String paymentId) {
    requireInput(patient, contact);
    if (state == null) {
      throw new FeeInputException("capState", "missing", "give the patient's cap state (CapState.EMPTY for none)");
    }
    if (paymentId == null || paymentId.isBlank()) {
      throw new FeeInputException("paymentId", "missing", "give the payment an id (the receipt number)");
    }
    return priced(patient, contact, state, paymentId, null);
  }

  /**
   * Prices a patient's contacts in date order (stable for equal times) through the cap ledger,
   * starting from {@code initial}. Payment ids default to the contact's start time ({@code
   * 2026-03-10T10:00}, with {@code #2}, {@code #3} for further contacts at the same time); use
   * {@link #priceHistory(Patient, List, CapState, List)} to give your own.
   *
   * @throws FeeInputException naming {@code contacts[i]...} (the index in {@code contacts})
   */
  public PricedHistory priceHistory(Patient patient, List<Contact> contacts, CapState initial) {
    return priceHistory(patient, contacts, initial, null);
  }

  /**
   * As {@link #priceHistory(Patient, List, CapState)}, with a payment id for each contact ({@code
   * paymentIds} parallel to {@code contacts}; a null list or element means the default id). A
   * default id already in {@code initial}, or an id given twice, is an error: give explicit ids.
   * An explicit id already in {@code initial} is a payment recorded before and changes nothing.
   */
  public PricedHistory priceHistory(Patient patient, List<Contact> contacts, CapState initial, List<String> paymentIds) {
    if (patient == null) {
      throw new FeeInputException("patient", "missing", "give the patient");
    }
    if (contacts == null) {
      throw new FeeInputException("contacts", "missing", "give the contacts (an empty list for none)");
    }
    if (initial == null) {
      throw new FeeInputException("capState", "missing", "give the patient's cap state (CapState.EMPTY for none)");
    }
    if (paymentIds != null && paymentIds.size() != contacts.size()) {
      throw new IllegalArgumentException("paymentIds must be as many as contacts");
    }
    Integer[] order = new Integer[contacts.size()];
    for (int i = 0; i < order.length; i++) {
      if (contacts.get(i) == null) {
        throw new FeeInputException("contacts[" + i + "]", "missing", "a contact is null");
      }
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing(i -> contacts.get(i).at()));
    String[] ids = paymentIds(contacts, initial, paymentIds, order);
    List<CappedFee> out = new ArrayList<>(order.length);
    CapState state = initial;
    for (int i : order) {
      CappedFee f = priced(patient, contacts.get(i), state, ids[i], "contacts[" + i + "]");
      out.add(f);
      state = f.state();
    }
    return new PricedHistory(out, state);
  }

  private static String[] paymentIds(List<Contact> contacts, CapState initial, List<String> given, Integer[] order) {
    String[] ids = new String[contacts.size()];
    Set<String> used = new HashSet<>();
    Map<LocalDateTime, Integer> sameTime = new HashMap<>();
    for (int i : order) {
      String explicit = given == null ? null : given.get(i);
      String id;
      if (explicit != null) {
        if (explicit.isBlank()) {
          throw new FeeInputException("contacts[" + i + "].paymentId", "invalid", "a payment id must not be blank");
        }
        id = explicit;
      } else {
        LocalDateTime at = contacts.get(i).at();
        int n = sameTime.merge(at, 1, Integer::sum);
        id = at + (n == 1 ? "" : "#" + n);
        if (initial.entry(id).isPresent()) {
          throw new FeeInputException("contacts[" + i + "].paymentId", "duplicate-payment-id",
              "the default payment id '" + id + "' is already in the cap state: give each contact an explicit payment id");
        }
      }
      if (!used.add(id)) {
        throw new FeeInputException("contacts[" + i + "].paymentId", "duplicate-payment-id",
            "the payment id '" + id + "' is given for two contacts");
      }
      ids[i] = id;
    }
    return ids;
  }

  private CappedFee priced(Patient patient, Contact contact, CapState state, String paymentId, String fieldPrefix) {
    LocalDate date = contact.at().toLocalDate();
    CompiledRulebook book = rulebooks.forDate(date);
    if (book == null) {
      throw noRulebook(fieldPrefix == null ? "contact.at" : fieldPrefix + ".at", date);
    }
    PricedContact p;
    try {
      p = pricer.price(patient, contact, state, paymentId);
    } catch (InvalidInputException e) {
      throw fieldPrefix == null ? new FeeInputException(e) : FeeInputException.under(fieldPrefix, e);
    }
    ContactFee base = ContactFee.of(p.fee());
    ContactFee fee = new ContactFee(base.rulebookId(), Amounts.ofOre(p.payOre()), base.fee(), base.vaccine(),
        Amounts.ofOre(p.countedOre()), base.capQualifying(), base.feeCode(), base.refundFeeCode(), base.explanation());
    return new CappedFee(paymentId, contact.at(), fee, fee.pay(), fee.towardCap(), p.frikortApplied(),
        capStatus(p.cap(), book), p.state());
  }

  private static CapStatus capStatus(CapLedger.Result r, CompiledRulebook bookOnDate) {
    CapPeriod period = r.period();
    if (period == null) {
      long cap = bookOnDate.rulebook().outpatientCap().amountOre();
      return new CapStatus(Amounts.ofOre(cap), Amounts.ofOre(0), Amounts.ofOre(cap), null, null, null, bookOnDate.id());
    }
    return new CapStatus(Amounts.ofOre(period.capOre()), Amounts.ofOre(period.sumOre()), Amounts.ofOre(period.remainingOre()),
        period.firstDay(), period.lastDay(), period.frikortFrom(), period.capRulebookId());
  }

  private static void requireInput(Patient patient, Contact contact) {
    if (patient == null) {
      throw new FeeInputException("patient", "missing", "give the patient");
    }
    if (contact == null) {
      throw new FeeInputException("contact", "missing", "give the contact");
    }
  }

  private FeeInputException noRulebook(String field, LocalDate date) {
    String have = summaries.stream().map(s -> s.id() + " (" + s.validFrom() + " – " + s.validTo() + ")")
        .reduce((a, b) -> a + ", " + b).orElse("none");
    return new FeeInputException(field, "outside-validity", "no rulebook is in force on " + date + "; loaded: " + have);
  }

  private static RulebookSummary summary(CompiledRulebook b) {
    var info = b.rulebook().info();
    return new RulebookSummary(info.id(), info.title(), info.region(), info.validFrom(), info.validTo(), b.rulebook().feeCodes().size());
  }

  /** The main files listed in {@value #BUNDLED_INDEX}, e.g. {@code rulebooks/2026.yaml}. */
  public static List<String> bundledRulebookResources() {
    ClassLoader loader = PatientFees.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(BUNDLED_INDEX)) {
      if (in == null) {
        throw new IllegalStateException("the bundled rulebook index " + BUNDLED_INDEX + " is missing from the class path");
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + BUNDLED_INDEX, e);
    }
  }

  private static PatientFees loadBundled() {
    ClassLoader loader = PatientFees.class.getClassLoader();
    List<Rulebook> books = new ArrayList<>();
    for (String resource : bundledRulebookResources()) {
      books.add(RulebookLoader.loadResource(loader, resource));
    }
    return fromRulebooks(books);
  }

  @Override
  public String toString() {
    return "PatientFees" + summaries.stream().map(RulebookSummary::id).toList();
  }

}
