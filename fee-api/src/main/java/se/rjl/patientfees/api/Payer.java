package se.rjl.patientfees.api;

/** Who is invoiced for a certificate. Thread-safe (an enum). */
public enum Payer {
  /** The patient. */
  PATIENT,
  /** Försäkringskassan (avstämningsmöte L4859–L4860, blankett E213 L4826–L4827). */
  FORSAKRINGSKASSAN,
  /** The employer (arbetsplatsbesök, L4900–L4907, decision R35). */
  EMPLOYER,
  /** Arbetsförmedlingen or the municipality's social services (L4831–L4835). */
  EMPLOYMENT_SERVICE_OR_SOCIAL_SERVICES
}
