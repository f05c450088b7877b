package se.rjl.patientfees.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Urgency;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Referral;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Selector;
import se.rjl.patientfees.rules.model.Service;

/**
 * The fee-code table compiled for lookup: selectors grouped by service, each as bit masks, so that
 * finding a contact's row scans a handful of entries and allocates nothing. Built once per
 * rulebook; immutable and thread-safe.
 */
public final class FeeTable {
  /** A compiled selector. */
  public record Entry(
      FeeCodeRow row,
      int rowIndex,
      int events,
      int professions,
      boolean allProfessions,
      int levels,
      int tariffs,
      int bases,
      int settings,
      int referrals,
      int urgencies,
      int interpreter,
      int ageFrom,
      int ageUntil,
      boolean calendarYear,
      long amountOre,
      boolean countsTowardCap) {}

  private final Entry[][] byService;

  public FeeTable(List<FeeCodeRow> rows) {
    List<List<Entry>> lists = new ArrayList<>();
    for (int i = 0; i < Service.values().length; i++) {
      lists.add(new ArrayList<>());
    }
    int allProfessionMask = (1 << Profession.values().length) - 1;
    for (int rowIndex = 0; rowIndex < rows.size(); rowIndex++) {
      FeeCodeRow row = rows.get(rowIndex);
      for (Selector s : row.selectors()) {
        Entry e = new Entry(
            row, rowIndex, s.eventMask(), s.professionMask(), s.professionMask() == allProfessionMask,
            s.levelMask(), s.tariffMask(), s.basisMask(), s.settingMask(), s.referralMask(),
            s.urgencyMask(), s.interpreterMask(), s.age().fromYears(), s.age().untilYears(),
            s.age().semantics() == AgeSemantics.CALENDAR_YEAR,
            s.amountOverrideOre() != null ? s.amountOverrideOre() : row.amountOre(),
            s.countsTowardCapOverride() != null ? s.countsTowardCapOverride() : row.countsTowardCap());
        for (Service service : s.services()) {
          lists.get(service.ordinal()).add(e);
        }
      }
    }
    byService = new Entry[lists.size()][];
    for (int i = 0; i < lists.size(); i++) {
      byService[i] = lists.get(i).toArray(new Entry[0]);
    }
  }

  /**
   * The entry for a situation on a date, or null when no row matches. Where two match, the one whose
   * row overrides the other wins (the validator guarantees there is one).
   */
  public Entry find(Situation s, LocalDate date) {
    return find(s.service(), s.event(), s.profession(), s.level(), s.tariff(), s.basis(), s.setting(), s.referral(),
        s.urgency(), s.interpreter(), s.birthdayAge(), s.calendarAge(), date);
  }

  /** {@link #find(Situation, LocalDate)} without making the situation: the pricing path allocates nothing here. */
  public Entry find(Service service, Event ev, Profession profession, Level lv, Tariff tf, Basis bs, Setting st,
      Referral rf, Urgency ug, boolean interpreted, int birthdayAge, int calendarAge, LocalDate date) {
    Entry found = null;
    int event = 1 << ev.ordinal();
    int level = 1 << lv.ordinal();
    int tariff = 1 << tf.ordinal();
    int basis = 1 << bs.ordinal();
    int setting = 1 << st.ordinal();
    int referral = 1 << rf.ordinal();
    int urgency = 1 << ug.ordinal();
    int interpreter = interpreted ? 2 : 1;
    for (Entry e : byService[service.ordinal()]) {
      if ((e.events & event) == 0
          || (e.levels & level) == 0
          || (e.tariffs & tariff) == 0
          || (e.bases & basis) == 0
          || (e.settings & setting) == 0
          || (e.referrals & referral) == 0
          || (e.urgencies & urgency) == 0
          || (e.interpreter & interpreter) == 0) {
        continue;
      }
      if (profession == null ? !e.allProfessions : (e.professions & (1 << profession.ordinal())) == 0) {
        continue;
      }
      int age = e.calendarYear ? calendarAge : birthdayAge;
      if (age < e.ageFrom || age >= e.ageUntil || !e.row.isValidOn(date)) {
        continue;
      }
      if (found == null || e.row.overrides().contains(found.row.key())) {
        found = e;
      }
    }
    return found;
  }
}
