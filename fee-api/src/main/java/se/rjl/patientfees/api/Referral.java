package se.rjl.patientfees.api;

/**
 * The referral a contact is made on. Immutable and thread-safe.
 *
 * @param source who referred
 * @param firstVisit whether this is the first visit on the referral
 * @param poolTraining the referral is for pool training (bassängträning): its first visit in
 *     primary care is not free (L4444–L4446)
 */
public record Referral(ReferralSource source, boolean firstVisit, boolean poolTraining) {
  /** Checks that the source is given. */
  public Referral {
    Check.given(source, "contact.referral.source");
  }

  /** A referral that is not for pool training. */
  public Referral(ReferralSource source, boolean firstVisit) {
    this(source, firstVisit, false);
  }
}
