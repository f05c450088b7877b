package se.rjl.patientfees.api;

import se.rjl.patientfees.engine.result.AppliedRule;

/**
 * One rule applied to a contact, in the order applied: a stable id for machines, the rulebook entry
 * and regelbok source it comes from, and a sentence in Swedish for the receipt.
 *
 * <pre>{@code
 * for (ExplanationStep s : fees.priceContact(patient, contact).explanation()) {
 *   System.out.println(s.id() + " " + s.source() + ": " + s.textSv());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable rule id, e.g. {@code fee-code}, {@code age}, {@code cap.frikort}
 * @param rulebookKey the rulebook entry used (a fee-code row key, an age band, a constant), or null
 * @param source the regelbok citation, e.g. {@code L3353–L3364}, or null
 * @param textSv what the rule did, in Swedish
 */
public record ExplanationStep(String id, String rulebookKey, String source, String textSv) {
  static ExplanationStep of(AppliedRule r) {
    return new ExplanationStep(r.id(), r.rulebookKey(), r.source(), r.textSv());
  }
}
