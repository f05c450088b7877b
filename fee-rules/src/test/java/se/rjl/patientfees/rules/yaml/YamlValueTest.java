package se.rjl.patientfees.rules.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.AgeSemantics;
import se.rjl.patientfees.rules.model.AidItem;
import se.rjl.patientfees.rules.model.Basis;
import se.rjl.patientfees.rules.model.Event;
import se.rjl.patientfees.rules.model.Level;
import se.rjl.patientfees.rules.model.Profession;
import se.rjl.patientfees.rules.model.Referral;
import se.rjl.patientfees.rules.model.Service;
import se.rjl.patientfees.rules.model.Setting;
import se.rjl.patientfees.rules.model.Tariff;
import se.rjl.patientfees.rules.model.Urgency;

/** The typed accessors of {@link YamlValue}: values, problems with places, paths, kebab names. */
class YamlValueTest {
  private final Problems problems = new Problems();

  /** The value of {@code key} in the one-line document {@code key: value}. */
  private YamlValue value(String yaml) {
    YamlValue root = YamlParser.parse("t.yaml", yaml, problems);
    assertThat(root).as(problems.list().toString()).isNotNull();
    return root.mapping().optional("v");
  }

  private <T> T read(String text, Function<YamlValue, T> accessor) {
    return accessor.apply(value("v: " + text + "\n"));
  }

  private Integer integer(String text) {
    return value("v: " + text + "\n").integer(1, 60);
  }

  private List<Level> levels(String text) {
    return value("v: " + text + "\n").enumList(Level.class);
  }

  private Event event(String text) {
    return value("v: " + text + "\n").enumValue(Event.class);
  }

  private Problem only() {
    assertThat(problems.list()).hasSize(1);
    return problems.list().get(0);
  }

  @Test
  void amountsAreExactOre() {
    assertThat(read("250", YamlValue::amountInOre)).isEqualTo(25_000L);
    assertThat(read("937.50", YamlValue::amountInOre)).isEqualTo(93_750L);
    assertThat(read("0.01", YamlValue::amountInOre)).isEqualTo(1L);
    assertThat(read("1_450", YamlValue::amountInOre)).isEqualTo(145_000L);
    assertThat(read("1.5000", YamlValue::amountInOre)).isEqualTo(150L);
    assertThat(read("100000000", YamlValue::amountInOre)).isEqualTo(10_000_000_000L);
    assertThat(read("\"250\"", YamlValue::amountInOre)).as("a quoted number is read too").isEqualTo(25_000L);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void badAmountsAreProblemsWithPlaces() {
    assertThat(read("-1", YamlValue::amountInOre)).isNull();
    assertThat(only()).isEqualTo(new Problem(new Location("t.yaml", 1, 4), "negative-amount", "v must not be negative, not -1"));
  }

  @Test
  void amountsWithMoreThanTwoDecimals() {
    assertThat(read("0.001", YamlValue::amountInOre)).isNull();
    assertThat(only().message()).isEqualTo("v has more than two decimals (öre): 0.001");
  }

  @Test
  void amountsBeyondAHundredMillion() {
    assertThat(read("100000000.01", YamlValue::amountInOre)).isNull();
    assertThat(only().message()).isEqualTo("v is implausibly large: 100000000.01 kr");
  }

  @Test
  void hugeExponentsAreRefusedQuickly() {
    long start = System.nanoTime();
    assertThat(read("1e999999999", YamlValue::amountInOre)).isNull();
    assertThat(read("-1e999999999", YamlValue::amountInOre)).isNull();
    assertThat(read("1e-999999999", YamlValue::amountInOre)).isNull();
    assertThat(read("0e999999999", YamlValue::amountInOre)).isEqualTo(0L);
    assertThat(read("1" + "0".repeat(100_000), YamlValue::amountInOre)).isNull();
    assertThat(read("0." + "0".repeat(100_000), YamlValue::amountInOre)).isNull();
    assertThat(problems.list()).extracting(Problem::kind)
        .containsExactly("out-of-range", "negative-amount", "sub-ore-amount", "out-of-range", "out-of-range");
    assertThat(problems.list()).allSatisfy(p -> assertThat(p.message().length()).isLessThan(120));
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
  }

  @Test
  void notANumber() {
    assertThat(read(".inf", YamlValue::amountInOre)).isNull();
    assertThat(read("0x10", YamlValue::amountInOre)).isNull();
    assertThat(read("[1, 2]", YamlValue::amountInOre)).isNull();
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "v must be a number, not '.inf'", "v must be a number, not '0x10'", "v must be a number, but is a list");
  }

