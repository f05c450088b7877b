package se.rjl.patientfees.rules.model;

import se.rjl.patientfees.rules.yaml.Location;

/** A named amount of the rulebook (interpreter fee 310, inpatient day maximum 130, ...). */
public record NamedAmount(String key, long amountOre, String formula, String description, Source source, Location location) {}
