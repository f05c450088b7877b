package se.rjl.patientfees.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.rjl.patientfees.rules.RulebookFiles.problem;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.rules.load.RulebookLoader;
import se.rjl.patientfees.rules.load.TextFiles;
import se.rjl.patientfees.rules.model.Rulebook;
import se.rjl.patientfees.rules.validate.RulebookIds;
import se.rjl.patientfees.rules.yaml.Location;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * A rulebook that loads can be priced with (issue 16 part 4): duplicate keys in every keyed list,
 * rows no contact reaches, derived amounts that disagree, two books with one id, and files that are
 * not regular files are all refused with file:line:column.
 */
class RulebookSoundnessTest {
  static final RulebookFiles REAL = RulebookFiles.real();
  static final String MAIN = "2026.yaml";
  static final String OUTPATIENT = "2026/outpatient-rules.yaml";
  static final String INPATIENT = "2026/inpatient-and-missed-visits.yaml";
  static final String CERTIFICATES = "2026/certificates-and-copies.yaml";
  static final String GROUPS = "2026/patient-groups.yaml";
  static final String AIDS = "2026/aids.yaml";
  static final String FEES = "2026/fee-codes.yaml";

  /**
   * Inserts {@code copy} (an entry with the key of the list's entry starting {@code original}) just
   * before it, and expects exactly one problem: the original's key is the repeat, the copy is first.
   */
  static void assertDuplicateRefused(String file, String original, String copy, String keyNeedle, String message) {
    RulebookFiles b = REAL.replace(file, original, copy + original);
    Location repeat = valueAt(b, file, original);
    Location first = valueAt(b, file, copy.substring(0, copy.indexOf('\n', copy.indexOf('\n') + 1)));
    assertThat(b.problems()).as("pins E76").containsExactly(problem(repeat, "duplicate-key",
        message + " key '" + keyNeedle + "' is used twice (first at " + first + "); each entry needs its own key"));
  }

  /** Where the value of the first line of {@code needle} ({@code - key: value}) starts. */
  static Location valueAt(RulebookFiles b, String file, String needle) {
    Location at = b.at(file, needle);
    String first = needle.split("\n")[0];
    return new Location(file, at.line(), first.indexOf(": ") + 3);
  }

  /** pins E76 */
  @Nested
  class DuplicateKeys {
    @Test
    void aVaccinationGivenTwice() {
      assertDuplicateRefused(OUTPATIENT, "  - vaccine: influenza\n    title: \"Vaccination mot höstinfluensa",
          "  - vaccine: influenza\n    title: \"Dubblett\"\n    source: L5016\n", "influenza", "vaccination");
    }

    @Test
    void aFreeReasonGivenTwice() {
      assertDuplicateRefused(OUTPATIENT, "  - key: adoption\n    title: \"Adoptionsintyg",
          "  - key: adoption\n    title: \"Dubblett\"\n    source: L5102\n", "adoption", "free reason");
    }

    @Test
    void aPatientGroupGivenTwice() {
      assertDuplicateRefused(GROUPS, "  - key: eu-ees\n    title: \"EU/EES-länderna\"",
          "  - key: eu-ees\n    title: \"Dubblett\"\n    source: L5658\n", "eu-ees", "patient group");
    }

    @Test
    void anInpatientExemptGroupGivenTwice() {
      assertDuplicateRefused(INPATIENT, "    - key: custody\n      title: \"Anhållna",
          "    - key: custody\n      title: \"Dubblett\"\n      source: L4537\n", "custody", "inpatient exempt group");
    }

    @Test
    void anOtherChargeGivenTwice() {
      assertDuplicateRefused(CERTIFICATES, "  - key: blood-grouping\n    title: \"Blodgruppering",
          "  - key: blood-grouping\n    title: \"Dubblett\"\n    amount: 1\n    direction: patient-pays\n    source: L1\n",
          "blood-grouping", "other charge");
    }

