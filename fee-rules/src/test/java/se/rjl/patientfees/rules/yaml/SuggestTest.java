package se.rjl.patientfees.rules.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.testkit.Gen;
import se.rjl.patientfees.testkit.Property;

/** "Did you mean …?": the edit distance and the suggestion built on it. */
class SuggestTest {
  static final List<String> KEYS = List.of("amount", "source", "countsTowardCap", "description", "validFrom", "validTo");

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndTranspositions() {
    assertThat(Suggest.distance("", "")).isZero();
    assertThat(Suggest.distance("amount", "amount")).isZero();
    assertThat(Suggest.distance("amout", "amount")).isEqualTo(1); // deletion
    assertThat(Suggest.distance("amounts", "amount")).isEqualTo(1); // insertion
    assertThat(Suggest.distance("amoint", "amount")).isEqualTo(1); // substitution
    assertThat(Suggest.distance("amuont", "amount")).isEqualTo(1); // transposition
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggest.distance("", "abc")).isEqualTo(3);
    // optimal string alignment: a transposed pair is not edited again
    assertThat(Suggest.distance("ca", "abc")).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestKnownKey() {
    assertThat(Suggest.didYouMean("amout", KEYS)).isEqualTo(" (did you mean 'amount'?)");
    assertThat(Suggest.didYouMean("sorce", KEYS)).isEqualTo(" (did you mean 'source'?)");
    assertThat(Suggest.didYouMean("validfrom", KEYS)).as("case is ignored").isEqualTo(" (did you mean 'validFrom'?)");
    assertThat(Suggest.didYouMean("countTowardsCap", KEYS)).isEqualTo(" (did you mean 'countsTowardCap'?)");
    assertThat(Suggest.didYouMean("descripton", KEYS)).isEqualTo(" (did you mean 'description'?)");
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(Suggest.didYouMean("zebra", KEYS)).isEmpty();
    assertThat(Suggest.didYouMean("amount", List.of())).isEmpty();
    // short words tolerate two edits, longer ones a third of their length
    assertThat(Suggest.didYouMean("ab", List.of("xy"))).isEqualTo(" (did you mean 'xy'?)");
    assertThat(Suggest.didYouMean("abc", List.of("xyz"))).isEmpty();
    assertThat(Suggest.didYouMean("abcdefghi", List.of("abcxyzghi"))).isEqualTo(" (did you mean 'abcxyzghi'?)");
    assertThat(Suggest.didYouMean("abcdefghi", List.of("abwxyzghi"))).isEmpty();
  }

  @Test
  void suggestsEnumValuesInKebabCase() {
    List<String> levels = List.of("primary", "primary-out-of-hours", "specialist", "dental");
    assertThat(Suggest.didYouMean("primary-out-of-hour", levels)).isEqualTo(" (did you mean 'primary-out-of-hours'?)");
    assertThat(Suggest.didYouMean("specialst", levels)).isEqualTo(" (did you mean 'specialist'?)");
    assertThat(Suggest.didYouMean("dentl", levels)).isEqualTo(" (did you mean 'dental'?)");
  }

  static final Gen<String> WORDS =
      Gen.listOf(Gen.elements(List.of('a', 'b', 'c', 'd', '-')), 0, 10).map(cs -> {
        StringBuilder sb = new StringBuilder();
        cs.forEach(sb::append);
        return sb.toString();
      });

  @Test
  void distanceIsAMetricLikeMeasure() {
    Property.forAll(Gen.combine(WORDS, WORDS, List::of)).cases(2000).check(p -> {
      String a = p.get(0);
      String b = p.get(1);
      int d = Suggest.distance(a, b);
      assertThat(d).isEqualTo(Suggest.distance(b, a));
      assertThat(d == 0).isEqualTo(a.equals(b));
      assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    });
  }

  @Test
  void oneEditIsAlwaysSuggested() {
    Gen<List<Object>> edits = Gen.combine(WORDS.filter(w -> w.length() >= 1), Gen.ints(0, 3), Gen.ints(0, 100), List::of);
    Property.forAll(edits).cases(1000).check(e -> {
      String word = (String) e.get(0);
      int kind = (Integer) e.get(1);
      int at = (Integer) e.get(2) % word.length();
      String typo = switch (kind) {
        case 0 -> word.substring(0, at) + word.substring(at + 1); // deletion
        case 1 -> word.substring(0, at) + "x" + word.substring(at); // insertion
        case 2 -> word.substring(0, at) + "x" + word.substring(at + 1); // substitution
        default -> at + 1 < word.length()
            ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
            : word + "x";
      };
      assertThat(Suggest.distance(typo, word)).isLessThanOrEqualTo(1);
      assertThat(Suggest.didYouMean(typo, Set.of(word))).isEqualTo(" (did you mean '" + word + "'?)");
    });
  }
}
