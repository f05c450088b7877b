package se.rjl.patientfees.rules.model;

import se.rjl.patientfees.rules.yaml.Location;

/**
 * What the rulebook says about one explanation step: the lines it cites and its Swedish wording, a
 * template that names parameters and rulebook values ({@code "Väntetid {minutes} minuter (över
 * {outpatient.waitingTimeRefundMinutes})"}).
 *
 * @param ruleId the step's id, the id of a rule the engine can emit
 * @param source the regelbok lines the step cites (for steps that cite their item: the rule itself)
 * @param text the Swedish template
 * @param location where the entry is written
 */
public record ExplanationEntry(String ruleId, Source source, String text, Location location) {}
