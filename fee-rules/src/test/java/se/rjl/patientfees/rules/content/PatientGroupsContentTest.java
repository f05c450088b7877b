package se.rjl.patientfees.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjl.patientfees.rules.content.Regelbok.book;
import static se.rjl.patientfees.rules.content.Regelbok.lines;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.rules.model.PatientGroup;

/** rulebooks/2026/patient-groups.yaml against the regelbok (seed 002). */
class PatientGroupsContentTest {

  private static PatientGroup group(String key) {
    return book().patientGroup(key).orElseThrow(() -> new AssertionError("no patient group " + key));
  }

  /** A printed enumeration "A, B, C och D." (or "A, B, C, D.") as a list. */
  private static List<String> enumeration(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    t = t.replaceFirst(" och ([^,]+)$", ", $1");
    return Arrays.stream(t.split(", ")).map(String::strip).toList();
  }

  @Test
  void euEesIsTheFullListOf31() {
    // L5492-L5496 "EU/EES-länderna är Belgien, Bulgarien, Cypern, ... Ungern, Österrike." (decision R29)
    String printed = lines(5492, 5496).replaceFirst("^EU/EES-länderna är ", "");
    List<String> expected = enumeration(printed);
    assertThat(expected).hasSize(31);
    assertThat(group("eu-ees").countries()).as("L5492-L5496").hasSize(31).containsExactlyElementsOf(expected);
    assertThat(group("eu-ees").countries()).contains("Sverige", "Schweiz (EES-avtal gäller)", "Finland (inkl Åland)", "Cypern");
  }

  @Test
  void euCountryTableAsPrinted() {
    // L5625-L5632, the table row: 20 entries, "Lichtenstein" as printed, without Cypern, Irland, Malta,
    // Slovakien, Slovenien, Tjeckien and the Nordic countries.
    List<String> expected = enumeration(lines(5625, 5632));
    assertThat(expected).hasSize(20).contains("Lichtenstein");
    assertThat(group("eu-country-table").countries()).as("L5625-L5632").containsExactlyElementsOf(expected);
    assertThat(group("eu-country-table").countries())
        .doesNotContain("Cypern", "Irland", "Malta", "Slovakien", "Slovenien", "Tjeckien", "Danmark", "Sverige");
  }

  @Test
  void nordic() {
    // L5663-L5664 "Danmark, Finland, Island och Norge"
    assertThat(group("nordic").countries()).as("L5663-L5664").containsExactlyElementsOf(enumeration(lines(5663, 5664)));
    assertThat(group("nordic").countries()).containsExactly("Danmark", "Finland", "Island", "Norge");
    // L5570 "Danmark, Norge, Island, Finland och Sverige tillhör den Nordiska konventionen."
    assertThat(group("nordic-convention").countries())
        .as("L5570")
        .containsExactlyElementsOf(enumeration(lines(5570, 5570).replaceFirst(" tillhör den Nordiska konventionen\\.", "")));
  }

  @Test
  void uk() {
    // L5677-L5680 "Förenade kungariket Storbritannien och Nordirland (UK) – omfattar även Skottland och Wales"
    assertThat(lines(5677, 5680).replaceAll("\\s+", " ")).contains("Förenade kungariket Storbritannien och Nordirland", "Skottland och Wales");
    assertThat(group("uk").countries()).containsExactly("Förenade kungariket Storbritannien och Nordirland", "Skottland", "Wales");
  }

  @Test
  void conventionCountries() {
    // L5569 "Konventionsländerna är Algeriet, Australien, Québec och Israel."
    List<String> printed = enumeration(lines(5569, 5569).replaceFirst("^Konventionsländerna är ", ""));
    assertThat(group("convention").countries()).as("L5569").containsExactlyElementsOf(printed);
    assertThat(printed).containsExactly("Algeriet", "Australien", "Québec", "Israel");
  }

  @Test
  void swedesAbroadPayingFullCostForPlannedCare() {
    // L5784-L5785 "Utlandssvenskar bosatta i Kanada, Nya Zeeland, USA, Monaco eller Andorra"
    assertThat(lines(5784, 5785).replaceAll("\\s+", " ")).contains("Kanada, Nya Zeeland, USA, Monaco eller Andorra");
    assertThat(group("swede-abroad-full-cost").countries()).containsExactly("Kanada", "Nya Zeeland", "USA", "Monaco", "Andorra");
    // L5788 "För planerad sjukvård betalar patienten hela vårdkostnaden själv."
    assertThat(lines(5788, 5788)).contains("hela vårdkostnaden själv");
  }

  @Test
  void everyCountryIsPrintedInItsSource() {
    for (PatientGroup g : book().patientGroups()) {
      String text = lines(g.source()).replaceAll("\\s+", " ");
      for (String c : g.countries()) {
        assertThat(text).as(g.key() + ": '" + c + "' in " + g.source().cite()).contains(c);
      }
    }
    assertThat(book().patientGroups()).extracting(PatientGroup::key)
        .containsExactly(
            "eu-ees", "eu-country-table", "nordic", "nordic-convention", "uk", "convention", "swede-abroad-full-cost",
            "child-health-exam-normally-not-needed");
  }
}