    @Test
    void aCertificateGivenTwice() {
      assertDuplicateRefused(CERTIFICATES, "  - key: tariff-a\n    title: \"A. Enkelt intyg",
          "  - key: tariff-a\n    title: \"Dubblett\"\n    net: 100\n    vatPercent: 0\n    gross: 100\n    source: L1\n",
          "tariff-a", "certificate");
    }

    @Test
    void aFreeCertificateGivenTwice() {
      assertDuplicateRefused(CERTIFICATES, "  - key: simple-standard-certificate\n    title: \"Mycket enkla",
          "  - key: simple-standard-certificate\n    title: \"Dubblett\"\n    source: L4639\n",
          "simple-standard-certificate", "free certificate");
    }

    @Test
    void anAidGivenTwice() {
      assertDuplicateRefused(AIDS, "  - key: hearing-aid-child\n    area: \"Hörsel\"",
          "  - key: hearing-aid-child\n    area: \"Dubblett\"\n    title: \"Dubblett\"\n    kind: fee\n    source: L1\n",
          "hearing-aid-child", "aid");
    }

    @Test
    void aCountryNamedTwiceInOneGroup() {
      String eu = "    title: \"EU/EES-länderna\"\n    countries:\n      - \"Belgien\"\n";
      RulebookFiles b = REAL.replace(GROUPS, eu, eu + "      - \"Belgien\" \n");
      Location first = b.at(GROUPS, "\"Belgien\"\n      - \"Belgien\" \n");
      assertThat(b.problems()).containsExactly(problem(b.at(GROUPS, "\"Belgien\" \n"), "duplicate-value",
          "patientGroups[0].countries names 'Belgien' twice (first at " + first + ")"));
    }

    @Test
    void everyKeyedListOfTheRealBookIsUnique() {
      Rulebook book = REAL.load();
      assertThat(book.vaccinations()).extracting(v -> v.vaccine()).doesNotHaveDuplicates();
      assertThat(book.freeReasons()).extracting(v -> v.key()).doesNotHaveDuplicates();
      assertThat(book.otherCharges()).extracting(v -> v.key()).isNotEmpty().doesNotHaveDuplicates();
    }
  }

  /** pins E73 */
  @Nested
  class Reachability {
    static final String OVERRIDING_COPY = "\n  - key: \"440-copy\"\n    code: \"440\"\n    product: \"Dubblett\"\n    amount: 0\n"
        + "    countsTowardCap: false\n    overrides: [\"440\"]\n    source: L3620-L3623\n    match:\n";

    @Test
    void aRowEveryContactOfWhichAnOverridingRowTakesIsRefused() {
      Rulebook real = REAL.load();
      var goods = real.feeCode("440").orElseThrow();
      assertThat(goods.selectors()).hasSize(1);
      String selector = REAL.text(FEES).lines().skip(goods.selectors().get(0).location().line() - 1).findFirst().orElseThrow();
      RulebookFiles b = REAL.with(FEES, REAL.text(FEES) + OVERRIDING_COPY + selector + "\n");
      assertThat(b.problems()).as("pins E73").containsExactly(problem(b.at(FEES, "key: \"440\""), "unreachable-row",
          "row '440' is never used: every contact it matches is taken by '440-copy', which overrides it; narrow them,"
              + " or replace its 'match' with 'unreachableBecause' saying why no contact uses it"));
    }

    @Test
    void aRowAnOverridingRowTakesOnlyInPartStaysReachable() {
      RulebookFiles b = REAL.with(FEES, REAL.text(FEES) + OVERRIDING_COPY
          + "      - {service: goods, profession: doctor, careLevel: primary, setting: clinic, referral: none, urgency: planned}\n");
      assertThat(b.load().feeCode("440-copy")).isPresent();
    }

