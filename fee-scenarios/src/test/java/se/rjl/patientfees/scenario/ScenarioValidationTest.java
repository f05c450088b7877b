package se.rjl.patientfees.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.validate.RulebookValidator;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.Problems;

/**
 * {@code validate --scenarios} (issue 16 part 4, decision E75): the loader alone accepts the 2026
 * book with any of 37 of its 96 fee-code rows dropped, because a situation no row covers leaves no
 * trace (the age-gap check sees only situations some row still covers). With the scenario files
 * every such drop is caught but the frikort note's, which is not a fee and says so
 * ({@code unreachableBecause}). pins E75
 */
class ScenarioValidationTest {
  static Rulebook book;
  static List<ScenarioCase> cases;

  @BeforeAll
  static void load() throws IOException {
    book = TestRulebooks.rulebook2026();
    cases = ScenarioFilesTest.allCases();
  }

  @Test
  void theRealBookPassesItsScenariosAndEveryRowWithAMatchIsReached() {
    ScenarioValidation.Report r = ScenarioValidation.check(List.of(book), cases);
    assertThat(r.problems()).as("pins E75").isEmpty();
    assertThat(r.cases()).isEqualTo(cases.size()).isGreaterThan(900);
    assertThat(r.rowsWithMatch()).isEqualTo(95);
    assertThat(r.rowsReached()).isEqualTo(95);
  }

  @Test
  void everyRowTheValidatorLetsBeDroppedIsCaughtByTheScenarios() {
    List<String> validates = new ArrayList<>();
    List<String> caught = new ArrayList<>();
    for (FeeCodeRow dropped : book.feeCodes()) {
      List<FeeCodeRow> rows = new ArrayList<>(book.feeCodes());
      rows.remove(dropped);
      Rulebook without = withFeeCodes(book, rows);
      Problems problems = new Problems();
      new RulebookValidator(without, "2026.yaml", problems).validate();
      if (!problems.isEmpty()) {
        continue; // the validator alone refuses it (an age gap, a formula naming the row)
      }
      validates.add(dropped.key());
      ScenarioValidation.Report r = ScenarioValidation.check(List.of(without), cases);
      if (!r.sound()) {
        caught.add(dropped.key());
        // The cases that priced the row now find none, or another row: each is located at the case.
        assertThat(r.problems()).extracting(Problem::kind).containsOnly("scenario-failed");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.location().file()).contains("scenarios"));
      }
    }
    assertThat(validates).as("rows the validator alone lets be dropped").hasSize(37);
    List<String> missed = new ArrayList<>(validates);
    missed.removeAll(caught);
    assertThat(missed).as("drops validate --scenarios does not catch").containsExactly("frikort-note");
    assertThat(book.feeCode("frikort-note").orElseThrow().unreachableBecause()).isNotBlank();
  }

  @Test
  void aRowNoCaseReachesIsReportedAtTheRow() {
    List<ScenarioCase> withoutGoods = cases.stream().filter(c -> c.steps().stream()
        .noneMatch(s -> s.contact() != null && s.contact().kind() == se.rjl.patientfees.engine.input.ContactKind.GOODS_SALE))
        .toList();
    ScenarioValidation.Report r = ScenarioValidation.check(List.of(book), withoutGoods);
    FeeCodeRow goods = book.feeCode("440").orElseThrow();
    assertThat(r.problems()).containsExactly(new Problem(goods.location(), "unreached-row",
        "row '440' has a 'match' but no scenario case reaches it: add a case that prices it,"
            + " or replace its 'match' with 'unreachableBecause' saying why no contact uses it"));
    assertThat(r.rowsReached()).isEqualTo(94);
  }

  static Rulebook withFeeCodes(Rulebook b, List<FeeCodeRow> rows) {
    return new Rulebook(b.info(), b.constants(), b.ageBands(), b.outpatientCap(), b.aidsCap(), rows, b.outpatient(),
        b.inpatient(), b.missedVisits(), b.certificates(), b.copies(), b.vaccinations(), b.freeReasons(),
        b.smittskyddDiseases(), b.patientGroups(), b.aids(), b.freeCertificates(), b.otherCharges(), b.explanations());
  }
}
