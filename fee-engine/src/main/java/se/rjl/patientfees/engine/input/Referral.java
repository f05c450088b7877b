package se.rjl.patientfees.engine.input;

import java.util.Objects;

/**
 * The referral a contact is made on.
 *
 * @param source who referred
 * @param firstVisit whether this is the first visit on the referral
 */
public record Referral(ReferralSource source, boolean firstVisit) {
  public Referral {
    Objects.requireNonNull(source, "source");
  }
}
