package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.scenario.ScenarioCase;
import se.rjl.patientfees.scenario.ScenarioReader;
import se.rjl.patientfees.scenario.ScenarioRunner;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * The scenario step kinds stay, certificate, copies and aid (docs/scenarios.md): read strictly with
 * file:line:column problems, and run with their own expectations.
 */
class StepScenarioFormatTest {

  private static List<Problem> problems(String yaml) {
    try {
      ScenarioReader.read("t.yaml", yaml);
    } catch (RulebookException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void aStayCaseIsReadAndRun() {
    List<ScenarioCase> cases = ScenarioReader.read("t.yaml", """
        cases:
          - name: "Tolv vårddagar, dag 5 permission: 9 × 130 + 2 × 110"
            source: L4512-L4513
            patient: {birthDate: 1970-01-15, residence: county-resident}
            stay:
              admission: 2026-03-01
              discharge: 2026-03-13
              leaves: [{from: 2026-03-05T08:00, to: 2026-03-05T21:00}]
              expect: {pay: 1390, days: 11, perDay: [{date: 2026-03-05, reason: leave-day, amount: 0}]}
        """);
    assertThat(cases).singleElement().satisfies(c -> assertThat(c.steps()).singleElement()
        .satisfies(s -> assertThat(s.kind()).isEqualTo("stay")));
    ScenarioRunner.Outcome o = new ScenarioRunner(TestRulebooks.all()).run(cases.get(0));
    assertThat(o.failures()).isEmpty();
  }

  @Test
  void aWrongExpectationFails() {
    List<ScenarioCase> cases = ScenarioReader.read("t.yaml", """
        cases:
          - name: "Fel"
            source: L4950
            copies: {date: 2026-02-10, pages: 15, expect: {pay: 61}}
        """);
    ScenarioRunner.Outcome o = new ScenarioRunner(TestRulebooks.all()).run(cases.get(0));
    assertThat(o.failures()).singleElement().asString().contains("pay expected 61 kr but was 60 kr");
  }

  @Test
  void expectationKeysBelongToTheirStepKind() {
    List<Problem> p = problems("""
        cases:
          - name: "Intyg"
            source: L4655
            certificate: {date: 2026-04-14, key: tariff-a, expect: {pay: 310, days: 1}}
        """);
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo("unknown-key");
      assertThat(x.location().line()).isEqualTo(4);
      assertThat(x.location().column()).isGreaterThan(1);
    });
  }

  @Test
  void aCaseHasExactlyOneStepKey() {
    List<Problem> p = problems("""
        cases:
          - name: "Två"
            source: L4950
            copies: {date: 2026-02-10, pages: 15, expect: {pay: 60}}
            certificate: {date: 2026-04-14, key: tariff-a, expect: {pay: 310}}
        """);
    assertThat(p).extracting(Problem::kind).contains("contradictory");
    assertThat(problems("""
        cases:
          - name: "Ingen"
            source: L4950
        """)).extracting(Problem::kind).contains("missing-key");
  }

  @Test
  void staysAndAidsNeedAPatientCertificatesDoNot() {
    assertThat(problems("""
        cases:
          - name: "Utan patient"
            source: L4512
            stay: {admission: 2026-03-01, discharge: 2026-03-02, expect: {pay: 130}}
        """)).extracting(Problem::message).anyMatch(m -> m.contains("'patient'"));
    assertThat(ScenarioReader.read("t.yaml", """
        cases:
          - name: "Intyg utan patient"
            source: L4655
            certificate: {date: 2026-04-14, key: tariff-a, expect: {pay: 310}}
        """)).singleElement().satisfies(c -> assertThat(c.patient()).isNull());
  }

  @Test
  void unknownStepKeysAndBadValuesAreReported() {
    List<Problem> p = problems("""
        cases:
          - name: "Fel nycklar"
            source: L2758
            patient: {birthDate: 1960-01-01, residence: county-resident}
            aid: {date: 2026-02-01, key: cpap, month: 1, kcal: many, expect: {pay: 150}}
        """);
    assertThat(p).extracting(Problem::kind).contains("unknown-key", "wrong-type");
    assertThat(p).extracting(Problem::message).anyMatch(m -> m.contains("months"));
  }

  @Test
  void emptyListsAreProblems() {
    assertThat(problems("""
        cases:
          - name: "Tom"
            source: L2758
            patient: {birthDate: 1960-01-01, residence: county-resident}
            aids: []
        """)).extracting(Problem::kind).contains("empty");
  }
}
