package se.rjl.patientfees.dental.pricelist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded dental price list: metadata, the printed rows in printed order, and the patient-fee
 * rules. Immutable. Load one with {@link PriceListLoader#load(java.nio.file.Path)}.
 */
public final class PriceList {
  private final PriceListInfo info;
  private final List<PriceRow> rows;
  private final List<PatientFeeRule> patientFees;
  private final Map<String, PriceRow> byKey = new LinkedHashMap<>();

  public PriceList(PriceListInfo info, List<PriceRow> rows, List<PatientFeeRule> patientFees) {
    this.info = info;
    this.rows = List.copyOf(rows);
    this.patientFees = List.copyOf(patientFees);
    for (PriceRow r : this.rows) {
      byKey.putIfAbsent(r.key(), r);
    }
  }

  public PriceListInfo info() {
    return info;
  }

  /** Every row, in printed order. */
  public List<PriceRow> rows() {
    return rows;
  }

  public List<PatientFeeRule> patientFees() {
    return patientFees;
  }

  public List<PatientFeeRule> patientFees(PatientFeeKind kind) {
    return patientFees.stream().filter(f -> f.kind() == kind).toList();
  }

  public Optional<PriceRow> row(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The keys, in printed order. */
  public List<String> keys() {
    return List.copyOf(byKey.keySet());
  }

  /**
   * The rows of {@code area} whose printed code is {@code code} (compared without surrounding
   * spaces and case), in printed order; any provider.
   */
  public List<PriceRow> rowsWithCode(DentalArea area, String code) {
    String want = normalizeCode(code);
    List<PriceRow> out = new ArrayList<>();
    for (PriceRow r : rows) {
      if (r.area() == area && normalizeCode(r.code()).equals(want)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The rows of any area with this code. */
  public List<PriceRow> rowsWithCode(String code) {
    String want = normalizeCode(code);
    return rows.stream().filter(r -> normalizeCode(r.code()).equals(want)).toList();
  }

  public static String normalizeCode(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return info.id() + " (" + rows.size() + " rows)";
  }
}
