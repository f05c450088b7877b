package se.rjl.patientfees.finance.reprice;

/** Why one row cannot be priced: the field, a stable kind, and a message. */
final class RowProblem extends Exception {
  private static final long serialVersionUID = 1L;
  final String field;
  final String kind;

  RowProblem(String field, String kind, String message) {
    super(message, null, false, false);
    this.field = field;
    this.kind = kind;
  }
}
