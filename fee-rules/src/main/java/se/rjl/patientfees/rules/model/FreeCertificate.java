package se.rjl.patientfees.rules.model;

/**
 * A certificate that costs nothing ("Avgiftsfria intyg", L4637–L4651, and the free certificates named
 * elsewhere in the regelbok). A request names it by key like a priced certificate.
 */
public record FreeCertificate(String key, String title, Source source) {}
