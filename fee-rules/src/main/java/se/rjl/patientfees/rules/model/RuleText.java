package se.rjl.patientfees.rules.model;

/**
 * The Swedish sentence and regelbok source of one explanation step, keyed by the step's rule id
 * (optional section {@code ruleTexts}). {@code {0}}, {@code {1}}, … in the text are filled with the
 * step's values (an amount, a date).
 */
public record RuleText(String id, String textSv, Source source) {

  /** The text with {@code {i}} replaced by {@code values[i]}. */
  public String format(Object... values) {
    String out = textSv;
    for (int i = 0; i < values.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return out;
  }
}