  @Test
  void wholeNumbersInRange() {
    assertThat(integer("12")).isEqualTo(12);
    assertThat(integer("61")).isNull();
    assertThat(integer("12.5")).isNull();
    assertThat(integer("99999999999999999999")).isNull();
    assertThat(problems.list()).extracting(Problem::kind, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("out-of-range", "v must be between 1 and 60, not 61"),
        org.assertj.core.groups.Tuple.tuple("wrong-type", "v must be a whole number, not '12.5'"),
        org.assertj.core.groups.Tuple.tuple("wrong-type", "v must be a whole number, not '99999999999999999999'"));
  }

  @Test
  void textsBooleansAndDates() {
    assertThat(read("\"Läkarbesök\"", YamlValue::text)).isEqualTo("Läkarbesök");
    assertThat(read("true", YamlValue::bool)).isTrue();
    assertThat(read("false", YamlValue::bool)).isFalse();
    assertThat(read("2026-01-01", YamlValue::date)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(problems.isEmpty()).isTrue();
    assertThat(read("\"  \"", YamlValue::text)).isNull();
    assertThat(read("yes", YamlValue::bool)).isNull();
    assertThat(read("2026-02-30", YamlValue::date)).isNull();
    assertThat(read("{a: 1}", YamlValue::text)).isNull();
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "v must not be empty", "v must be true or false, not 'yes'", "v must be a date written YYYY-MM-DD, not '2026-02-30'",
        "v must be a text, but is a mapping");
  }

  @Test
  void anEmptyValueIsAbsent() {
    YamlValue.Mapping m = YamlParser.parse("t.yaml", "a:\nb: ~\nc: null\n", problems).mapping();
    assertThat(m.optional("a")).isNull();
    assertThat(m.optional("b")).isNull();
    assertThat(m.optional("c")).isNull();
    assertThat(m.has("a")).isTrue();
    assertThat(m.required("d")).isNull();
    assertThat(only()).isEqualTo(new Problem(new Location("t.yaml", 1, 1), "missing-key", "(root) needs the key 'd'"));
  }

  @Test
  void pathsAndPlacesOfNestedValues() {
    YamlValue root = YamlParser.parse("t.yaml", "feeCodes:\n  - key: a\n  - key: b\n    amount: x\n", problems);
    YamlValue second = root.mapping().optional("feeCodes").list().get(1);
    YamlValue amount = second.mapping().optional("amount");
    assertThat(second.path()).isEqualTo("feeCodes[1]");
    assertThat(amount.path()).isEqualTo("feeCodes[1].amount");
    assertThat(second.location()).isEqualTo(new Location("t.yaml", 3, 5));
    assertThat(amount.location()).isEqualTo(new Location("t.yaml", 4, 13));
    assertThat(amount.amountInOre()).isNull();
    assertThat(only()).isEqualTo(new Problem(new Location("t.yaml", 4, 13), "wrong-type", "feeCodes[1].amount must be a number, not 'x'"));
  }

  @Test
  void unknownKeysAreReportedByFinishWithASuggestion() {
    YamlValue.Mapping m = YamlParser.parse("t.yaml", "amount: 1\nsorce: L1\nzzz: 2\n", problems).mapping();
    m.required("amount");
    m.optional("source");
    m.finish();
    assertThat(problems.list()).containsExactly(
        new Problem(new Location("t.yaml", 2, 1), "unknown-key", "unknown key 'sorce' in (root) (did you mean 'source'?)"),
        new Problem(new Location("t.yaml", 3, 1), "unknown-key", "unknown key 'zzz' in (root)"));
  }

