package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.explain.Explainer;
import se.rjl.patientfees.rules.explain.Rule;
import se.rjl.patientfees.rules.explain.RulebookValues;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Problem;

/**
 * Every explanation step the engine can emit has its citation and Swedish wording in the rulebook
 * (issue 11); a rulebook without one, or with a template that names what does not exist, does not
 * load.
 */
// Decision E47.
class ExplanationsTest {
  static final String PART = "2026/explanations.yaml";
  static final RulebookFiles REAL = RulebookFiles.real();

  @Test
  void theRulebookDescribesEveryRuleTheEngineCanEmit() {
    Rulebook book = REAL.load();
    List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
    assertThat(book.explanations().keySet()).as("pins E47: every rule id the engine can emit has its entry in the rulebook")
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(ids).as("rule ids described in the rulebook").hasSize(Rule.values().length).hasSizeGreaterThan(100);
    Explainer.of(book); // every template compiles against the 2026 values
  }

  @Test
  void aRulebookWithoutAnEntryForAnEmittedRuleDoesNotLoad() {
    RulebookFiles b = REAL.replace(PART, """
          tariff.nordic:
            source: L5663-L5675
            text: "Nordisk konvention: {constants.visit-fee} öppenvård, inget EU-kort krävs."
        """, "");
    List<Problem> problems = b.problems();
    assertThat(problems).extracting(Problem::kind).containsExactly("missing-explanation");
    assertThat(problems.get(0).message()).contains("'tariff.nordic'");
  }

  @Test
  void anEntryForARuleTheEngineDoesNotKnowIsRefusedWithASuggestion() {
    RulebookFiles b = REAL.replace(PART, "  tariff.nordic:\n", "  tariff.nordik:\n");
    assertThat(b.problems()).extracting(Problem::kind).containsExactlyInAnyOrder("missing-explanation", "unknown-rule");
    assertThat(b.problems()).anySatisfy(p -> assertThat(p.message()).contains("did you mean 'tariff.nordic'"));
  }

  @Test
  void aTemplateNamesOnlyItsParametersAndExistingRulebookValues() {
    RulebookFiles unknownValue = REAL.replace(PART, "{constants.visit-fee} öppenvård, inget", "{constants.visit-fees} öppenvård, inget");
    assertThat(unknownValue.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo("bad-template");
      assertThat(p.message()).contains("tariff.nordic").contains("did you mean 'constants.visit-fee'");
      assertThat(p.location().file()).isEqualTo(PART);
    });
    RulebookFiles unknownParam = REAL.replace(PART, "Ålder vid besöket: {age} år", "Ålder vid besöket: {ålder} år");
    assertThat(unknownParam.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("'{ålder}'").contains("(age, calendarAge)"));
    RulebookFiles unclosed = REAL.replace(PART, "Ålder vid besöket: {age} år", "Ålder vid besöket: {age år");
    assertThat(unclosed.problems()).extracting(Problem::kind).containsExactly("bad-template");
  }

  @Test
  void aTemplateReadsTheRulebooksValuesSoAnAmountIsTypedOnce() {
    // The Nordic tariff's wording names the visit fee; the rulebook states 250 kr once (L3055-L3057).
    assertThat(RulebookValues.of(REAL.load())).containsEntry("constants.visit-fee", "250 kr")
        .containsEntry("outpatient.outOfHoursFrom", "21:00")
        .containsEntry("inpatient.freeAgeBand.until", "20")
        .containsEntry("missedVisits.specialistNoticeWorkingDays", "3");
    String text = REAL.text(PART);
    assertThat(text).doesNotContain("250 kr").doesNotContain("under 20").doesNotContain("21.00").doesNotContain("21:00");
  }
}
