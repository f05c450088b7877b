package se.rjl.patientfees.finance.reprice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.engine.input.ContactField;

/**
 * The visit file has a column for every field of the one contact schema marked for it, and each
 * column binds to its field (issue 14 part 2; the JSON contract and the scenario format have the same
 * test in their modules).
 */
class ContactSchemaVisitFileTest {
  @Test
  void theColumnsAreTheSchemasVisitFileFields() {
    assertThat(Arrays.stream(Column.values()).map(Column::field).filter(f -> f != null).toList())
        .containsExactlyInAnyOrderElementsOf(ContactField.visitFileColumns());
    assertThat(Column.headers()).contains("missedFeeWaived", "afterLateUnitCancellation", "referralPoolTraining");
  }

  @Test
  void everyColumnBindsToItsField() throws Exception {
    for (Column col : Column.values()) {
      ContactField f = col.field();
      if (f == null) {
        continue;
      }
      Map<Column, String> row = new EnumMap<>(Column.class);
      row.put(Column.PATIENT_ID, "P1");
      row.put(Column.BIRTH_DATE, "1970-01-01");
      row.put(Column.RESIDENCE, "county-resident");
      row.put(Column.AT, "2026-03-10T10:00");
      row.put(Column.CARE_UNIT, "primary-care");
      row.put(Column.KIND, "physical-visit");
      for (ContactField c : f.companions()) {
        row.put(Column.of(c), c.exampleText());
      }
      row.put(col, f.exampleText());
      RowValues values = new RowValues() {
        @Override
        public long line() {
          return 2;
        }

        @Override
        public CharSequence value(Column c) {
          return row.get(c);
        }

        @Override
        public char decimalSeparator() {
          return '.';
        }
      };
      RowParser.Visit v = new RowParser().parse(values, "P1");
      assertThat(f.valueIn(v.patient(), v.contact())).as(col.header() + " = " + f.exampleText())
          .isNotNull().isEqualTo(f.read(f.exampleText(), '.'));
    }
  }
}
