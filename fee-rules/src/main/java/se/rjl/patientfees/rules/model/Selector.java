package se.rjl.patientfees.rules.model;

import java.util.EnumSet;
import java.util.Set;
import se.rjl.patientfees.rules.yaml.Location;

/**
 * The situations a fee-code row is used in: one set of values per dimension (a contact matches when
 * each of its values is in the set) and an age band. Each set is also kept as a bit mask so that
 * matching a contact allocates nothing.
 *
 * @param countsTowardCapOverride null to use the row's marker, else this selector's own (for example
 *     a vaccination registered on a visit row does not count toward the cap, L4999)
 * @param amountOverrideOre null to use the row's amount, else this selector's (rows whose printed
 *     amount is 0 because the price comes from the goods, e.g. code 450 and hälsovård 100 kr)
 */
public record Selector(
    Set<Service> services,
    Set<Event> events,
    Set<Profession> professions,
    Set<Level> levels,
    Set<Tariff> tariffs,
    Set<Basis> bases,
    Set<Setting> settings,
    Set<Referral> referrals,
    Set<Urgency> urgencies,
    Set<Boolean> interpreter,
    AgeBand age,
    Boolean countsTowardCapOverride,
    Long amountOverrideOre,
    Location location) {

  public Selector {
    services = Set.copyOf(services);
    events = Set.copyOf(events);
    professions = Set.copyOf(professions);
    levels = Set.copyOf(levels);
    tariffs = Set.copyOf(tariffs);
    bases = Set.copyOf(bases);
    settings = Set.copyOf(settings);
    referrals = Set.copyOf(referrals);
    urgencies = Set.copyOf(urgencies);
    interpreter = Set.copyOf(interpreter);
  }

  /** The defaults for a dimension left out of a selector (docs/rulebook-format.md). */
  public static final Set<Event> DEFAULT_EVENTS = EnumSet.of(Event.ATTENDED);

  public static final Set<Tariff> DEFAULT_TARIFFS = EnumSet.of(Tariff.STANDARD);
  public static final Set<Basis> DEFAULT_BASES = EnumSet.of(Basis.CHARGED);
  public static final Set<Boolean> DEFAULT_INTERPRETER = Set.of(Boolean.FALSE);

  public int serviceMask() {
    return mask(services);
  }

  public int eventMask() {
    return mask(events);
  }

  public int professionMask() {
    return mask(professions);
  }

  public int levelMask() {
    return mask(levels);
  }

  public int tariffMask() {
    return mask(tariffs);
  }

  public int basisMask() {
    return mask(bases);
  }

  public int settingMask() {
    return mask(settings);
  }

  public int referralMask() {
    return mask(referrals);
  }

  public int urgencyMask() {
    return mask(urgencies);
  }

  public int interpreterMask() {
    int m = 0;
    for (Boolean b : interpreter) {
      m |= b ? 2 : 1;
    }
    return m;
  }

  /** True when some contact could match both selectors (ages included). */
  public boolean overlaps(Selector o) {
    return (serviceMask() & o.serviceMask()) != 0
        && (eventMask() & o.eventMask()) != 0
        && (professionMask() & o.professionMask()) != 0
        && (levelMask() & o.levelMask()) != 0
        && (tariffMask() & o.tariffMask()) != 0
        && (basisMask() & o.basisMask()) != 0
        && (settingMask() & o.settingMask()) != 0
        && (referralMask() & o.referralMask()) != 0
        && (urgencyMask() & o.urgencyMask()) != 0
        && (interpreterMask() & o.interpreterMask()) != 0
        && (age.semantics() != o.age.semantics() || age.overlaps(o.age));
  }

  static <E extends Enum<E>> int mask(Set<E> set) {
    int m = 0;
    for (E e : set) {
      m |= 1 << e.ordinal();
    }
    return m;
  }
}
