package se.rjl.patientfees.engine.input;

import java.util.Objects;

/**
 * The referral a contact is made on.
 *
 * @param source who referred
 * @param firstVisit whether this is the first visit on the referral
 * @param poolTraining the referral is for pool training (bassängträning): its first visit in
 *     primary care is not free ("undantag: bassängträning", L4444–L4446)
 */
public record Referral(ReferralSource source, boolean firstVisit, boolean poolTraining) {
  public Referral {
    Objects.requireNonNull(source, "source");
  }

  public Referral(ReferralSource source, boolean firstVisit) {
    this(source, firstVisit, false);
  }
}
