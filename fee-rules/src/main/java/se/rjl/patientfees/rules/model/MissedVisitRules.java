package se.rjl.patientfees.rules.model;

/**
 * Notice periods for cancellations (L4345–L4397). The amounts are in the fee-code rows 610–618.
 *
 * @param primaryCareNoticeHours cancel at least this many hours before a primary-care visit (24)
 * @param specialistNoticeWorkingDays cancel at least this many whole working days before a
 *     specialist-care visit or admission (3; decision R26)
 * @param evesAreNonWorkingDays whether Midsummer Eve, Christmas Eve and New Year's Eve are non-working
 *     days (decision E04)
 * @param source where the notice periods are in the regelbok
 */
public record MissedVisitRules(
    int primaryCareNoticeHours,
    int specialistNoticeWorkingDays,
    boolean evesAreNonWorkingDays,
    Source source) {}
