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
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import se.rjl.patientfees.engine.CompiledRulebook;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.engine.RulebookSet;
import se.rjl.patientfees.engine.aids.AidPricer;
import se.rjl.patientfees.engine.aids.AidResult;
import se.rjl.patientfees.engine.certificate.CertificatePricer;
import se.rjl.patientfees.engine.other.OtherChargePricer;
import se.rjl.patientfees.engine.copies.CopyPricer;
import se.rjl.patientfees.engine.inpatient.InpatientPricer;
import se.rjl.patientfees.engine.PersonalIdentity;
import se.rjl.patientfees.engine.ledger.CapLedger;
import se.rjl.patientfees.engine.ledger.CapPeriod;
import se.rjl.patientfees.engine.ledger.CapPolicy;
import se.rjl.patientfees.engine.ledger.PatientPricer;
import se.rjl.patientfees.engine.ledger.PricedContact;
import se.rjl.patientfees.engine.outpatient.OutpatientPricer;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * Swedish patient fees (Region Jönköpings län): the one class to use, with the types of this
 * package only. Prices outpatient contacts by the rulebook in force on the contact's date, alone or
 * through the outpatient cap ledger (högkostnadsskydd and frikort); hospital stays ({@link
 * #priceStay}), certificates ({@link #priceCertificate}), copies of records ({@link #priceCopies})
 * and aids through the aids cap ({@link #priceAid}). Immutable and thread-safe: load once, share
 * everywhere.
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
 *
 * StayFee stay = fees.priceStay(patient, Stay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 14)));
 * stay.pay();            // SEK 1520.00
 * }</pre>
 *
 * <p>Amounts are {@link javax.money.MonetaryAmount}s in SEK both ways (see {@link Amounts}; inputs
 * are bounded by {@link Amounts#MAX_INPUT}). Every error is a {@link PatientFeesException} with a
 * stable {@link ErrorKind}: a {@link FeeInputException} naming the field for bad input, a {@link
 * RulebookLoadException} for a rulebook that does not load.
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
    this(rulebooks, Map.of());
  }

  private PatientFees(RulebookSet rulebooks, Map<String, Map<String, String>> checksums) {
    this.rulebooks = rulebooks;
    this.pricer = new PatientPricer(rulebooks);
    this.summaries = rulebooks.all().stream().map(b -> summary(b, checksums.get(b.id()))).toList();
  }

  /** Books loaded with their files' checksums, as a set ({@link RulebookSet#of}). */
  private static PatientFees fromLoaded(List<se.rjl.patientfees.rules.load.RulebookSets.Loaded> loaded) {
    Map<String, Map<String, String>> sums = new HashMap<>();
    loaded.forEach(l -> sums.put(l.rulebook().info().id(), l.sha256()));
    return new PatientFees(RulebookSet.of(loaded.stream().map(se.rjl.patientfees.rules.load.RulebookSets.Loaded::rulebook).toList()),
        sums);
  }

  /**
   * The rulebooks bundled in this jar (every main file listed in {@value #BUNDLED_INDEX}).
   *
   * @throws RulebookLoadException if one does not load, which a release build's tests rule out
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

  /**
   * Loads a set of rulebooks from main files (each with its parts beside it) or folders of main
   * files. Their validity must follow each other without overlap or gap.
   *
   * @throws RulebookLoadException naming every problem with file, line and column
   * @throws FeeInputException when no file is given
   */
  public static PatientFees fromFile(Path... mainFilesOrFolders) {
    if (mainFilesOrFolders == null || mainFilesOrFolders.length == 0) {
      throw new FeeInputException("rulebooks", ErrorKind.MISSING, "give at least one rulebook file");
    }
    for (Path p : mainFilesOrFolders) {
      Check.given(p, "rulebooks");
    }
    try {
      return fromLoaded(se.rjl.patientfees.rules.load.RulebookSets.load(List.of(mainFilesOrFolders)));
    } catch (RulebookException e) {
      throw EngineErrors.rulebook(e);
    }
  }

  static PatientFees fromRulebooks(List<Rulebook> books) {
    try {
      return new PatientFees(RulebookSet.of(books));
    } catch (IllegalArgumentException e) {
      throw new FeeInputException("rulebooks", ErrorKind.CONTRADICTORY, e.getMessage(), e);
    }
  }

  private static Rulebook load(Supplier<Rulebook> loader) {
    try {
      return loader.get();
    } catch (RulebookException e) {
      throw EngineErrors.rulebook(e);
    }
  }

  /** The loaded rulebooks, earliest first. */
  public List<RulebookSummary> rulebooks() {
    return summaries;
  }

  /**
   * The birth date a personnummer or samordningsnummer gives (10 or 12 digits, with or without
   * {@code -} or {@code +}), with the century counted at {@code on}.
   *
   * <pre>{@code
   * Patient p = Patient.countyResident(PatientFees.birthDate("19800501-1234", LocalDate.of(2026, 3, 10)));
   * }</pre>
   *
   * @throws FeeInputException naming {@code patient.personnummer} ({@link ErrorKind#INVALID_PERSONNUMMER})
   */
  public static LocalDate birthDate(String personnummer, LocalDate on) {
    Check.given(personnummer, "patient.personnummer");
    Check.given(on, "date");
    return guardStatic(() -> PersonalIdentity.birthDate(personnummer, on, "patient.personnummer"));
  }

  /**
   * What one contact costs before the cap ledger: the fee-code row, the amounts and why. Frikort is
   * not considered (use {@link #priceContact(Patient, Contact, CapState, String)} for that).
   *
   * @throws FeeInputException when the input is missing, contradictory, out of bounds or outside every rulebook
   */
  public ContactFee priceContact(Patient patient, Contact contact) {
    requireInput(patient, contact);
    return guard("contact", () -> {
      LocalDate date = contact.at().toLocalDate();
      CompiledRulebook book = rulebooks.forDate(date);
      if (book == null) {
        throw noRulebook("contact.at", date);
      }
      try {
        return ContactFee.of(OutpatientPricer.price(book, EngineInputs.patient(patient), EngineInputs.contact(contact, "contact")));
      } catch (InvalidInputException e) {
        throw EngineErrors.input(e);
      }
    });
  }

  /**
   * Prices one contact against the patient's cap state: frikort applies once the payments in a
   * period reach the cap. {@code paymentId} keys the payment in the ledger; pricing the same id
   * against a state that already holds it changes nothing (and returns what was counted then).
   *
   * @param state the patient's state, {@link CapState#EMPTY} for none
   * @throws FeeInputException when the input is missing, contradictory, out of bounds or outside every rulebook
   */
  public CappedFee priceContact(Patient patient, Contact contact, CapState state, String paymentId) {
    requireInput(patient, contact);
    if (state == null) {
      throw new FeeInputException("capState", ErrorKind.MISSING, "give the patient's cap state (CapState.EMPTY for none)");
    }
    if (paymentId == null || paymentId.isBlank()) {
      throw new FeeInputException("paymentId", ErrorKind.MISSING, "give the payment an id (the receipt number)");
    }
    return guard("contact", () -> priced(EngineInputs.patient(patient), contact, state.engine(), paymentId, null));
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
   *
   * @throws FeeInputException naming {@code contacts[i]...} (the index in {@code contacts})
   */
  public PricedHistory priceHistory(Patient patient, List<Contact> contacts, CapState initial, List<String> paymentIds) {
    if (patient == null) {
      throw new FeeInputException("patient", ErrorKind.MISSING, "give the patient");
    }
    if (contacts == null) {
      throw new FeeInputException("contacts", ErrorKind.MISSING, "give the contacts (an empty list for none)");
    }
    if (initial == null) {
      throw new FeeInputException("capState", ErrorKind.MISSING, "give the patient's cap state (CapState.EMPTY for none)");
    }
    if (paymentIds != null && paymentIds.size() != contacts.size()) {
      throw new FeeInputException("paymentIds", ErrorKind.CONTRADICTORY, "give as many payment ids as contacts");
    }
    return guard("contacts", () -> {
      Integer[] order = new Integer[contacts.size()];
      for (int i = 0; i < order.length; i++) {
        if (contacts.get(i) == null) {
          throw new FeeInputException("contacts[" + i + "]", ErrorKind.MISSING, "a contact is null");
        }
        order[i] = i;
      }
      java.util.Arrays.sort(order, Comparator.comparing(i -> contacts.get(i).at()));
      String[] ids = paymentIds(contacts, initial.engine(), paymentIds, order);
      se.rjl.patientfees.engine.input.Patient p = EngineInputs.patient(patient);
      List<CappedFee> out = new ArrayList<>(order.length);
      se.rjl.patientfees.engine.ledger.CapState state = initial.engine();
      for (int i : order) {
        CappedFee f = priced(p, contacts.get(i), state, ids[i], "contacts[" + i + "]");
        out.add(f);
        state = f.state().engine();
      }
      return new PricedHistory(out, CapState.of(state));
    });
  }

  /**
   * What a hospital stay (slutenvård) costs, day by day, by the day bands of the rulebook in force
   * on each day (L4512–L4513): the discharge day is free unless it is also the admission day; leave
   * days, the under-20s and exempt groups free; patients from abroad by their price list. Never
   * counts toward the cap.
   *
   * <pre>{@code
   * Patient adult = Patient.countyResident(LocalDate.of(1980, 5, 1));
   * StayFee twelveDays = fees.priceStay(adult, Stay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 14)));
   * twelveDays.pay();      // SEK 1520.00 = 10 × 130 + 2 × 110
   * StayFee sameDay = fees.priceStay(adult, Stay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));
   * sameDay.pay();         // SEK 130.00
   * Stay moved = Stay.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20))
   *     .withTransfers(List.of(LocalDate.of(2026, 3, 9)))
   *     .withLeaves(List.of(new Leave(LocalDateTime.of(2026, 3, 13, 8, 0), LocalDateTime.of(2026, 3, 14, 20, 0))));
   * }</pre>
   *
   * @throws FeeInputException naming {@code patient...} or {@code stay...} (e.g. {@code
   *     stay.dischargeDate}, {@code stay.leaves[1].to}, {@code stay.urgency})
   */
  public StayFee priceStay(Patient patient, Stay stay) {
    if (patient == null) {
      throw new FeeInputException("patient", ErrorKind.MISSING, "give the patient");
    }
    if (stay == null) {
      throw new FeeInputException("stay", ErrorKind.MISSING, "give the stay (admission and discharge dates)");
    }
    return guard("stay", () -> StayFee.of(InpatientPricer.price(rulebooks::forDate, EngineInputs.patient(patient), EngineInputs.stay(stay))));
  }

  /**
   * What a certificate (intyg) costs by its rulebook key: net, VAT and gross as printed, who pays,
   * and whether a visit's patient fee is waived. By the rulebook in force on the request's date;
   * never counts toward the cap.
   *
   * <pre>{@code
   * CertificateFee a = fees.priceCertificate(CertificateRequest.of("tariff-a", LocalDate.of(2026, 3, 10)));
   * a.net();    // SEK 248.00
   * a.vat();    // SEK 62.00
   * a.pay();    // SEK 310.00
   * CertificateFee hourly = fees.priceCertificate(CertificateRequest.of("hourly", LocalDate.of(2026, 3, 10)).withHours(2));
   * CertificateFee onlyPurpose = fees.priceCertificate(CertificateRequest.of("tariff-b", LocalDate.of(2026, 3, 10))
   *     .withVisit(CertificateRequest.Visit.ONLY_PURPOSE)); // onlyPurpose.visitFeeWaived() == true
   * }</pre>
   *
   * @throws FeeInputException naming {@code certificate...} (e.g. {@code certificate.key} with kind
   *     {@link ErrorKind#UNKNOWN_CERTIFICATE}, {@code certificate.hours})
   */
  public CertificateFee priceCertificate(CertificateRequest certificate) {
    if (certificate == null) {
      throw new FeeInputException("certificate", ErrorKind.MISSING, "give the certificate (key and date)");
    }
    return guard("certificate", () -> CertificateFee.of(CertificatePricer.price(rulebooks::forDate, EngineInputs.certificate(certificate))));
  }

  /**
   * What a request for copies of the patient record or X-ray images costs, by the rulebook's copy
   * tariff (L4929–L4976): free pages first, then per page; CDs, videos and ultrasound images by the
   * piece; free for the listed recipients; no VAT.
   *
   * <pre>{@code
   * CopyFee pages = fees.priceCopies(CopyRequest.pages(LocalDate.of(2026, 3, 10), 15));
   * pages.pay();   // SEK 60.00 = 50 + 5 × 2
   * CopyFee free = fees.priceCopies(CopyRequest.pages(LocalDate.of(2026, 3, 10), 40).withRecipient("forsakringskassan"));
   * free.pay();    // SEK 0.00
   * }</pre>
   *
   * @throws FeeInputException naming {@code copies...} (e.g. {@code copies.pages}, {@code copies.recipient})
   */
  public CopyFee priceCopies(CopyRequest copies) {
    if (copies == null) {
      throw new FeeInputException("copies", ErrorKind.MISSING, "give the copy request (date and counts)");
    }
    return guard("copies", () -> CopyFee.of(CopyPricer.price(rulebooks::forDate, EngineInputs.copies(copies))));
  }

  /**
   * What one of the rulebook's other charges comes to, by key (decisions E52, E53): blood grouping
   * (goods, 250 kr), earmoulds (350 kr per person), the estate's transport fee (300 kr), the extra
   * samples of driving-licence certificates (100 kr per sample), and the 1 200 kr compensation for a
   * planned operation cancelled with less than 24 working-day hours' notice (county residents only,
   * with the guideline's exclusions). Never toward a cap.
   *
   * <pre>{@code
   * OtherChargeFee comp = fees.priceOtherCharge(patient,
   *     OtherChargeRequest.of("cancelled-operation-compensation", LocalDate.of(2026, 3, 16))
   *         .withOperation(OtherChargeRequest.CancelledOperation.of(LocalDateTime.of(2026, 3, 16, 8, 0), LocalDateTime.of(2026, 3, 14, 10, 0))));
   * comp.patientReceives();  // SEK 1200.00: told on a Saturday for a Monday operation
   * }</pre>
   *
   * @param patient the patient; needed for the compensation (county residents only), else may be null
   * @throws FeeInputException naming {@code charge...} (e.g. {@code charge.key} with kind {@code
   *     unknown-charge}, {@code charge.quantity}, {@code charge.operation.informedAt}) or {@code patient}
   */
  public OtherChargeFee priceOtherCharge(Patient patient, OtherChargeRequest charge) {
    if (charge == null) {
      throw new FeeInputException("charge", ErrorKind.MISSING, "give the charge (key and date)");
    }
    return guard("charge", () -> OtherChargeFee.of(OtherChargePricer.price(rulebooks::forDate,
        patient == null ? null : EngineInputs.patient(patient), EngineInputs.otherCharge(charge))));
  }


  /**
   * What an aid (hjälpmedel) costs the patient and what the region grants, against the patient's
   * aids cap state (the rulebook's aids cap for the rows marked *, L2794). A monthly fee is charged
   * month by month from the date, each month keyed {@code paymentId-m1}, {@code -m2}, ...; pricing
   * the same id against a state that already holds it changes nothing.
   *
   * <pre>{@code
   * Patient p = Patient.countyResident(LocalDate.of(1960, 1, 1));
   * AidFee cpap = fees.priceAid(p, AidRequest.builder("cpap", LocalDate.of(2026, 2, 1)).months(3).build(),
   *     CapState.EMPTY, "hm-4711");
   * cpap.pay();                  // SEK 450.00
   * cpap.aidsCap().remaining();  // SEK 1350.00
   * AidFee glasses = fees.priceAid(Patient.countyResident(LocalDate.of(2020, 6, 1)),
   *     AidRequest.builder("glasses", LocalDate.of(2026, 3, 10)).price(Amounts.ofOre(1200_00)).build(), cpap.state(), "hm-4712");
   * glasses.grant();             // SEK 800.00; glasses.pay() is SEK 400.00
   * }</pre>
   *
   * @param aidsCap the patient's aids cap state, {@link CapState#EMPTY} for none (not the outpatient state)
   * @param paymentId the payment's id (the receipt number)
   * @throws FeeInputException naming {@code patient...}, {@code aid...} (e.g. {@code aid.key} with
   *     kind {@link ErrorKind#UNKNOWN_AID}, {@code aid.months}, {@code aid.kcal}), {@code aidsCap} or {@code paymentId}
   */
  public AidFee priceAid(Patient patient, AidRequest aid, CapState aidsCap, String paymentId) {
    if (patient == null) {
      throw new FeeInputException("patient", ErrorKind.MISSING, "give the patient");
    }
    if (aid == null) {
      throw new FeeInputException("aid", ErrorKind.MISSING, "give the aid (key and date)");
    }
    if (aidsCap == null) {
      throw new FeeInputException("aidsCap", ErrorKind.MISSING, "give the patient's aids cap state (CapState.EMPTY for none)");
    }
    if (paymentId == null || paymentId.isBlank()) {
      throw new FeeInputException("paymentId", ErrorKind.MISSING, "give the payment an id (the receipt number)");
    }
    return guard("aid", () -> {
      AidResult r = AidPricer.price(rulebooks::forDate, EngineInputs.patient(patient), EngineInputs.aid(aid), aidsCap.engine(), paymentId);
      LocalDate on = r.months().isEmpty() ? aid.date() : r.months().get(r.months().size() - 1).date();
      CapLedger ledger = new CapLedger(CapPolicy.aids(rulebooks::forDate));
      CapPeriod period = ledger.periodOn(r.capState(), on).orElse(null);
      CapStatus status = CapReports.status(period, rulebooks.forDate(aid.date()), false, ledger.complete(r.capState()));
      return AidFee.of(paymentId, r, status);
    });
  }

  /**
   * Runs {@code body}: the engine's input errors become {@link FeeInputException}s (a bare field is
   * put under {@code prefix}, and "no rulebook in force" says which rulebooks are loaded); any other
   * failure is a bug of ours and leaves as an {@link ErrorKind#INTERNAL_ERROR}, never as an internal type.
   */
  private <T> T guard(String prefix, Supplier<T> body) {
    try {
      return body.get();
    } catch (PatientFeesException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw EngineErrors.input(e, prefix, e.kind().equals("outside-validity") ? "; loaded: " + loaded() : "");
    } catch (RuntimeException e) {
      throw EngineErrors.internal(e);
    }
  }

  private static <T> T guardStatic(Supplier<T> body) {
    try {
      return body.get();
    } catch (PatientFeesException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw EngineErrors.input(e);
    } catch (RuntimeException e) {
      throw EngineErrors.internal(e);
    }
  }

  private String loaded() {
    return summaries.stream().map(s -> s.id() + " (" + s.validFrom() + " – " + s.validTo() + ")")
        .reduce((a, b) -> a + ", " + b).orElse("none");
  }

  private static String[] paymentIds(List<Contact> contacts, se.rjl.patientfees.engine.ledger.CapState initial, List<String> given,
      Integer[] order) {
    String[] ids = new String[contacts.size()];
    Set<String> used = new HashSet<>();
    Map<LocalDateTime, Integer> sameTime = new HashMap<>();
    for (int i : order) {
      String explicit = given == null ? null : given.get(i);
      String id;
      if (explicit != null) {
        if (explicit.isBlank()) {
          throw new FeeInputException("contacts[" + i + "].paymentId", ErrorKind.INVALID, "a payment id must not be blank");
        }
        id = explicit;
      } else {
        LocalDateTime at = contacts.get(i).at();
        int n = sameTime.merge(at, 1, Integer::sum);
        id = at + (n == 1 ? "" : "#" + n);
        if (initial.entry(id).isPresent()) {
          throw new FeeInputException("contacts[" + i + "].paymentId", ErrorKind.DUPLICATE_PAYMENT_ID,
              "the default payment id '" + id + "' is already in the cap state: give each contact an explicit payment id");
        }
      }
      if (!used.add(id)) {
        throw new FeeInputException("contacts[" + i + "].paymentId", ErrorKind.DUPLICATE_PAYMENT_ID,
            "the payment id '" + id + "' is given for two contacts");
      }
      ids[i] = id;
    }
    return ids;
  }

  private CappedFee priced(se.rjl.patientfees.engine.input.Patient patient, Contact contact,
      se.rjl.patientfees.engine.ledger.CapState state, String paymentId, String fieldPrefix) {
    LocalDate date = contact.at().toLocalDate();
    CompiledRulebook book = rulebooks.forDate(date);
    if (book == null) {
      throw noRulebook(fieldPrefix == null ? "contact.at" : fieldPrefix + ".at", date);
    }
    PricedContact p;
    try {
      p = pricer.price(patient, EngineInputs.contact(contact, fieldPrefix == null ? "contact" : fieldPrefix), state, paymentId);
    } catch (InvalidInputException e) {
      throw fieldPrefix == null ? EngineErrors.input(e) : EngineErrors.under(fieldPrefix, e);
    }
    ContactFee base = ContactFee.of(p.fee());
    ContactFee fee = new ContactFee(base.rulebookId(), Amounts.ofOre(p.payOre()), base.fee(), base.vaccine(),
        Amounts.ofOre(p.countedOre()), base.capQualifying(), base.feeCode(), base.refundFeeCode(), base.explanation(),
        Amounts.ofOre(p.fee().salaryRefund() ? p.payOre() : 0));
    se.rjl.patientfees.engine.ledger.CapState after = p.state();
    CapPeriod period = p.cap().period();
    List<RegistryUpdate> register = new ArrayList<>();
    CardStanding card = null;
    if (after.entry(paymentId).isPresent()) {
      // A contact the cap covers is registered, with 0 kr when frikort waived it (L3338–L3339).
      register.add(new RegistryUpdate(RegistryUpdate.Kind.REGISTER, paymentId, contact.at().toLocalDate(),
          Amounts.ofOre(p.countedOre()), null));
      se.rjl.patientfees.engine.ledger.CapState before = pricer.ledger().complete(state);
      if (after.refundOre() != before.refundOre()) {
        register.addAll(CapReports.changed(before, after, paymentId));
      }
      boolean opened = period != null && before.periods().stream().noneMatch(x -> x.firstDay().equals(period.firstDay()));
      card = CapReports.standing(period, opened);
    }
    return new CappedFee(paymentId, contact.at(), fee, fee.pay(), fee.towardCap(), p.frikortApplied(),
        CapReports.status(period, book, true, after), CapState.of(after), register, card);
  }

  /**
   * Where the patient stands toward the outpatient cap on {@code date}: the open period, what has
   * counted, what remains, the frikort date.
   *
   * <pre>{@code
   * CapStatus now = fees.capStatus(state, LocalDate.of(2026, 6, 1));
   * now.remaining();   // SEK 1200.00 after one 250 kr visit
   * }</pre>
   *
   * @throws FeeInputException naming {@code capState} or {@code date}
   */
  public CapStatus capStatus(CapState state, LocalDate date) {
    if (state == null) {
      throw new FeeInputException("capState", ErrorKind.MISSING, "give the patient's cap state (CapState.EMPTY for none)");
    }
    if (date == null) {
      throw new FeeInputException("date", ErrorKind.MISSING, "give the date");
    }
    try {
      se.rjl.patientfees.engine.ledger.CapState s = pricer.ledger().complete(state.engine());
      CapPeriod period = pricer.ledger().periodOn(s, date).orElse(null);
      return CapReports.status(period, nearestBook(date, "date"), true, s);
    } catch (InvalidInputException e) {
      throw EngineErrors.under("capState", e);
    }
  }

  /**
   * The cap state a registry card stands for (eFrikort, seed 002 L3235–L3275): its period with the
   * card's limit and end kept as facts — so a period that opened before any loaded rulebook (a card
   * from last year) prices with the card's cap (decision E80) — and its transactions, or without
   * them one payment {@code card:<cardSystemId>} of the amount counted so far (decision E82).
   *
   * <pre>{@code
   * CapState s = fees.capState(FrikortCard.summary(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 11, 19),
   *     Amounts.ofOre(1300_00), Amounts.ofOre(150_00), FrikortCard.Status.BELOW_LIMIT));
   * }</pre>
   *
   * @throws FeeInputException naming the inconsistent field: {@code card.currentAmount} (not the sum
   *     of the active transactions), {@code card.endDate} (not start + 12 months − 1 day), {@code
   *     card.status} (frikort below the limit, or below the limit at it), {@code card.startDate},
   *     {@code card.transactions[i].transactionDate}, ...
   */
  public CapState capState(FrikortCard card) {
    if (card == null) {
      throw new FeeInputException("card", ErrorKind.MISSING, "give the card");
    }
    List<se.rjl.patientfees.engine.ledger.RegistryCard.Transaction> txs = null;
    if (card.transactions() != null) {
      txs = new ArrayList<>();
      for (int i = 0; i < card.transactions().size(); i++) {
        FrikortCard.Transaction t = card.transactions().get(i);
        String at = "card.transactions[" + i + "]";
        if (t == null) {
          throw new FeeInputException(at, ErrorKind.MISSING, "a transaction is empty");
        }
        txs.add(new se.rjl.patientfees.engine.ledger.RegistryCard.Transaction(t.transactionId(), t.transactionDate(),
            ore(t.amount(), at + ".amount"), t.status() == null ? null
                : se.rjl.patientfees.engine.ledger.RegistryCard.TransactionStatus.valueOf(t.status().name())));
      }
    }
    var engineCard = new se.rjl.patientfees.engine.ledger.RegistryCard(card.cardSystemId(), card.startDate(), card.endDate(),
        ore(card.currentAmount(), "card.currentAmount"), ore(card.amountToLimit(), "card.amountToLimit"),
        card.status() == null ? null : se.rjl.patientfees.engine.ledger.RegistryCard.Status.valueOf(card.status().name()),
        card.frikortDate(), txs);
    try {
      LocalDate on = card.startDate() != null ? card.startDate() : summaries.get(0).validFrom();
      int months = nearestBook(on, "card.startDate").rulebook().outpatientCap().periodMonths();
      return CapState.of(pricer.ledger().complete(engineCard.toState(months)));
    } catch (InvalidInputException e) {
      throw EngineErrors.input(e);
    }
  }

  /**
   * The aids cap state the aids system gives: the period's first day and what has counted toward
   * the aids cap (1 800 kr, L2794) since. The period's cap and last day are fixed from the rulebook in
   * force on its first day, or the nearest loaded one (decisions E02, E80); no registry adapter.
   *
   * @throws FeeInputException naming {@code aidsCap.startDate} or {@code aidsCap.amount}
   */
  public CapState aidsCapState(LocalDate periodStart, MonetaryAmount counted) {
    if (periodStart == null) {
      throw new FeeInputException("aidsCap.startDate", ErrorKind.MISSING, "give the first day of the aids cap period");
    }
    long ore = ore(counted, "aidsCap.amount");
    CompiledRulebook book = nearestBook(periodStart, "aidsCap.startDate");
    var cap = book.rulebook().aidsCap();
    if (ore > cap.amountOre()) {
      throw new FeeInputException("aidsCap.amount", ErrorKind.EXCEEDS_CAP, "at most the aids cap " + CapReports.kr(cap.amountOre())
          + " can have counted, not " + CapReports.kr(ore));
    }
    if (ore == 0) {
      return CapState.EMPTY;
    }
    CapPeriod facts = new CapPeriod(periodStart, CapPeriod.lastDayFor(periodStart, cap.periodMonths()), cap.amountOre(), book.id(),
        0, null, 0);
    return CapState.of(new CapLedger(CapPolicy.aids(rulebooks)).complete(se.rjl.patientfees.engine.ledger.CapState.of(
        List.of(new se.rjl.patientfees.engine.ledger.CapEntry("aids:" + periodStart, periodStart, ore,
            se.rjl.patientfees.engine.ledger.CapEntry.Origin.CARD)), List.of(facts))));
  }

  /**
   * Reverses a payment and says what to report: {@code DeleteTransaction} for it, and an update for
   * every payment whose counted part the reversal changed (decision E81).
   *
   * @throws FeeInputException naming {@code paymentId} ({@code unknown-payment} when the state does not hold it)
   */
  public CapCorrection reversePayment(CapState state, String paymentId) {
    se.rjl.patientfees.engine.ledger.CapState before = requireState(state, paymentId);
    if (before.entry(paymentId).isEmpty()) {
      throw new FeeInputException("paymentId", ErrorKind.UNKNOWN_PAYMENT, "no payment " + paymentId + " is in the cap state"
          + (before.entries().stream().anyMatch(e -> e.paymentId().startsWith(se.rjl.patientfees.engine.ledger.RegistryCard.SUMMARY_PREFIX))
              ? "; the card came without its transactions: use reverseCardTransaction with the transaction's date and amount"
              : ""));
    }
    var e = before.entry(paymentId).get();
    se.rjl.patientfees.engine.ledger.CapState after = pricer.ledger().reverse(before, paymentId);
    List<RegistryUpdate> register = new ArrayList<>();
    register.add(new RegistryUpdate(RegistryUpdate.Kind.DELETE, paymentId, null, null, "Makulerad betalning"));
    register.addAll(CapReports.changed(before, after, paymentId));
    return corrected(after, register, e.date());
  }

  /**
   * Corrects a payment to a new amount (the fee was wrong, or a refund was paid out: then the amount
   * that counts): {@code UpdateTransaction} for it and an update for every payment whose counted part
   * changed. 0 kr removes the payment from the ledger (and is still reported as an update to 0 kr).
   *
   * @throws FeeInputException naming {@code paymentId} or {@code amount}
   */
  public CapCorrection correctPayment(CapState state, String paymentId, MonetaryAmount amount) {
    se.rjl.patientfees.engine.ledger.CapState before = requireState(state, paymentId);
    long ore = ore(amount, "amount");
    se.rjl.patientfees.engine.ledger.CapState after;
    try {
      after = pricer.ledger().correct(before, paymentId, ore);
    } catch (InvalidInputException x) {
      throw EngineErrors.input(x);
    }
    var e = before.entry(paymentId).get();
    List<RegistryUpdate> register = new ArrayList<>();
    register.add(new RegistryUpdate(RegistryUpdate.Kind.UPDATE, paymentId, e.date(),
        Amounts.ofOre(after.entry(paymentId).map(x -> x.countedOre()).orElse(0L)), "Rättad avgift: " + CapReports.kr(ore)));
    register.addAll(CapReports.changed(before, after, paymentId));
    return corrected(after, register, e.date());
  }

  /**
   * Reverses a transaction that the registry card counted but did not list (a card read without its
   * transactions, decision E82): the card's amount shrinks by {@code amount}; the registry is told
   * to delete {@code transactionId}.
   *
   * @throws FeeInputException naming {@code paymentId} (no card amount covers the date) or {@code amount}
   */
  public CapCorrection reverseCardTransaction(CapState state, String transactionId, LocalDate date, MonetaryAmount amount) {
    se.rjl.patientfees.engine.ledger.CapState before = requireState(state, transactionId);
    if (date == null) {
      throw new FeeInputException("date", ErrorKind.MISSING, "give the transaction's date");
    }
    long ore = ore(amount, "amount");
    if (before.entry(transactionId).isPresent()) {
      return reversePayment(CapState.of(before), transactionId);
    }
    String summary = before.entries().stream().map(se.rjl.patientfees.engine.ledger.CapEntry::paymentId)
        .filter(id -> id.startsWith(se.rjl.patientfees.engine.ledger.RegistryCard.SUMMARY_PREFIX))
        .filter(id -> pricer.ledger().periodOn(before, date).map(p -> p.firstDay().equals(before.entry(id).get().date())).orElse(false))
        .findFirst().orElse(null);
    se.rjl.patientfees.engine.ledger.CapState after;
    try {
      after = pricer.ledger().reverseFromCard(before, summary == null ? "" : summary, date, ore);
    } catch (InvalidInputException x) {
      throw EngineErrors.input(x);
    }
    List<RegistryUpdate> register = new ArrayList<>();
    register.add(new RegistryUpdate(RegistryUpdate.Kind.DELETE, transactionId, null, null, "Makulerad betalning"));
    register.addAll(CapReports.changed(before, after, summary));
    return corrected(after, register, date);
  }

  private CapCorrection corrected(se.rjl.patientfees.engine.ledger.CapState after, List<RegistryUpdate> register, LocalDate date) {
    CapPeriod period = pricer.ledger().periodOn(after, date).orElse(null);
    return new CapCorrection(CapState.of(after), register, CapReports.status(period, nearestBook(date, "date"), true, after));
  }

  private se.rjl.patientfees.engine.ledger.CapState requireState(CapState state, String paymentId) {
    if (state == null) {
      throw new FeeInputException("capState", ErrorKind.MISSING, "give the patient's cap state");
    }
    if (paymentId == null || paymentId.isBlank()) {
      throw new FeeInputException("paymentId", ErrorKind.MISSING, "give the payment's id");
    }
    return pricer.ledger().complete(state.engine());
  }

  /** The rulebook in force on {@code date}, else the nearest loaded one (decision E80). */
  private CompiledRulebook nearestBook(LocalDate date, String field) {
    CompiledRulebook b = CapPolicy.nearest(rulebooks, date);
    if (b == null) {
      throw new FeeInputException(field, ErrorKind.OUTSIDE_VALIDITY, "no rulebook is loaded");
    }
    return b;
  }

  private static long ore(MonetaryAmount amount, String field) {
    if (amount == null) {
      throw new FeeInputException(field, ErrorKind.MISSING, "give the amount");
    }
    try {
      long ore = Amounts.toOre(amount);
      if (ore < 0) {
        throw new FeeInputException(field, ErrorKind.NEGATIVE_AMOUNT, "the amount must not be negative");
      }
      if (ore > se.rjl.patientfees.engine.ledger.CapEntry.MAX_ORE) {
        throw new FeeInputException(field, ErrorKind.AMOUNT_TOO_LARGE, "the amount must be at most " + se.rjl.patientfees.engine.ledger.CapEntry.MAX_TEXT);
      }
      return ore;
    } catch (IllegalArgumentException e) {
      throw new FeeInputException(field, ErrorKind.INVALID_AMOUNT, "the amount must be whole öre in SEK");
    }
  }

  /**
   * Counts a fee paid elsewhere toward the cap: a receipt from another region or a provider
   * entered by staff ("Patienten ska kunna uppvisa tidigare betalda avgifter", L3251–L3274). It
   * counts up to what remains of the cap; recording the same receipt id again changes nothing.
   *
   * <pre>{@code
   * CapState after = fees.recordReceipt(state, "kalmar-2026-0412", LocalDate.of(2026, 4, 12), Amounts.ofOre(300_00));
   * }</pre>
   *
   * @param amount what the patient paid, whole öre in SEK, from 0 to {@link Amounts#MAX_INPUT}
   * @throws FeeInputException naming {@code capState}, {@code paymentId}, {@code date} or {@code amount}
   */
  public CapState recordReceipt(CapState state, String paymentId, LocalDate date, MonetaryAmount amount) {
    if (state == null) {
      throw new FeeInputException("capState", ErrorKind.MISSING, "give the patient's cap state (CapState.EMPTY for none)");
    }
    if (date == null) {
      throw new FeeInputException("date", ErrorKind.MISSING, "give the receipt's date");
    }
    if (paymentId == null || paymentId.isBlank()) {
      throw new FeeInputException("paymentId", ErrorKind.MISSING, "give the receipt an id (its number)");
    }
    if (amount == null) {
      throw new FeeInputException("amount", ErrorKind.MISSING, "give the receipt's amount");
    }
    long ore = Amounts.toOreInput(amount, "amount");
    return guard("receipt", () -> {
      try {
        return CapState.of(pricer.ledger().recordReceipt(state.engine(), paymentId, date, ore).state());
      } catch (InvalidInputException e) {
        String field = e.field().equals("paymentId") || e.field().equals("date") ? e.field() : "amount";
        throw new FeeInputException(field, FeeInputException.known(e.kind()), e.detail(), e);
      }
    });
  }

  /**
   * Reverses a payment (a correction): the sum in its period goes down and a frikort that depended
   * on it is withdrawn. Reversing the same id twice, or an id the state does not hold, changes
   * nothing.
   *
   * <pre>{@code
   * CapState corrected = fees.reverse(state, "kvitto-17");
   * }</pre>
   *
   * @throws FeeInputException naming {@code capState} or {@code paymentId}
   */
  public CapState reverse(CapState state, String paymentId) {
    if (state == null) {
      throw new FeeInputException("capState", ErrorKind.MISSING, "give the patient's cap state");
    }
    if (paymentId == null || paymentId.isBlank()) {
      throw new FeeInputException("paymentId", ErrorKind.MISSING, "give the id of the payment to reverse");
    }
    return guard("capState", () -> CapState.of(pricer.ledger().reverse(state.engine(), paymentId)));
  }

  private static void requireInput(Patient patient, Contact contact) {
    if (patient == null) {
      throw new FeeInputException("patient", ErrorKind.MISSING, "give the patient");
    }
    if (contact == null) {
      throw new FeeInputException("contact", ErrorKind.MISSING, "give the contact");
    }
  }

  private FeeInputException noRulebook(String field, LocalDate date) {
    return new FeeInputException(field, ErrorKind.OUTSIDE_VALIDITY, "no rulebook is in force on " + date + "; loaded: " + loaded());
  }

  private static RulebookSummary summary(CompiledRulebook b, Map<String, String> sha256) {
    var info = b.rulebook().info();
    return new RulebookSummary(info.id(), info.title(), info.region(), info.validFrom(), info.validTo(), b.rulebook().feeCodes().size(),
        sha256);
  }

  /** The main files listed in {@value #BUNDLED_INDEX}, e.g. {@code rulebooks/2026.yaml}. */
  public static List<String> bundledRulebookResources() {
    ClassLoader loader = PatientFees.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(BUNDLED_INDEX)) {
      if (in == null) {
        throw new RulebookLoadException(ErrorKind.UNREADABLE_FILE, BUNDLED_INDEX, List.of(new RulebookLoadException.Problem(
            BUNDLED_INDEX, "missing-file", "the bundled rulebook index is missing from the class path")), null);
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
      throw new RulebookLoadException(ErrorKind.UNREADABLE_FILE, BUNDLED_INDEX, List.of(new RulebookLoadException.Problem(
          BUNDLED_INDEX, "unreadable-file", "cannot read the bundled rulebook index")), e);
    }
  }

  private static PatientFees loadBundled() {
    ClassLoader loader = PatientFees.class.getClassLoader();
    List<se.rjl.patientfees.rules.load.RulebookSets.Loaded> books = new ArrayList<>();
    for (String resource : bundledRulebookResources()) {
      try {
        books.add(se.rjl.patientfees.rules.load.RulebookSets.loadResource(loader, resource));
      } catch (RulebookException e) {
        throw EngineErrors.rulebook(e);
      }
    }
    return fromLoaded(books);
  }

  @Override
  public String toString() {
    return "PatientFees" + summaries.stream().map(RulebookSummary::id).toList();
  }
}
