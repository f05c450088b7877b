package se.rjl.patientfees.finance.reprice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a reprice run.
 *
 * @param input the visit file as given
 * @param inputDescription how it was read: format, CSV dialect, encoding
 * @param inputDescriptionSv the same in Swedish, for the report
 * @param inputSize the visit file's size in bytes
 * @param inputSha256 its SHA-256 in hex, computed as it was read
 * @param baseId the base rulebook's id
 * @param proposedId the proposed rulebook's id
 * @param yearShift years added to visit dates (and birth dates) for the proposed rulebook (decision E30)
 * @param rowsRead rows in the file (non-blank lines after the header)
 * @param priced rows priced under both rulebooks
 * @param rejected rows not priced (each in the rejects with its line and reason)
 * @param rejectsByKind rejected rows by "book kind" ({@code input wrong-type}, {@code both outside-validity} …)
 * @param patients patients with at least one priced contact
 * @param patientsByGroup the same, by patient group
 * @param base what the base rulebook charged
 * @param proposed what the proposed rulebook charged
 * @param frikortPatients patients who reached frikort under either rulebook, by patient id
 * @param grouped whether the file was grouped by patient (streamed) or had to be grouped in memory
 * @param elapsedMillis wall time of the run
 */
public record RepriceResult(
    String input,
    String inputDescription,
    String inputDescriptionSv,
    long inputSize,
    String inputSha256,
    String baseId,
    LocalDate baseFrom,
    LocalDate baseTo,
    String proposedId,
    LocalDate proposedFrom,
    LocalDate proposedTo,
    int yearShift,
    long rowsRead,
    long priced,
    long rejected,
    Map<String, Long> rejectsByKind,
    long patients,
    Map<String, Long> patientsByGroup,
    Tally base,
    Tally proposed,
    List<FrikortPatient> frikortPatients,
    boolean grouped,
    int threads,
    long elapsedMillis) {

  /** Whether every row is accounted for: read = priced + rejected. */
  public boolean reconciles() {
    return rowsRead == priced + rejected;
  }

  /**
   * "rows read 3000000 = priced 2999990 + rejected 10: every row accounted for". Never "OK": a run
   * with rejected rows exits 1, and the line says what is wrong first.
   */
  public String reconciliation() {
    String sum = "rows read " + rowsRead + " = priced " + priced + " + rejected " + rejected;
    if (!reconciles()) {
      return sum + ": DOES NOT RECONCILE (" + (rowsRead - priced - rejected) + " rows unaccounted for)";
    }
    return sum + (rejected == 0 ? ": every row priced" : ": every row accounted for, " + rejected
        + (rejected == 1 ? " row" : " rows") + " NOT priced (see rejects.csv)");
  }
}
