package se.rjl.patientfees.rules.model;

/** Why the fee is what it is, where the fee-code table has rows of its own for it. */
public enum Basis {
  /** The ordinary fee. */
  CHARGED,
  /** Free for a reason in "Avgiftsfria besök och åtgärder" (palliative home visit, consultation, ...). */
  FREE,
  /** Free under the communicable diseases act (codes 306, 320, 330; L5048–L5098). */
  SMITTSKYDD,
  /** Not the first caregiver of a team visit (codes 340, 350; L4463–L4479). */
  TEAM_FOLLOWER
}
