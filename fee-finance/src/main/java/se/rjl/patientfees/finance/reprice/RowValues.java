package se.rjl.patientfees.finance.reprice;

/**
 * The current row of a visit file as text, column by column, however the file stores it (CSV bytes,
 * JSON Lines, .xlsx cells). Values are views that stay valid until the next row is read: a reader
 * makes no string per field.
 */
interface RowValues {
  /** The row's line in the file (1-based; a header is line 1). */
  long line();

  /** The column's text, trimmed, or null when the column is absent or empty. */
  CharSequence value(Column c);

  /** Why the row could not be split into values, or null. */
  default RowProblem syntaxProblem() {
    return null;
  }

  /** The decimal separator of amounts: {@code .}, or {@code ,} in a Swedish Excel file. */
  char decimalSeparator();
}