  @Test
  void duplicateAndNonScalarKeys() {
    YamlValue.Mapping m = YamlParser.parse("t.yaml", "a: 1\nb: 2\na: 3\n? [x]\n: 4\n", problems).mapping();
    assertThat(m.keys()).containsExactly("a", "b");
    assertThat(m.optional("a").integer(0, 9)).as("the first one counts").isEqualTo(1);
    assertThat(m.keyLocation("b")).isEqualTo(new Location("t.yaml", 2, 1));
    assertThat(problems.list()).containsExactly(
        new Problem(new Location("t.yaml", 3, 1), "duplicate-key", "key 'a' appears twice in (root)"),
        new Problem(new Location("t.yaml", 4, 3), "wrong-type", "a key must be a plain word"));
  }

  @Test
  void oneValueReadsAsAListOfOne() {
    assertThat(levels("primary")).containsExactly(Level.PRIMARY);
    assertThat(levels("[primary, specialist]")).containsExactly(Level.PRIMARY, Level.SPECIALIST);
    assertThat(read("[a, b]", YamlValue::textList)).containsExactly("a", "b");
    assertThat(read("a", YamlValue::list)).isEmpty();
    assertThat(only().message()).isEqualTo("v must be a list (lines starting with '- '), but is 'a'");
  }

  @Test
  void enumNamesAreKebabCaseAndReadBack() {
    assertThat(YamlValue.kebab(Level.PRIMARY_OUT_OF_HOURS)).isEqualTo("primary-out-of-hours");
    assertThat(YamlValue.kebab(Service.FULL_COST_PROCEDURE)).isEqualTo("full-cost-procedure");
    assertThat(YamlValue.kebab(AgeSemantics.CALENDAR_YEAR)).isEqualTo("calendar-year");
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Service.class, Event.class, Profession.class, Level.class,
        Tariff.class, Basis.class, Setting.class, Referral.class, Urgency.class, AgeSemantics.class, AidItem.AidKind.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        String kebab = YamlValue.kebab(e);
        assertThat(kebab).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(readEnum(kebab, type)).isSameAs(e);
      }
    }
    assertThat(problems.isEmpty()).isTrue();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object readEnum(String text, Class type) {
    return read(text, v -> v.enumValue(type));
  }

  @Test
  void unknownEnumValueListsTheChoicesAndSuggests() {
    assertThat(event("walk-in")).isNull();
    assertThat(event("late_canceled")).isNull();
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "v: 'walk-in' is not one of attended, missed, late-cancelled, cancelled-by-unit",
        "v: 'late_canceled' is not one of attended, missed, late-cancelled, cancelled-by-unit (did you mean 'late-cancelled'?)");
  }

  @Test
  void parserProblems() {
    assertThat(YamlParser.parse("t.yaml", "", problems)).isNull();
    assertThat(YamlParser.parse("t.yaml", "# only a comment\n", problems)).isNull();
    assertThat(YamlParser.parse("t.yaml", "a: 1\n---\nb: 2\n", problems)).isNull();
    assertThat(YamlParser.parse("t.yaml", "a: &x 1\nb: *x\n", problems)).isNull();
    assertThat(YamlParser.parse("t.yaml", "a: 1\nb: \u0007\n", problems)).isNull();
    assertThat(problems.list()).extracting(Problem::kind)
        .containsExactly("empty-file", "empty-file", "yaml-syntax", "alias", "yaml-syntax");
    assertThat(problems.list().get(3).location()).isEqualTo(new Location("t.yaml", 2, 4));
    assertThat(problems.list().get(4)).isEqualTo(
        new Problem(new Location("t.yaml", 2, 4), "yaml-syntax", "not valid YAML: the character U+0007 is not allowed"));
  }

  @Test
  void problemsAreCappedSoABrokenFileStaysReadable() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      sb.append("k").append(i).append(": 1\n");
    }
    YamlParser.parse("t.yaml", sb.toString(), problems).mapping().finish();
    assertThat(problems.size()).isEqualTo(Problems.MAX);
  }
}
