package se.rjl.patientfees.dental.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/** Strict loading: every mistake is a located problem, and a list with any problem never loads. */
class PriceListLoaderTest {
  static final String HEAD = """
      priceList:
        id: test-2024
        title: Test
        region: Region Jönköpings län
        validFrom: 2024-01-01
        validTo: 2024-12-31
        currency: SEK
        document: 000_660bf81ab5a4a909.txt
        source: L6273-L7154
      rows:
        - key: allman-101
          area: general
          provider: external
          category: "Us,riskbedömn och hälsofr åtg"
          code: "101"
          text: "Basundersökning, utförd av tandläkare"
          price: 1095
          referencePrice: 970
          source: L6286
        - key: allman-a19
          area: general
          provider: internal
          code: "A19"
          text: "Ersättning för uteblivande/sent återbud."
          price: 250
          source: L7091-L7093
      """;

  static final String FEES = """
      patientFees:
        - key: asylum
          kind: asylum
          row: allman-a19
          source: L7080
      """;

  static PriceList load(String text) {
    return PriceListLoader.read("test.yaml", text);
  }

  static List<Problem> problems(String text) {
    try {
      load(text);
    } catch (RulebookException e) {
      return e.problems();
    }
    throw new AssertionError("loaded although it should not");
  }

  @Test
  void aSmallListLoads() {
    PriceList list = load(HEAD + FEES);
    assertThat(list.rows()).hasSize(2);
    assertThat(list.row("allman-101").orElseThrow().referencePriceOre()).isEqualTo(97_000L);
    assertThat(list.row("allman-a19").orElseThrow().referencePriceOre()).isNull();
    assertThat(list.row("allman-a19").orElseThrow().unit()).isEqualTo(PriceUnit.EACH);
    assertThat(list.row("allman-101").orElseThrow().source().cite()).isEqualTo("L6286");
    assertThat(list.row("allman-101").orElseThrow().location().line()).isEqualTo(11);
  }

