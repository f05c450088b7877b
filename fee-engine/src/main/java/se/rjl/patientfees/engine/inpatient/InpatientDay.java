package se.rjl.patientfees.engine.inpatient;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One calendar day of a stay, from the admission day to the discharge day.
 *
 * @param episode the vårdtillfälle the day belongs to: 1, then 2 after the first transfer, ...
 * @param dayNumber the day's number within its vårdtillfälle (day 1 = admission or transfer day)
 * @param amountOre what the day costs
 * @param reason why it costs that
 * @param away how long the patient was away on leave between 00:00 and 24:00 that day (elapsed time)
 */
public record InpatientDay(LocalDate date, int episode, int dayNumber, long amountOre, DayReason reason, Duration away) {

  /** Whether the day is paid. */
  public boolean paid() {
    return reason.paid();
  }

  /** Why a day costs what it does. */
  public enum DayReason {
    /** A paid care day (the day-band or flat amount). */
    CHARGED(true),
    /** A paid travel day: on leave part of the day, but less than the leave minimum (resdag, L4577–L4583). */
    TRAVEL_DAY(true),
    /** A free leave day: away at least 12 hours between 00:00 and 24:00 (permissionsdag, L4586–L4588). */
    LEAVE_DAY(false),
    /** Free: under 20 on that day (L4521–L4522). */
    FREE_CHILD_AGE(false),
    /** Free: the patient belongs to an exempt group (L4535–L4557). */
    EXEMPT(false),
    /** The discharge day is not paid (L4525–L4526). */
    DISCHARGE_DAY(false);

    private final boolean paid;

    DayReason(boolean paid) {
      this.paid = paid;
    }

    public boolean paid() {
      return paid;
    }
  }
}
