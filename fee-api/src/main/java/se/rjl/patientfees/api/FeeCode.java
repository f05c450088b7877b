package se.rjl.patientfees.api;

import se.rjl.patientfees.rules.model.FeeCodeRow;

/**
 * The fee-code row the cash register registers: the Cosmic code, the product name as printed in
 * the regelbok, the rulebook's stable row key (codes repeat, keys do not) and the row's source.
 *
 * <pre>{@code
 * FeeCode row = fees.priceContact(patient, contact).feeCode();
 * System.out.println(row.label()); // "100 Läkarbesök, primärvård"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the Cosmic code as printed ({@code "100"}), or null for rows printed without a code
 * @param product the product name, e.g. {@code Läkarbesök, primärvård}
 * @param key the rulebook's row key, e.g. {@code 100-primary-care-doctor}
 * @param source the regelbok citation of the row, e.g. {@code L3353–L3364}
 */
public record FeeCode(String code, String product, String key, String source) {

  static FeeCode of(FeeCodeRow row) {
    return row == null ? null : new FeeCode(row.code(), row.product(), row.key(), row.source() == null ? null : row.source().cite());
  }

  /** Code and product as the cash register shows them: {@code 100 Läkarbesök, primärvård}. */
  public String label() {
    return (code == null ? "(utan kod)" : code) + " " + product;
  }
}
