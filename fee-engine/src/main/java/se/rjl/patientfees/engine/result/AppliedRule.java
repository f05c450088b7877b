package se.rjl.patientfees.engine.result;

/**
 * One rule applied to a contact, in order: a stable id for machines, the rulebook key and source it
 * comes from, and a sentence in Swedish for the receipt.
 *
 * @param id stable rule id, e.g. {@code age.child-free}
 * @param rulebookKey the rulebook entry used (a fee-code row key, an age band, a constant), or null
 * @param source the regelbok citation, always written {@code L5117–L5126} (en dash), or null
 * @param textSv what the rule did, in Swedish
 */
public record AppliedRule(String id, String rulebookKey, String source, String textSv) {

  public AppliedRule {
    source = normalizeCitation(source);
  }

  /** {@code L5117-L5126} → {@code L5117–L5126}: one form of line range in every explanation. */
  static String normalizeCitation(String cite) {
    if (cite == null || cite.indexOf('-') < 0) {
      return cite;
    }
    char[] c = cite.toCharArray();
    for (int i = 1; i + 1 < c.length; i++) {
      if (c[i] == '-' && Character.isDigit(c[i - 1]) && (c[i + 1] == 'L' || Character.isDigit(c[i + 1]))) {
        c[i] = '–';
      }
    }
    return new String(c);
  }
}
