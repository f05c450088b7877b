package se.rjl.patientfees.rules.model;

import java.time.LocalTime;

/**
 * The outpatient rules' time limits.
 *
 * @param waitingTimeRefundMinutes a planned visit's fee is refunded when the wait is longer than this
 *     (30, L4505–L4509)
 * @param acuteReturnHours an acute return for the same illness within this many hours pays no new fee
 *     (24, L4189–L4192; decision R25)
 * @param upperAirwayFreeReturnDays a free return visit within this many days after an upper-airway
 *     infection treated without antibiotics (5, L5293–L5301)
 * @param outOfHoursFrom a primary-care doctor's visit from this time is registered as code 110
 *     (21:00, L3366–L3383; decision E05)
 * @param dentalFreeAgeBand key of the age band in which HSL dental care is free (85 and older by the
 *     birthday, L5342, decision E07), or null
 */
public record OutpatientRules(
    int waitingTimeRefundMinutes,
    int acuteReturnHours,
    int upperAirwayFreeReturnDays,
    LocalTime outOfHoursFrom,
    Source source,
    String dentalFreeAgeBand) {

  public OutpatientRules(int waitingTimeRefundMinutes, int acuteReturnHours, int upperAirwayFreeReturnDays,
      LocalTime outOfHoursFrom, Source source) {
    this(waitingTimeRefundMinutes, acuteReturnHours, upperAirwayFreeReturnDays, outOfHoursFrom, source, null);
  }
}