    @Test
    void twoRowsThatOverrideEachOtherAreRefused() {
      RulebookFiles b = REAL.with(FEES, REAL.text(FEES) + OVERRIDING_COPY
          + "      - {service: goods, profession: doctor, careLevel: primary, setting: clinic, referral: none, urgency: planned}\n")
          .replace(FEES, "    product: \"Varuförsäljning", "    overrides: [\"440-copy\"]\n    product: \"Varuförsäljning");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"440-copy\""), "contradictory",
          "rows '440' and '440-copy' override each other: say which one wins where both match"));
    }

    @Test
    void aRowWithBothMatchAndUnreachableBecauseIsRefused() {
      RulebookFiles b = REAL.replace(FEES, "    product: \"Varuförsäljning",
          "    unreachableBecause: \"x\"\n    product: \"Varuförsäljning");
      assertThat(b.problems()).containsExactly(problem(b.at(FEES, "key: \"440\""), "contradictory",
          "row '440' has both 'match' and 'unreachableBecause': a row is either used or says why it is not"));
    }
  }

  /** pins E72 */
  @Nested
  class DerivedValues {
    static final String FIRST_BAND = "      toDay: 10\n      amount: 130\n";

    @Test
    void aDayBandAboveInpatientDayMaxIsRefused() {
      // L4512-L4513: 130 kr per day for days 1-10; inpatient-day-max says the same 130 kr.
      RulebookFiles b = REAL.replace(INPATIENT, FIRST_BAND, "      toDay: 10\n      amount: 140\n");
      assertThat(b.problems()).as("pins E72").containsExactly(problem(b.at(INPATIENT, "fromDay: 1\n      toDay: 10"), "derived-mismatch",
          "the inpatient day band from day 1 costs 140 kr, more than the constant inpatient-day-max (130 kr),"
              + " the highest inpatient fee per day"));
    }

    @Test
    void aConstantNoDayBandChargesIsRefused() {
      RulebookFiles b = REAL.replace(INPATIENT, FIRST_BAND, "      toDay: 10\n      amount: 120\n");
      assertThat(b.problems()).containsExactly(problem(b.at(MAIN, "amount: 130\n    description: \"Högsta"), "derived-mismatch",
          "constant inpatient-day-max is 130 kr but the highest inpatient day band costs 120 kr:"
              + " the constant is the highest inpatient fee per day"));
    }

    @Test
    void theRealBookAgrees() {
      Rulebook book = REAL.load();
      assertThat(book.constant("inpatient-day-max").orElseThrow().amountOre()).isEqualTo(130_00);
      assertThat(book.inpatient().dayBands()).extracting(d -> d.amountOre()).containsExactly(130_00L, 110_00L);
    }
  }

  /** pins E74 */
  @Nested
  class SameId {
    @Test
    void twoBooksWithOneIdAreRefusedTogetherWhateverTheirDates() {
      Rulebook a = REAL.load();
      Rulebook b = REAL.replace(MAIN, "  validFrom: 2026-01-01\n  validTo: 2026-12-31\n", "  validFrom: 2027-01-01\n  validTo: 2027-12-31\n")
          .load();
      RulebookException e = catchThrowableOfType(RulebookException.class, () -> RulebookIds.requireDistinct(List.of(a, b)));
      Location id = REAL.at(MAIN, "rjl-2026");
      assertThat(e.problems()).as("pins E74").containsExactly(problem(id, "duplicate-rulebook-id",
          "rulebook id 'rjl-2026' (valid 2027-01-01–2027-12-31) is also the id of the rulebook at " + id
              + " (valid 2026-01-01–2026-12-31): rulebooks used together need different ids"));
    }

    @Test
    void booksWithDifferentIdsPass() {
      Rulebook a = REAL.load();
      Rulebook b = REAL.replace(MAIN, "id: rjl-2026", "id: rjl-2027").load();
      RulebookIds.requireDistinct(List.of(a, b));
      assertThat(b.info().id()).isEqualTo("rjl-2027");
    }
  }

  /** The loader reads regular files only, with a size limit checked before reading. pins E71 */
  @Nested
  class Files_ {
    @TempDir Path dir;

    static List<Problem> problemsOf(Path file) {
      RulebookException e = catchThrowableOfType(RulebookException.class,
          () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> RulebookLoader.load(file)));
      assertThat(e).as("loading " + file + " must fail").isNotNull();
      return e.problems();
    }

    @Test
    void devZeroIsRefusedUnread() {
      Path zero = Path.of("/dev/zero");
      assumeTrue(Files.exists(zero), "a system with /dev/zero");
      assertThat(problemsOf(zero)).as("pins E71: only regular files").containsExactly(problem(Location.ofFile("/dev/zero"), "not-a-regular-file",
          "not a regular file (a device, a named pipe or a socket)"));
    }

    @Test
    void aLinkToDevZeroIsRefusedUnread() throws IOException {
      assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
      Path link = Files.createSymbolicLink(dir.resolve("2026.yaml"), Path.of("/dev/zero"));
      assertThat(problemsOf(link)).extracting(Problem::kind).containsExactly("not-a-regular-file");
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaiting() throws Exception {
      Path fifo = mkfifo(dir.resolve("2026.yaml"));
      assertThat(problemsOf(fifo)).containsExactly(problem(Location.ofFile(fifo.toString()), "not-a-regular-file",
          "not a regular file (a device, a named pipe or a socket)"));
    }

    @Test
    void aPartThatIsANamedPipeIsRefusedWithoutWaiting() throws Exception {
      Path main = dir.resolve("2026.yaml");
      Files.writeString(main, REAL.text(MAIN), StandardCharsets.UTF_8);
      Files.createDirectories(dir.resolve("2026"));
      for (String n : REAL.names()) {
        if (!n.equals(MAIN) && !n.equals(FEES)) {
          Files.writeString(dir.resolve(n), REAL.text(n), StandardCharsets.UTF_8);
        }
      }
      mkfifo(dir.resolve(FEES));
      List<Problem> problems = problemsOf(main);
      assertThat(problems).extracting(Problem::kind).containsExactly("unreadable-part");
      assertThat(problems.get(0).message()).isEqualTo(
          "cannot read part '2026/fee-codes.yaml': not a regular file (a device, a named pipe or a socket)");
      assertThat(problems.get(0).location()).isEqualTo(RulebookFiles.locationOfIndex(main.toString(), REAL.text(MAIN),
          REAL.text(MAIN).indexOf("2026/fee-codes.yaml")));
    }

    @Test
    void aFolderIsRefused() {
      assertThat(problemsOf(dir)).containsExactly(problem(Location.ofFile(dir.toString()), "not-a-regular-file",
          "not a regular file (a folder)"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
      Path big = dir.resolve("2026.yaml");
      try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
        f.setLength(TextFiles.MAX_BYTES + 1); // sparse: nothing is written, and nothing may be read
      }
      assertThat(problemsOf(big)).containsExactly(problem(Location.ofFile(big.toString()), "too-large",
          "the file has " + (TextFiles.MAX_BYTES + 1) + " bytes, more than the " + TextFiles.MAX_BYTES
              + " a rulebook file may have"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
      Path latin1 = dir.resolve("2026.yaml");
      Files.write(latin1, "rulebook:\n  title: \"Avgifter f\u00f6r v\u00e5rd\"\n".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(problemsOf(latin1)).containsExactly(problem(Location.ofFile(latin1.toString()), "unreadable-file",
          "the file is not UTF-8 text"));
    }

    @Test
    void theRealBookStillLoadsFromItsFiles() {
      Rulebook book = RulebookLoader.load(RulebookFiles.rulebooksDir().resolve(MAIN));
      assertThat(book.feeCodes()).hasSize(96);
      assertThatThrownBy(() -> RulebookLoader.load(dir.resolve("missing.yaml"))).isInstanceOf(RulebookException.class);
    }

    static Path mkfifo(Path p) throws Exception {
      Process mk;
      try {
        mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      } catch (IOException e) {
        assumeTrue(false, "mkfifo is not available: " + e.getMessage());
        return p;
      }
      assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo made a named pipe");
      return p;
    }
  }
}
