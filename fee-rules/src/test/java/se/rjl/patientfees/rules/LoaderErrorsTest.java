package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.rules.RulebookFiles.problem;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.FeeCodeRow;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problem;

/**
 * Each kind of error, one small broken rulebook at a time: the loader refuses it with the exact
 * problem (kind, message, file, line, column), and never returns a half-loaded rulebook.
 *
 * <p>Most cases break the minimal rulebook (src/test/resources/minimal/); the formula and VAT cases
 * break the real 2026 files. Expected places are found by searching the broken text for the token
 * the problem must point at, so they are exact and survive edits elsewhere in the files.
 */
class LoaderErrorsTest {
  static final String MAIN = "rulebook.yaml";
  static final String FEES = "parts/fee-codes.yaml";
  static final String SECTIONS = "parts/sections.yaml";
  static final RulebookFiles MINIMAL = RulebookFiles.minimal();

  @Test
  void theMinimalRulebookLoads() {
    Rulebook book = MINIMAL.load();
    assertThat(book.feeCodes()).extracting(FeeCodeRow::key)
        .containsExactly("100", "300", "610-adult", "610-adult-interpreter", "frikort-note");
    assertThat(book.info().id()).isEqualTo("minimal-2026");
  }

  @Nested
  class Keys {
    @Test
    void unknownKeySuggestsTheNearestKnownOne() {
      RulebookFiles b = MINIMAL.replace(FEES, "    description: \"Läkarbesök för vuxna\"", "    descripton: \"Läkarbesök för vuxna\"");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "descripton"), "unknown-key",
          "unknown key 'descripton' in feeCodes[0] (did you mean 'description'?)"));
    }

    @Test
    void unknownKeyInASelector() {
      RulebookFiles b = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: adult}", "{service: visit, profesion: doctor, age: adult}");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "profesion"), "unknown-key",
          "unknown key 'profesion' in feeCodes[0].match[0] (did you mean 'profession'?)"));
    }

    @Test
    void unknownSectionSuggestsASection() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "missedVisits:\n", "missedVisit:\n");
      assertThat(b.problems()).containsExactly(
          problem(b.at(SECTIONS, "missedVisit:"), "unknown-key", "unknown key 'missedVisit' in (root) (did you mean 'missedVisits'?)"),
          problem(new Location(MAIN, 1, 1), "missing-section", "the rulebook has no section 'missedVisits'"));
    }

    @Test
    void unknownKeyFarFromEveryKnownOneHasNoSuggestion() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  leaveMinHours: 12\n", "  leaveMinHours: 12\n  zebra: 1\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "zebra"), "unknown-key", "unknown key 'zebra' in inpatient"));
    }

    @Test
    void missingRequiredKeyIsReportedAtItsMapping() {
      RulebookFiles b = MINIMAL.replace(FEES, "    product: \"Läkarbesök, avgiftsfritt\"\n", "");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"300\""), "missing-key", "feeCodes[1] needs the key 'product'"));
    }

    @Test
    void missingRequiredKeyInAnotherSection() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  specialistNoticeWorkingDays: 3\n", "");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "primaryCareNoticeHours"), "missing-key",
          "missedVisits needs the key 'specialistNoticeWorkingDays'"));
    }

    @Test
    void duplicateKeyIsReportedAtItsSecondOccurrence() {
      RulebookFiles b = MINIMAL.replace(FEES, "    amount: 0\n    countsTowardCap: false\n    source: L3551-L3563\n",
          "    amount: 0\n    countsTowardCap: false\n    amount: 10\n    source: L3551-L3563\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "amount: 10"), "duplicate-key", "key 'amount' appears twice in feeCodes[1]"));
    }
  }

  @Nested
  class Types {
    @Test
    void textWhereANumberIsExpected() {
      RulebookFiles b = MINIMAL.replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: tvåhundrafemtio\n    countsTowardCap: true");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "tvåhundrafemtio"), "wrong-type",
          "feeCodes[0].amount must be a number, not 'tvåhundrafemtio'"));
    }

    @Test
    void textWhereAWholeNumberIsExpected() {
      RulebookFiles b = MINIMAL.replace(MAIN, "    periodMonths: 12\n    qualifying:", "    periodMonths: tolv\n    qualifying:");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "tolv"), "wrong-type",
          "caps.outpatient.periodMonths must be a whole number, not 'tolv'"));
    }

    @Test
    void listWhereAMappingIsExpected() {
      RulebookFiles b = MINIMAL.replace(MAIN, "  aids:\n    amount: 1800\n    periodMonths: 12\n    source: L2794\n",
          "  aids:\n    - 1800\n    - 12\n");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "- 1800"), "wrong-type",
          "caps.aids must be a mapping (key: value lines), but is a list"));
    }

    @Test
    void mappingWhereAListIsExpected() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  diseases:\n    - \"Covid-19\"\n", "  diseases:\n    covid: \"Covid-19\"\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "covid:"), "wrong-type",
          "smittskydd.diseases must be a list (lines starting with '- '), but is a mapping"));
    }

    @Test
    void textWhereTrueOrFalseIsExpected() {
      RulebookFiles b = MINIMAL.replace(FEES, "    countsTowardCap: true", "    countsTowardCap: yes");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "yes"), "wrong-type",
          "feeCodes[0].countsTowardCap must be true or false, not 'yes'"));
    }

    @Test
    void badDateAndBadTime() {
      RulebookFiles b = MINIMAL.replace(MAIN, "  validFrom: 2026-01-01", "  validFrom: 2026-13-01")
          .replace(SECTIONS, "  outOfHoursFrom: \"21:00\"", "  outOfHoursFrom: \"21.00\"");
      assertThat(b.problems()).containsExactly(
          problem(b.at(MAIN, "2026-13-01"), "wrong-type", "rulebook.validFrom must be a date written YYYY-MM-DD, not '2026-13-01'"),
          problem(b.at(SECTIONS, "\"21.00\""), "wrong-type", "outpatient.outOfHoursFrom must be a time written HH:MM, not '21.00'"));
    }

    @Test
    void emptyValueOfARequiredKey() {
      RulebookFiles b = MINIMAL.replace(FEES, "    product: \"Läkarbesök, avgiftsfritt\"\n", "    product:\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"300\""), "missing-key", "feeCodes[1] needs the key 'product'"));
    }
  }

  @Nested
  class Amounts {
    @Test
    void negativeAmount() {
      RulebookFiles b = MINIMAL.replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: -250\n    countsTowardCap: true");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "-250"), "negative-amount", "feeCodes[0].amount must not be negative, not -250"));
    }

    @Test
    void amountWithThreeDecimals() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "    net: 248\n", "    net: 248.125\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "248.125"), "sub-ore-amount",
          "certificates[0].net has more than two decimals (öre): 248.125"));
    }

    @Test
    void amountWithTwoDecimalsLoadsAsOre() {
      Rulebook book = MINIMAL.replace(FEES, "    amount: 0\n    countsTowardCap: false\n    source: L3551-L3563\n",
          "    amount: 0.50\n    countsTowardCap: false\n    source: L3551-L3563\n").load();
      assertThat(book.feeCode("300").orElseThrow().amountOre()).isEqualTo(50);
      // trailing zeros beyond two decimals are still whole öre
      Rulebook zeros = MINIMAL.replace(FEES, "    amount: 0\n    countsTowardCap: false\n    source: L3551-L3563\n",
          "    amount: 1.5000\n    countsTowardCap: false\n    source: L3551-L3563\n").load();
      assertThat(zeros.feeCode("300").orElseThrow().amountOre()).isEqualTo(150);
    }

    @Test
    void implausiblyLargeAmounts() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  cd: 300\n", "  cd: 100000001\n")
          .replace(SECTIONS, "  video: 600\n", "  video: 1e999999999\n")
          .replace(SECTIONS, "  perPage: 2\n", "  perPage: " + "9".repeat(5000) + "\n");
      assertThat(b.problems()).containsExactly(
          problem(new Location(SECTIONS, b.at(SECTIONS, "perPage: 9").line(), 12), "out-of-range", "copies.perPage is not a plausible number: '" + "9".repeat(37) + "...'"),
          problem(b.at(SECTIONS, "100000001"), "out-of-range", "copies.cd is implausibly large: 100000001 kr"),
          problem(b.at(SECTIONS, "1e999999999"), "out-of-range", "copies.video is implausibly large: 1e999999999 kr"));
    }
  }

  @Nested
  class Sources {
    @Test
    void missingSource() {
      RulebookFiles b = MINIMAL.replace(FEES, "    source: L3551-L3563\n", "");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"300\""), "missing-key", "feeCodes[1] needs the key 'source'"));
    }

    @Test
    void malformedSource() {
      RulebookFiles b = MINIMAL.replace(FEES, "    source: L3551-L3563\n", "    source: rad 3551\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "rad 3551"), "bad-source",
          "feeCodes[1].source: 'rad 3551' is not a source; write L10-L12, L10 or § Section title"));
    }

    @Test
    void sourceRangeBackwards() {
      RulebookFiles b = MINIMAL.replace(FEES, "    source: L3551-L3563\n", "    source: L3563-L3551\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "L3563-L3551"), "bad-source",
          "feeCodes[1].source: the line range L3563-L3551 ends before it starts"));
    }

    @Test
    void sectionSourceWithoutTitle() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  source: L5048-L5098\n", "  source: \"§ \"\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "\"§ \""), "bad-source",
          "smittskydd.source: a section source needs a title after '§'"));
    }

    @Test
    void everyWrittenFormOfASourceLoads() {
      Rulebook book = MINIMAL
          .replace(FEES, "    source: L3551-L3563\n", "    source: \"§ Avgiftsfria besök och åtgärder\"\n")
          .replace(FEES, "    source: L3675-L3693\n", "    source: 000_660bf81ab5a4a909.txt L6273-L6280\n")
          .replace(FEES, "    source: L3714-L3720\n", "    source: L3714\n")
          .load();
      assertThat(book.feeCode("300").orElseThrow().source().cite()).isEqualTo("§ Avgiftsfria besök och åtgärder");
      assertThat(book.feeCode("610-adult").orElseThrow().source().document()).isEqualTo("000_660bf81ab5a4a909.txt");
      assertThat(book.feeCode("610-adult").orElseThrow().source().cite()).isEqualTo("L6273–L6280");
      assertThat(book.feeCode("610-adult-interpreter").orElseThrow().source().cite()).isEqualTo("L3714");
      assertThat(book.feeCode("100").orElseThrow().source().document()).isEqualTo(RulebookFiles.SEED);
    }
  }

  @Nested
  class FilesAndSections {
    @Test
    void duplicateSectionAcrossParts() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "smittskydd:\n", "constants:\n  extra:\n    amount: 1\n    source: L1\n\nsmittskydd:\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "constants:"), "duplicate-section",
          "section 'constants' is already given in rulebook.yaml"));
    }

    @Test
    void emptySection() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "smittskydd:\n  diseases:\n    - \"Covid-19\"\n  source: L5048-L5098\n", "smittskydd:\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "smittskydd:"), "empty", "section 'smittskydd' is empty"));
    }

    @Test
    void missingPartFile() {
      RulebookFiles b = MINIMAL.replace(MAIN, "  - parts/sections.yaml\n", "  - parts/section.yaml\n");
      List<Problem> problems = b.problems();
      assertThat(problems.get(0)).isEqualTo(problem(b.at(MAIN, "parts/section.yaml"), "missing-part", "no part file 'parts/section.yaml'"));
      // ... and the sections it would have held are missing
      assertThat(problems.subList(1, problems.size())).extracting(Problem::message).containsExactly(
          "the rulebook has no section 'outpatient'", "the rulebook has no section 'inpatient'",
          "the rulebook has no section 'missedVisits'", "the rulebook has no section 'certificates'",
          "the rulebook has no section 'copies'", "the rulebook has no section 'vaccinations'",
          "the rulebook has no section 'freeReasons'", "the rulebook has no section 'smittskydd'",
          "the rulebook has no section 'patientGroups'", "the rulebook has no section 'aids'");
      assertThat(problems.subList(1, problems.size())).allSatisfy(p -> {
        assertThat(p.kind()).isEqualTo("missing-section");
        assertThat(p.location()).isEqualTo(new Location(MAIN, 1, 1));
      });
    }

    @Test
    void partOutsideTheRulebookFolder() {
      RulebookFiles b = MINIMAL.replace(MAIN, "  - parts/sections.yaml\n", "  - ../sections.yaml\n  - parts/sections.yaml\n");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "../sections.yaml"), "bad-part",
          "a part must be a path below the rulebook's folder, not '../sections.yaml'"));
    }

    @Test
    void missingSection() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "smittskydd:\n  diseases:\n    - \"Covid-19\"\n  source: L5048-L5098\n", "");
      assertThat(b.problems()).containsExactly(problem(new Location(MAIN, 1, 1), "missing-section", "the rulebook has no section 'smittskydd'"));
    }

    @Test
    void emptyPartFile() {
      RulebookFiles b = MINIMAL.with(SECTIONS, "# nothing here yet\n");
      assertThat(b.problems()).containsExactly(problem(new Location(SECTIONS, 1, 1), "empty-file", "the file is empty"));
    }

    @Test
    void partThatIsNotAMapping() {
      RulebookFiles b = MINIMAL.with(SECTIONS, "- outpatient\n- inpatient\n");
      assertThat(b.problems()).containsExactly(problem(new Location(SECTIONS, 1, 1), "wrong-type",
          "(root) must be a mapping (key: value lines), but is a list"));
    }
  }

  @Nested
  class Yaml {
    @Test
    void syntaxErrorWithLineAndColumn() {
      RulebookFiles b = MINIMAL.replace(FEES, "    product: \"Läkarbesök, avgiftsfritt\"", "    product: Läkarbesök: avgiftsfritt");
      Location colon = b.at(FEES, ": avgiftsfritt");
      assertThat(colon).isEqualTo(new Location(FEES, 19, 24));
      // The other sections of a file that is not YAML are not also reported missing.
      assertThat(b.problems()).containsExactly(problem(colon, "yaml-syntax", "not valid YAML: mapping values are not allowed here"));
    }

    @Test
    void tabIndentation() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  leaveMinHours: 12", "\tleaveMinHours: 12");
      List<Problem> problems = b.problems();
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).kind()).isEqualTo("yaml-syntax");
      assertThat(problems.get(0).location()).isEqualTo(b.at(SECTIONS, "\tleaveMinHours"));
      assertThat(problems.get(0).message()).startsWith("not valid YAML: found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void unclosedFlowMapping() {
      RulebookFiles b = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: child}", "{service: visit, profession: doctor, age: child");
      List<Problem> problems = b.problems();
      assertThat(problems).extracting(Problem::kind).containsExactly("yaml-syntax");
      assertThat(problems.get(0).location().file()).isEqualTo(FEES);
      assertThat(problems.get(0).location().line()).isEqualTo(b.at(FEES, "- key: \"610-adult\"").line());
    }

    @Test
    void controlCharacterIsLocated() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  leaveMinHours: 12", "  leaveMinHours: 1\u00012");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "\u0001"), "yaml-syntax", "not valid YAML: the character U+0001 is not allowed"));
    }

    @Test
    void aliasIsReportedWhereItIsUsed() {
      RulebookFiles b = MINIMAL
          .replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: &fee 250\n    countsTowardCap: true")
          .replace(FEES, "    amount: 250\n    countsTowardCap: false", "    amount: *fee\n    countsTowardCap: false");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "*fee"), "alias",
          "YAML aliases (*name) are not allowed in a rulebook; write the value out"));
    }

    @Test
    void aliasOfAMapping() {
      RulebookFiles b = MINIMAL
          .replace(MAIN, "  visit-fee:\n    amount: 250\n", "  visit-fee: &v\n    amount: 250\n")
          .replace(MAIN, "  swede-abroad-planned-visit:\n", "  copy: *v\n  swede-abroad-planned-visit:\n");
      // A main file that cannot be read stops the load: it names the parts.
      assertThat(b.problems()).containsExactly(
          problem(b.at(MAIN, "*v"), "alias", "YAML aliases (*name) are not allowed in a rulebook; write the value out"));
    }

    @Test
    void aliasAsAKey() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  freePages: 9\n", "  &k freePages: 9\n  *k : 10\n");
      assertThat(b.problems()).containsExactly(
          problem(b.at(SECTIONS, "*k"), "alias", "YAML aliases (*name) are not allowed in a rulebook; write the value out"));
    }

    @Test
    void enumValuesAreReadCaseAndSeparatorInsensitively() {
      // Documented as lower case with hyphens; the loader also takes the Java constant's spelling.
      Rulebook book = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: child}",
          "{service: VISIT, profession: Doctor, careLevel: [primary, PRIMARY_OUT_OF_HOURS, specialist, dental], age: child}").load();
      assertThat(book.feeCode("300").orElseThrow().selectors().get(0).levels()).hasSize(4);
    }

    @Test
    void billionLaughsIsRefusedAsAWholeFile() {
      StringBuilder bomb = new StringBuilder("lol:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (int i = 1; i < 9; i++) {
        bomb.append("  a").append(i).append(": &a").append(i).append(" [")
            .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
      }
      RulebookFiles b = MINIMAL.with(SECTIONS, MINIMAL.text(SECTIONS) + bomb);
      assertThat(b.problems()).containsExactly(problem(Location.ofFile(SECTIONS), "yaml-limit",
          "the file breaks a safety limit: Number of aliases for non-scalar nodes exceeds the specified max=10"));
    }

    @Test
    void deepNestingIsRefusedAsAWholeFile() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  leaveMinHours: 12", "  leaveMinHours: " + "[".repeat(1000) + "]".repeat(1000));
      assertThat(b.problems()).containsExactly(problem(Location.ofFile(SECTIONS), "yaml-limit",
          "the file breaks a safety limit: Nesting Depth exceeded max 40"));
    }

    @Test
    void tooLargeFileIsRefusedUnread() {
      RulebookFiles b = MINIMAL.with(SECTIONS, MINIMAL.text(SECTIONS) + "#".repeat(4 * 1024 * 1024));
      assertThat(b.problems()).containsExactly(problem(Location.ofFile(SECTIONS), "too-large",
          "the file is larger than 4194304 characters"));
    }
  }

  @Nested
  class Choices {
    @Test
    void unknownEnumValueSuggestsTheNearest() {
      RulebookFiles b = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: adult}", "{service: visit, profession: docter, age: adult}");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "docter"), "unknown-value",
          "feeCodes[0].match[0].profession: 'docter' is not one of doctor, treatment, psychologist (did you mean 'doctor'?)"));
    }

    @Test
    void unknownEnumValueInAList() {
      RulebookFiles b = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: child}",
          "{service: visit, profession: doctor, careLevel: [primary, specialst], age: child}");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "specialst"), "unknown-value",
          "feeCodes[1].match[0].careLevel[1]: 'specialst' is not one of primary, primary-out-of-hours, specialist, dental"
              + " (did you mean 'specialist'?)"));
    }

    @Test
    void enumValueFarFromEveryOneHasNoSuggestion() {
      RulebookFiles b = MINIMAL.replace(MAIN, "    by: calendar-year", "    by: moon");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "moon"), "unknown-value",
          "ageBands.dental-child.by: 'moon' is not one of birthday, calendar-year"));
    }

    @Test
    void emptyListOfChoicesMatchesNothingAndIsRefused() {
      RulebookFiles b = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: child}", "{service: visit, profession: [], age: child}");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "[]"), "empty",
          "feeCodes[1].match[0].profession must name at least one value; leave the key out to match every value"));
    }

    @Test
    void unknownAgeBandSuggestsTheNearest() {
      RulebookFiles b = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: adult}", "{service: visit, profession: doctor, age: adults}");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "adults}"), "unknown-age-band",
          "feeCodes[0].match[0].age: no age band 'adults' in ageBands (did you mean 'adult'?)"));
    }

    @Test
    void ageBandWithoutValue() {
      RulebookFiles b = MINIMAL.replace(MAIN, "  dental-child:\n    from: 0\n    until: 20\n    by: calendar-year\n    source: L5303-L5304\n", "  dental-child:\n");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "dental-child:"), "empty", "age band 'dental-child' has no value"));
    }

    @Test
    void ageBandEndingBeforeItStarts() {
      RulebookFiles b = MINIMAL.replace(MAIN, "    from: 0\n    until: 20\n    by: calendar-year", "    from: 20\n    until: 10\n    by: calendar-year");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "10\n    by: calendar-year"), "bad-interval",
          "age band 'dental-child' ends (10) before it starts (20)"));
    }

    @Test
    void unknownAgeBandOutsideTheFeeCodes() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "  freeAgeBand: child\n  exemptGroups", "  freeAgeBand: children\n  exemptGroups");
      assertThat(b.problems()).containsExactly(problem(new Location(MAIN, 1, 1), "unknown-age-band",
          "inpatient.freeAgeBand 'children' is not in ageBands"));
    }
  }

  @Nested
  class Dates {
    @Test
    void rulebookValidToBeforeValidFrom() {
      RulebookFiles b = MINIMAL.replace(MAIN, "  validTo: 2026-12-31", "  validTo: 2025-12-31");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "2025-12-31"), "dates-out-of-order",
          "rulebook.validTo (2025-12-31) is before rulebook.validFrom (2026-01-01)"));
    }

    @Test
    void rowValidToBeforeValidFrom() {
      RulebookFiles b = MINIMAL.replace(FEES, "    source: L3551-L3563\n", "    source: L3551-L3563\n    validFrom: 2026-07-01\n    validTo: 2026-03-31\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"300\""), "dates-out-of-order",
          "row '300': validTo 2026-03-31 is before validFrom 2026-07-01"));
    }

    @Test
    void rowValidOutsideTheRulebooksValidity() {
      RulebookFiles b = MINIMAL.replace(FEES, "    source: L3551-L3563\n", "    source: L3551-L3563\n    validFrom: 2025-12-01\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"300\""), "outside-validity",
          "row '300' is valid outside the rulebook's validity 2026-01-01–2026-12-31"));
    }

    @Test
    void rowsValidInTurnDoNotOverlap() {
      Rulebook book = MINIMAL
          .replace(FEES, "    source: L3551-L3563\n", "    source: L3551-L3563\n    validTo: 2026-06-30\n")
          .with(FEES, MINIMAL.text(FEES).replace("    source: L3551-L3563\n", "    source: L3551-L3563\n    validTo: 2026-06-30\n")
              + "\n  - key: \"300-h2\"\n    product: \"Läkarbesök, avgiftsfritt\"\n    amount: 0\n    countsTowardCap: false\n"
              + "    source: L3551-L3563\n    validFrom: 2026-07-01\n    match:\n      - {service: visit, profession: doctor, age: child}\n")
          .load();
      assertThat(book.feeCode("300-h2").orElseThrow().isValidOn(java.time.LocalDate.of(2026, 7, 1))).isTrue();
      assertThat(book.feeCode("300").orElseThrow().isValidOn(java.time.LocalDate.of(2026, 7, 1))).isFalse();
    }
  }

  @Nested
  class Selectors {
    static final String GOODS_ROW = "\n  - key: \"440\"\n    code: \"440\"\n    product: \"Varuförsäljning\"\n    amount: 0\n"
        + "    countsTowardCap: false\n    source: L3620-L3623\n    match:\n";
    static final String ONE_CELL = "service: goods, profession: doctor, careLevel: primary, setting: clinic, referral: none, urgency: planned";
    static final String CELL_TEXT = "service=goods event=attended profession=doctor careLevel=primary tariff=standard basis=charged"
        + " setting=clinic referral=none urgency=planned interpreter=false";

    @Test
    void twoRowsMatchingTheSameContacts() {
      RulebookFiles b = MINIMAL.with(FEES, MINIMAL.text(FEES) + "\n  - key: \"300-copy\"\n    product: \"Dubblett\"\n    amount: 0\n"
          + "    countsTowardCap: false\n    source: L3551-L3563\n    match:\n      - {service: visit, profession: doctor, age: child, note: copy}\n");
      int line300 = b.at(FEES, "{service: visit, profession: doctor, age: child}").line();
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "{service: visit, profession: doctor, age: child, note: copy}"), "ambiguous-rows",
          "rows '300-copy' (0 kr) and '300' (0 kr, selector at line " + line300 + ") match the same contacts;"
              + " narrow a selector or say which wins with 'overrides'"));
    }

    @Test
    void overridesSettlesTheAmbiguity() {
      Rulebook book = MINIMAL.with(FEES, MINIMAL.text(FEES) + "\n  - key: \"300-copy\"\n    product: \"Dubblett\"\n    amount: 0\n"
          + "    countsTowardCap: false\n    overrides: [\"300\"]\n    source: L3551-L3563\n    match:\n"
          + "      - {service: visit, profession: doctor, careLevel: specialist, age: child}\n").load();
      assertThat(book.feeCode("300-copy").orElseThrow().overrides()).containsExactly("300");
    }

    @Test
    void unknownOverride() {
      RulebookFiles b = MINIMAL.replace(FEES, "    source: L3551-L3563\n", "    source: L3551-L3563\n    overrides: [\"301\"]\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"300\""), "bad-override",
          "row '300' overrides '301', which is not another row"));
    }

    @Test
    void rowOverridingItself() {
      RulebookFiles b = MINIMAL.replace(FEES, "    source: L3551-L3563\n", "    source: L3551-L3563\n    overrides: [\"300\"]\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"300\""), "bad-override",
          "row '300' overrides '300', which is not another row"));
    }

    @Test
    void duplicateRowKey() {
      RulebookFiles b = MINIMAL.with(FEES, MINIMAL.text(FEES) + "\n  - key: \"100\"\n    product: \"Dubblett\"\n    amount: 0\n"
          + "    countsTowardCap: false\n    source: L3551-L3563\n    unreachableBecause: \"test\"\n");
      Location first = b.at(FEES, "key: \"100\"\n    code");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"100\"\n    product: \"Dubblett\""), "duplicate-row-key",
          "fee-code key '100' is used twice (first at " + first + ")"));
    }

    @Test
    void ageGap() {
      RulebookFiles b = MINIMAL.with(FEES, MINIMAL.text(FEES) + GOODS_ROW + "      - {" + ONE_CELL + ", age: child}\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "{" + ONE_CELL + ", age: child}"), "age-gap",
          "no fee-code row covers age 20 for " + CELL_TEXT + ": the age bands of its rows leave a gap"));
    }

    @Test
    void ageGapFromBirth() {
      RulebookFiles b = MINIMAL.with(FEES, MINIMAL.text(FEES) + GOODS_ROW + "      - {" + ONE_CELL + ", age: adult}\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "{" + ONE_CELL + ", age: adult}"), "age-gap",
          "no fee-code row covers age 0 for " + CELL_TEXT + ": the age bands of its rows leave a gap"));
    }

    @Test
    void mixedAgeSemantics() {
      RulebookFiles b = MINIMAL.with(FEES, MINIMAL.text(FEES) + GOODS_ROW
          + "      - {" + ONE_CELL + ", age: dental-child}\n      - {" + ONE_CELL + ", age: adult}\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "{" + ONE_CELL + ", age: adult}"), "mixed-age-semantics",
          "selectors for " + CELL_TEXT + " mix birthday and calendar-year ages"));
    }

    @Test
    void rowWithNeitherMatchNorUnreachableBecause() {
      RulebookFiles b = MINIMAL.replace(FEES, "    unreachableBecause: \"an instruction to the cashier, not a fee\"\n", "");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: frikort-note"), "unreachable-row",
          "feeCodes[4] (frikort-note) has no 'match': say which contacts use it, or why none does ('unreachableBecause')"));
    }

    @Test
    void rowWithAnEmptyMatchList() {
      RulebookFiles b = MINIMAL.replace(FEES, "    unreachableBecause: \"an instruction to the cashier, not a fee\"\n", "    match: []\n");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: frikort-note"), "unreachable-row",
          "feeCodes[4] (frikort-note) has no 'match': say which contacts use it, or why none does ('unreachableBecause')"));
    }

    @Test
    void selectorWithoutService() {
      RulebookFiles b = MINIMAL.replace(FEES, "{service: visit, profession: doctor, age: child}", "{profession: doctor, age: child}");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "{profession: doctor, age: child}"), "missing-key",
          "feeCodes[1].match[0] needs the key 'service'"));
    }
  }

  @Nested
  class Arithmetic {
    final RulebookFiles real = RulebookFiles.real();

    @Test
    void theRealRulebookLoads() {
      assertThat(real.load().feeCodes()).hasSize(96);
    }

    @Test
    void constantNotGivenByItsFormula() {
      // The file may still state an amount its formula gives; then it must agree.
      RulebookFiles b = real.replace("2026.yaml", "  swede-abroad-planned-visit:\n", "  swede-abroad-planned-visit:\n    amount: 790\n");
      assertThat(b.problems()).containsExactly(problem(b.at("2026.yaml", "amount: 790"), "formula-mismatch",
          "constant 'swede-abroad-planned-visit' is 790 kr but its formula '6 × inpatient-day-max' gives 780 kr"));
    }

    @Test
    void swedeAbroadRowNotGivenByItsFormula() {
      RulebookFiles b = real.replace("2026/fee-codes.yaml",
          "    product: \"Läkarbesök, utlandssvensk, planerad vård\"\n",
          "    product: \"Läkarbesök, utlandssvensk, planerad vård\"\n    amount: 790\n");
      assertThat(b.problems()).containsExactly(problem(b.at("2026/fee-codes.yaml", "key: \"150\""), "formula-mismatch",
          "row '150' is 790 kr but its formula '6 × inpatient-day-max' gives 780 kr"));
    }

    @Test
    void interpreterRowNotGivenByItsFormula() {
      RulebookFiles b = real.replace("2026/fee-codes.yaml",
          "    product: \"Uteblivet besök, sjukvårdande behandling, ej meddelat återbud, tolk\"\n",
          "    product: \"Uteblivet besök, sjukvårdande behandling, ej meddelat återbud, tolk\"\n    amount: 570\n");
      assertThat(b.problems()).containsExactly(problem(b.at("2026/fee-codes.yaml", "key: \"610-adult-interpreter\""), "formula-mismatch",
          "row '610-adult-interpreter' is 570 kr but its formula 'row:610-adult + interpreter-fee' gives 560 kr"));
    }

    @Test
    void inpatientPerDayNotGivenByItsFormula() {
      RulebookFiles b = real.replace("2026/inpatient-and-missed-visits.yaml", "  swedeAbroadPlannedPerDay:\n",
          "  swedeAbroadPlannedPerDay:\n    amount: 1200\n");
      assertThat(b.problems()).containsExactly(problem(b.at("2026/inpatient-and-missed-visits.yaml", "amount: 1200"), "formula-mismatch",
          "inpatient.swedeAbroadPlannedPerDay is 1200 kr but its formula '10 × inpatient-day-max' gives 1300 kr"));
    }

    @Test
    void formulaNamingNothing() {
      RulebookFiles b = real.replace("2026.yaml", "    formula: \"6 × inpatient-day-max\"\n", "    formula: \"6 × inpatient-day-maximum\"\n");
      assertThat(b.problems()).containsExactly(problem(b.at("2026.yaml", "formula: \"6 × inpatient-day-maximum\""), "bad-formula",
          "constant 'swede-abroad-planned-visit' states no amount and its formula '6 × inpatient-day-maximum' cannot be computed:"
              + " 'inpatient-day-maximum' is neither a constant nor a fee-code row (row:key)"));
    }

    @Test
    void certificateGrossNotNetPlusVatRounded() {
      RulebookFiles b = real.replace("2026/certificates-and-copies.yaml", "    gross: 310\n", "    gross: 311\n");
      assertThat(b.problems()).containsExactly(problem(b.at("2026/certificates-and-copies.yaml", "key: tariff-a"), "vat-mismatch",
          "certificate 'tariff-a': net 248 kr with 25 % VAT is 310 kr (rounded to whole kronor), not 311 kr"));
    }

    @Test
    void certificateVatRoundsHalfUp() {
      // 750 × 1.25 = 937.50 → 938 as printed; 937 is refused.
      RulebookFiles b = real.replace("2026/certificates-and-copies.yaml", "    gross: 938\n", "    gross: 937\n");
      assertThat(b.problems()).containsExactly(problem(b.at("2026/certificates-and-copies.yaml", "key: reconciliation-meeting"), "vat-mismatch",
          "certificate 'reconciliation-meeting': net 750 kr with 25 % VAT is 938 kr (rounded to whole kronor), not 937 kr"));
    }

    @Test
    void inpatientDayBandsWithAGap() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "    - fromDay: 11\n", "    - fromDay: 12\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "fromDay: 12"), "day-gap",
          "inpatient day bands must follow each other from day 1: expected fromDay 11, not 12"));
    }

    @Test
    void inpatientDayBandsNotStartingAtDayOne() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "    - fromDay: 1\n", "    - fromDay: 2\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "fromDay: 2\n"), "day-gap",
          "inpatient day bands must follow each other from day 1: expected fromDay 1, not 2"));
    }

    @Test
    void inpatientLastDayBandMustBeOpen() {
      RulebookFiles b = MINIMAL.replace(SECTIONS, "      amount: 110\n", "      toDay: 60\n      amount: 110\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "fromDay: 11"), "day-gap",
          "the last inpatient day band must be open-ended (no toDay)"));
    }

    @Test
    void inpatientWithoutDayBands() {
      RulebookFiles b = MINIMAL.replace(SECTIONS,
          "  dayBands:\n    - fromDay: 1\n      toDay: 10\n      amount: 130\n      source: L4512-L4513\n"
              + "    - fromDay: 11\n      amount: 110\n      source: L4512-L4513\n", "  dayBands: []\n");
      assertThat(b.problems()).containsExactly(problem(b.at(SECTIONS, "[]"), "empty", "inpatient.dayBands must list at least one band"));
    }
  }

  @Nested
  class EntryPoints {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    java.nio.file.Path write(RulebookFiles files) throws java.io.IOException {
      for (String f : files.names()) {
        java.nio.file.Path p = dir.resolve(f);
        java.nio.file.Files.createDirectories(p.getParent());
        java.nio.file.Files.writeString(p, files.text(f), java.nio.charset.StandardCharsets.UTF_8);
      }
      return dir.resolve(files.main());
    }

    @Test
    void fromFilesAndFromTheClassPath() throws Exception {
      Rulebook fromFiles = se.rjl.patientfees.rules.load.RulebookLoader.load(write(MINIMAL));
      Rulebook fromClassPath = se.rjl.patientfees.rules.load.RulebookLoader.loadResource(getClass().getClassLoader(), "minimal/rulebook.yaml");
      assertThat(fromFiles.feeCodes()).hasSize(5);
      assertThat(fromClassPath.feeCodes()).hasSize(5);
      assertThat(fromClassPath.feeCode("100").orElseThrow().location().file()).isEqualTo("minimal/parts/fee-codes.yaml");
    }

    @Test
    void problemsNameTheFilesAsGivenToTheLoader() throws Exception {
      java.nio.file.Path main = write(MINIMAL.replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: -250\n    countsTowardCap: true"));
      RulebookFiles broken = MINIMAL.replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: -250\n    countsTowardCap: true");
      Location at = broken.at(FEES, "-250");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> se.rjl.patientfees.rules.load.RulebookLoader.load(main))
          .isInstanceOfSatisfying(se.rjl.patientfees.rules.yaml.RulebookException.class, e -> assertThat(e.problems()).containsExactly(
              problem(new Location(main.getParent().resolve(FEES).toString(), at.line(), at.column()), "negative-amount",
                  "feeCodes[0].amount must not be negative, not -250")));
    }

    @Test
    void missingMainFile() {
      java.nio.file.Path nowhere = dir.resolve("2027.yaml");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> se.rjl.patientfees.rules.load.RulebookLoader.load(nowhere))
          .isInstanceOfSatisfying(se.rjl.patientfees.rules.yaml.RulebookException.class, e -> {
            assertThat(e.problems()).extracting(Problem::kind).containsExactly("unreadable-file");
            assertThat(e.problems().get(0).location()).isEqualTo(Location.ofFile(nowhere.toString()));
          });
    }

    @Test
    void partNamesThatAreNoPathAreProblemsNotCrashes() throws Exception {
      java.nio.file.Path main = write(MINIMAL.replace(MAIN, "  - parts/sections.yaml\n", "  - parts/sections.yaml\n  - \"parts/a\\0b.yaml\"\n"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> se.rjl.patientfees.rules.load.RulebookLoader.load(main))
          .isInstanceOfSatisfying(se.rjl.patientfees.rules.yaml.RulebookException.class, e -> {
            assertThat(e.problems()).extracting(Problem::kind).containsExactly("unreadable-part");
            assertThat(e.problems().get(0).location().line()).isEqualTo(19);
          });
    }

    @Test
    void partThatIsNotUtf8() throws Exception {
      java.nio.file.Path main = write(MINIMAL);
      java.nio.file.Files.write(main.getParent().resolve(SECTIONS), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> se.rjl.patientfees.rules.load.RulebookLoader.load(main))
          .isInstanceOfSatisfying(se.rjl.patientfees.rules.yaml.RulebookException.class,
              e -> assertThat(e.problems()).extracting(Problem::kind).containsExactly("unreadable-part"));
    }
  }

  @Nested
  class All {
    @Test
    void everyReadingProblemOfEveryFileInOneException() {
      RulebookFiles b = MINIMAL
          .replace(MAIN, "    description: \"Högsta slutenvårdsavgift per vårddag\"", "    descripton: \"Högsta slutenvårdsavgift per vårddag\"")
          .replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: -250\n    countsTowardCap: true")
          .replace(FEES, "{service: visit, profession: doctor, age: child}", "{service: visit, profession: doctr, age: child}")
          .replace(SECTIONS, "    net: 248\n", "    net: 248.001\n")
          .replace(SECTIONS, "    kind: fee\n", "    kind: fees\n");
      assertThat(b.problems()).containsExactly(
          problem(b.at(MAIN, "descripton"), "unknown-key", "unknown key 'descripton' in constants.inpatient-day-max (did you mean 'description'?)"),
          problem(b.at(FEES, "-250"), "negative-amount", "feeCodes[0].amount must not be negative, not -250"),
          problem(b.at(FEES, "doctr"), "unknown-value",
              "feeCodes[1].match[0].profession: 'doctr' is not one of doctor, treatment, psychologist (did you mean 'doctor'?)"),
          problem(b.at(SECTIONS, "248.001"), "sub-ore-amount", "certificates[0].net has more than two decimals (öre): 248.001"),
          problem(b.at(SECTIONS, "fees"), "unknown-value",
              "aids[0].kind: 'fees' is not one of fee, percent-of-price, grant, percent-grant, own-responsibility (did you mean 'fee'?)"));
    }

    @Test
    void everyValidationProblemInOneException() {
      // Two rows that state amounts their formulas do not give: both problems in one exception.
      RulebookFiles real = RulebookFiles.real();
      RulebookFiles b = real.replace("2026/fee-codes.yaml",
          "    product: \"Uteblivet besök, sjukvårdande behandling, ej meddelat återbud, tolk\"\n",
          "    product: \"Uteblivet besök, sjukvårdande behandling, ej meddelat återbud, tolk\"\n    amount: 570\n")
          .replace("2026/fee-codes.yaml", "    product: \"Läkarbesök, utlandssvensk, planerad vård\"\n",
              "    product: \"Läkarbesök, utlandssvensk, planerad vård\"\n    amount: 790\n");
      List<Problem> problems = b.problems();
      assertThat(problems).extracting(Problem::kind).containsOnly("formula-mismatch");
      assertThat(problems).hasSize(2);
      assertThat(problems).allSatisfy(p -> assertThat(p.location().file()).isEqualTo("2026/fee-codes.yaml"));
    }

    @Test
    void aConstantIsTypedOnceAndMovesEveryRowItsFormulasName() {
      // Interpreter fee 310 → 320 kr is one edit: the 15 interpreter rows follow (L4355-L4357).
      RulebookFiles b = RulebookFiles.real().replace("2026.yaml", "  interpreter-fee:\n    amount: 310\n", "  interpreter-fee:\n    amount: 320\n");
      var book = b.load();
      assertThat(book.feeCode("610-child-interpreter").orElseThrow().amountOre()).isEqualTo(420_00);
      assertThat(book.feeCode("610-adult-interpreter").orElseThrow().amountOre()).isEqualTo(570_00);
      assertThat(RulebookFiles.real().load().feeCode("610-adult-interpreter").orElseThrow().amountOre()).isEqualTo(560_00);
    }

    @Test
    void readingProblemsComeAloneValidationWaits() {
      // A reading problem and a formula mismatch: the half-read book is not validated, so only the
      // reading problem is reported; fixing it brings up the mismatch.
      RulebookFiles mismatch = MINIMAL.replace(MAIN, "    amount: 780\n", "    amount: 790\n");
      RulebookFiles both = mismatch.replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: -250\n    countsTowardCap: true");
      assertThat(both.problems()).extracting(Problem::kind).containsExactly("negative-amount");
      assertThat(mismatch.problems()).extracting(Problem::kind).containsExactly("formula-mismatch");
    }

    @Test
    void theExceptionMessageListsEveryProblemAsFileLineColumn() {
      RulebookFiles b = MINIMAL
          .replace(FEES, "    amount: 250\n    countsTowardCap: true", "    amount: -250\n    countsTowardCap: true")
          .replace(SECTIONS, "    net: 248\n", "    net: 248.001\n");
      String message = catchRulebookException(b).getMessage();
      Location neg = b.at(FEES, "-250");
      assertThat(message).isEqualTo("2 problems in the rulebook:\n"
          + FEES + ":" + neg.line() + ":" + neg.column() + ": feeCodes[0].amount must not be negative, not -250 [negative-amount]\n"
          + b.at(SECTIONS, "248.001") + ": certificates[0].net has more than two decimals (öre): 248.001 [sub-ore-amount]");
    }

    private se.rjl.patientfees.rules.yaml.RulebookException catchRulebookException(RulebookFiles b) {
      return org.assertj.core.api.Assertions.catchThrowableOfType(se.rjl.patientfees.rules.yaml.RulebookException.class, b::load);
    }
  }
}