  @Test
  void loadsFromAFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, HEAD + FEES, StandardCharsets.UTF_8);
    assertThat(PriceListLoader.load(f).info().id()).isEqualTo("test-2024");
    Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    assertThatThrownBy(() -> PriceListLoader.load(f)).isInstanceOf(RulebookException.class).hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> PriceListLoader.load(dir.resolve("missing.yaml")))
        .isInstanceOf(RulebookException.class).hasMessageContaining("cannot read");
  }

  @Test
  void unknownKeySuggestsTheNearest() {
    List<Problem> p = problems((HEAD + FEES).replace("    referencePrice: 970", "    referencePris: 970"));
    assertThat(p).anySatisfy(x -> {
      assertThat(x.kind()).isEqualTo("unknown-key");
      assertThat(x.message()).contains("did you mean 'referencePrice'?");
      assertThat(x.location()).hasToString("test.yaml:18:5");
    });
    // and the external row without a reference price is a problem of its own
    assertThat(p).extracting(Problem::kind).contains("missing-reference-price");
  }

  @Test
  void wrongTypesAndNegativeAmounts() {
    List<Problem> p = problems((HEAD + FEES)
        .replace("price: 1095", "price: mycket")
        .replace("price: 250", "price: -250")
        .replace("validTo: 2024-12-31", "validTo: 31/12/2024")
        .replace("area: general\n    provider: internal", "area: allman\n    provider: internal"));
    assertThat(p).extracting(Problem::kind)
        .contains("wrong-type", "negative-amount", "unknown-value");
    assertThat(p).extracting(Problem::toString)
        .anyMatch(s -> s.startsWith("test.yaml:17:12") && s.contains("must be a number"))
        .anyMatch(s -> s.contains("must not be negative"))
        .anyMatch(s -> s.contains("'allman' is not one of general, specialist, unspecified"));
  }

  @Test
  void missingSourcesAndKeys() {
    List<Problem> p = problems((HEAD + FEES).replace("    source: L6286\n", "").replace("    text: \"Ersättning för uteblivande/sent återbud.\"\n", ""));
    assertThat(p).extracting(Problem::message)
        .anyMatch(m -> m.contains("rows[0] needs the key 'source'"))
        .anyMatch(m -> m.contains("rows[1] needs the key 'text'"));
    assertThat(problems((HEAD + FEES).replace("source: L6286", "source: rad 6286")))
        .extracting(Problem::kind).containsExactly("bad-source");
    assertThat(problems(HEAD)).extracting(Problem::message).anyMatch(m -> m.contains("needs the key 'patientFees'"));
  }

  @Test
  void referencePriceOnlyOnExternalRows() {
    assertThat(problems((HEAD + FEES).replace("    price: 250\n", "    price: 250\n    referencePrice: 200\n")))
        .extracting(Problem::kind).containsExactly("unexpected-reference-price");
    assertThat(problems((HEAD + FEES).replace("referencePrice: 970", "referencePrice:")))
        .extracting(Problem::message).anyMatch(m -> m.contains("needs referencePrice (a number, not empty)"));
  }

  @Test
  void duplicateKeysAndCodes() {
    String again = """
          - key: allman-101
            area: general
            provider: external
            code: "101"
            text: "Basundersökning, utförd av tandläkare"
            price: 1095
            referencePrice: 970
            source: L6286
        """;
    List<Problem> p = problems(HEAD + again + FEES);
    assertThat(p).extracting(Problem::kind).containsExactlyInAnyOrder("duplicate-key", "duplicate-code");
    assertThat(p).extracting(Problem::toString)
        .anyMatch(s -> s.startsWith("test.yaml:27:5") && s.contains("already used by the row at line 11"))
        .anyMatch(s -> s.contains("write repeatOf: allman-101"));

    String repeat = again.replace("key: allman-101", "key: allman-101-2").replace("    code: \"101\"", "    code: \"101\"\n    repeatOf: allman-101");
    assertThat(load(HEAD + repeat + FEES).rows()).hasSize(3);
    assertThat(problems(HEAD + repeat.replace("repeatOf: allman-101", "repeatOf: allman-a19") + FEES))
        .extracting(Problem::message).anyMatch(m -> m.contains("repeatOf must name the first row with that code, 'allman-101'"));
    // the same code in another area is no duplicate
    String specialist = again.replace("key: allman-101", "key: spec-101").replace("area: general", "area: specialist");
    assertThat(load(HEAD + specialist + FEES).rows()).hasSize(3);
  }

  @Test
  void newRowsMustSayNy() {
    String ny = """
          - key: ny-receptforskrivning
            area: unspecified
            provider: unspecified
            code: "Ny"
            text: "Receptförskrivning"
            price: 100
            source: L7079
        """;
    assertThat(problems(HEAD + ny + FEES)).extracting(Problem::kind).containsExactly("bad-new-row");
    String marked = ny.replace("    code: \"Ny\"", "    code: \"Ny\"\n    newRow: true");
    assertThat(load(HEAD + marked + FEES).row("ny-receptforskrivning").orElseThrow().newRow()).isTrue();
    // two "Ny" rows are no duplicate codes
    assertThat(load(HEAD + marked + marked.replace("ny-receptforskrivning", "ny-annan") + FEES).rows()).hasSize(4);
    assertThat(problems(HEAD + marked.replace("area: unspecified", "area: general") + FEES))
        .extracting(Problem::kind).containsExactly("bad-unspecified");
  }

  @Test
  void patientFeesAreChecked() {
    assertThat(problems(HEAD + FEES.replace("row: allman-a19", "row: allman-a91")))
        .extracting(Problem::message).anyMatch(m -> m.contains("names the row 'allman-a91'") && m.contains("did you mean 'allman-a19'?"));
    String missed = """
          - key: missed-child
            kind: missed-visit
            chargedBy: treatment-price
            age: {until: 18, by: birthday, source: L7092-L7093}
            row: allman-a19
            source: L7091-L7093
        """;
    List<Problem> gap = problems(HEAD + FEES + missed);
    assertThat(gap).extracting(Problem::kind).containsExactly("patient-fee-gap");
    assertThat(gap.get(0).message()).contains("age 18");
    String adult = missed.replace("missed-child", "missed-adult").replace("until: 18", "from: 17");
    assertThat(problems(HEAD + FEES + missed + adult)).extracting(Problem::kind).containsExactly("overlapping-fees");
    assertThat(load(HEAD + FEES + missed + adult.replace("from: 17", "from: 18")).patientFees()).hasSize(3);
    assertThat(problems(HEAD + FEES + missed.replace("    chargedBy: treatment-price\n", "")))
        .extracting(Problem::message).anyMatch(m -> m.contains("needs chargedBy"));
    assertThat(problems(HEAD + FEES + missed.replace("by: birthday", "by: birthdate")))
        .extracting(Problem::message).anyMatch(m -> m.contains("did you mean 'birthday'?"));
  }

  @Test
  void sourcesMustBeInsideTheList() {
    assertThat(problems((HEAD + FEES).replace("source: L6286", "source: L6141")))
        .extracting(Problem::kind).containsExactly("source-outside-list");
    assertThat(problems((HEAD + FEES).replace("source: L6286", "source: 002_2ec2799c06c93718.txt L5336")))
        .extracting(Problem::kind).containsExactly("source-other-document");
  }

  @Test
  void metadataIsStrict() {
    assertThat(problems((HEAD + FEES).replace("currency: SEK", "currency: EUR")))
        .extracting(Problem::kind).containsExactly("bad-currency");
    assertThat(problems((HEAD + FEES).replace("validFrom: 2024-01-01", "validFrom: 2025-01-01")))
        .extracting(Problem::kind).containsExactly("bad-validity");
    assertThat(problems("rows: [\n")).extracting(Problem::kind).containsExactly("yaml-syntax");
    assertThat(problems("")).extracting(Problem::kind).containsExactly("empty-file");
  }

  @Test
  void neverHalfLoads() {
    String broken = (HEAD + FEES).replace("price: 250", "price: 250.555");
    assertThatThrownBy(() -> load(broken))
        .isInstanceOf(RulebookException.class)
        .hasMessageContaining("test.yaml:25:")
        .hasMessageContaining("more than two decimals");
  }
}
