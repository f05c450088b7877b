package se.rjl.patientfees.rules.model;

/**
 * The referral situation as the fee rules see it (L3140–L3188). A referral whose first visit is
 * free (from primary care to specialist care and back, also acute, also from a private GP with an
 * agreement) gives {@link #FIRST_VISIT} on its first visit and {@link #FOLLOW_UP} after; every
 * other contact is {@link #NONE}.
 */
public enum Referral {
  NONE,
  FIRST_VISIT,
  FOLLOW_UP
}
