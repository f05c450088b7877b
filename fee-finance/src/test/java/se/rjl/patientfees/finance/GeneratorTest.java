package se.rjl.patientfees.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.finance.generate.VisitGenerator;

class GeneratorTest {
  static String generate(long seed, int patients, VisitGenerator.Format format) throws Exception {
    StringWriter w = new StringWriter();
    new VisitGenerator(seed, patients, 2026).write(w, format, n -> {});
    return w.toString();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
    // One SplitMix64 stream per patient, byte-identical output.
    String a = generate(7, 1500, VisitGenerator.Format.CSV);
    String b = generate(7, 1500, VisitGenerator.Format.CSV);
    String c = generate(8, 1500, VisitGenerator.Format.CSV);
    assertThat(a.getBytes(java.nio.charset.StandardCharsets.UTF_8)).as("pins E34: same seed, byte-identical output")
        .isEqualTo(b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(c).isNotEqualTo(a);
    assertThat(generate(7, 1500, VisitGenerator.Format.JSONL)).isEqualTo(generate(7, 1500, VisitGenerator.Format.JSONL));
    // Each patient has their own stream: a larger file starts with the smaller one.
    assertThat(generate(7, 3000, VisitGenerator.Format.CSV)).startsWith(a);
  }

  @Test
  void isSortedByPatientThenTimeAndHasARealisticMix() throws Exception {
    List<String> lines = generate(11, 4000, VisitGenerator.Format.CSV).lines().toList();
    assertThat(lines.get(0)).startsWith("patientId,birthDate,residence,euCard,conventionCountry,swedeAbroadGroup,at,careUnit,kind,");
    List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    for (int i = 1; i < rows.size(); i++) {
      String[] p = rows.get(i - 1);
      String[] r = rows.get(i);
      int byPatient = p[0].compareTo(r[0]);
      assertThat(byPatient).isLessThanOrEqualTo(0);
      if (byPatient == 0) {
        assertThat(p[6].compareTo(r[6])).isLessThanOrEqualTo(0);
      }
      assertThat(r[6]).startsWith("2026-");
      assertThat(r[1].compareTo(r[6].substring(0, 10))).isLessThan(0);
    }
    // About 8 contacts per person (370 000 people, about 3 million contacts).
    assertThat(rows.size() / 4000.0).isBetween(6.5, 10.0);
    Map<String, Integer> residence = count(rows, 2);
    Map<String, Integer> kinds = count(rows, 8);
    Map<String, Integer> units = count(rows, 7);
    Map<String, Integer> events = count(rows, 14);
    assertThat(residence.get("county-resident") * 1.0 / rows.size()).isGreaterThan(0.9);
    assertThat(residence.keySet()).contains("other-region-resident", "eu-ees", "asylum-seeker", "swede-abroad");
    assertThat(kinds.keySet()).contains("physical-visit", "qualified-distance", "interim-sampling",
        "prescription-without-visit", "vaccination", "home-visit");
    assertThat(units.keySet()).contains("primary-care", "specialist-care", "emergency-department", "narakut", "eye-care");
    assertThat(events.keySet()).contains("attended", "missed", "late-cancelled");
    assertThat(events.get("missed") * 1.0 / rows.size()).isBetween(0.005, 0.04);
    // Ages follow a population pyramid: children and the elderly are both there.
    long children = rows.stream().filter(r -> r[1].compareTo("2006-12-31") > 0).map(r -> r[0]).distinct().count();
    long aged85 = rows.stream().filter(r -> r[1].compareTo("1941-12-31") < 0).map(r -> r[0]).distinct().count();
    assertThat(children).isPositive();
    assertThat(aged85).isPositive();
  }

  private static Map<String, Integer> count(List<String[]> rows, int column) {
    Map<String, Integer> m = new TreeMap<>();
    for (String[] r : rows) {
      m.merge(r[column], 1, Integer::sum);
    }
    return m;
  }
}
