package se.rjl.patientfees.engine.result;

/**
 * One rule applied to a contact, in order: a stable id for machines, the rulebook key and source it
 * comes from, and a sentence in Swedish for the receipt.
 *
 * @param id stable rule id, e.g. {@code age.child-free}
 * @param rulebookKey the rulebook entry used (a fee-code row key, an age band, a constant), or null
 * @param source the regelbok citation, e.g. {@code L5117–L5126}, or null
 * @param textSv what the rule did, in Swedish
 */
public record AppliedRule(String id, String rulebookKey, String source, String textSv) {}
