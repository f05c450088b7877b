package se.rjl.patientfees.finance.reprice;

import java.util.HashMap;
import java.util.Map;
import se.rjl.patientfees.engine.ledger.PricedContact;

/** What one rulebook charged for the priced contacts: totals and breakdowns. Amounts in öre. Not thread-safe. */
public final class Tally {
  /** Index of the count in the breakdowns' arrays. */
  public static final int CONTACTS = 0;
  /** Index of the list price before the cap (fee + vaccine). */
  public static final int GROSS = 1;
  /** Index of what the patients pay. */
  public static final int REVENUE = 2;

  long contacts;
  long revenueOre;
  long grossOre;
  long vaccineOre;
  long countedOre;
  long frikortContacts;
  long frikortPatients;
  final long[] frikortByMonth = new long[12];
  final Map<String, long[]> byRow = new HashMap<>();
  final Map<String, String> rowLabels = new HashMap<>();
  final Map<String, long[]> byGroup = new HashMap<>();
  final long[][] byAge = new long[AgeBands.LABELS.size()][3];
  final Map<String, long[][]> byGroupAge = new HashMap<>();

  void add(String group, int ageBand, PricedContact pc) {
    long gross = pc.fee().feeOre() + pc.fee().vaccineOre();
    long pay = pc.payOre();
    contacts++;
    revenueOre += pay;
    grossOre += gross;
    vaccineOre += pc.fee().vaccineOre();
    countedOre += pc.countedOre();
    if (pc.frikortApplied()) {
      frikortContacts++;
    }
    String key;
    if (pc.fee().row() == null) {
      key = "(ingen avgift)";
      rowLabels.putIfAbsent(key, "Ingen avgiftskod (återbud i tid, avbokat av vården i tid)");
    } else {
      key = pc.fee().row().key();
      if (!rowLabels.containsKey(key)) {
        rowLabels.put(key, pc.fee().row().label()); // label() builds a string: once per row, not per contact
      }
    }
    add(byRow.computeIfAbsent(key, k -> new long[3]), gross, pay);
    add(byGroup.computeIfAbsent(group, k -> new long[3]), gross, pay);
    add(byAge[ageBand], gross, pay);
    add(byGroupAge.computeIfAbsent(group, k -> new long[AgeBands.LABELS.size()][3])[ageBand], gross, pay);
  }

  private static void add(long[] a, long gross, long pay) {
    a[CONTACTS]++;
    a[GROSS] += gross;
    a[REVENUE] += pay;
  }

  void merge(Tally o) {
    contacts += o.contacts;
    revenueOre += o.revenueOre;
    grossOre += o.grossOre;
    vaccineOre += o.vaccineOre;
    countedOre += o.countedOre;
    frikortContacts += o.frikortContacts;
    frikortPatients += o.frikortPatients;
    for (int i = 0; i < 12; i++) {
      frikortByMonth[i] += o.frikortByMonth[i];
    }
    o.byRow.forEach((k, v) -> sum(byRow.computeIfAbsent(k, x -> new long[3]), v));
    o.rowLabels.forEach(rowLabels::putIfAbsent);
    o.byGroup.forEach((k, v) -> sum(byGroup.computeIfAbsent(k, x -> new long[3]), v));
    for (int i = 0; i < byAge.length; i++) {
      sum(byAge[i], o.byAge[i]);
    }
    o.byGroupAge.forEach((k, v) -> {
      long[][] mine = byGroupAge.computeIfAbsent(k, x -> new long[AgeBands.LABELS.size()][3]);
      for (int i = 0; i < mine.length; i++) {
        sum(mine[i], v[i]);
      }
    });
  }

  private static void sum(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  public long contacts() {
    return contacts;
  }

  /** What the patients pay, after the cap. */
  public long revenueOre() {
    return revenueOre;
  }

  /** The list price of the priced contacts before the cap (fees and vaccines). */
  public long grossOre() {
    return grossOre;
  }

  public long vaccineOre() {
    return vaccineOre;
  }

  /** What counted toward the outpatient cap. */
  public long countedOre() {
    return countedOre;
  }

  /** Contacts whose fee frikort waived, in full or in part. */
  public long frikortContacts() {
    return frikortContacts;
  }

  /** Patients who reached the cap (frikort) during the year. */
  public long frikortPatients() {
    return frikortPatients;
  }

  /** Patients who reached frikort, by month (January = 0) of the year priced. */
  public long[] frikortByMonth() {
    return frikortByMonth.clone();
  }

  /** By fee-code row key: {contacts, gross, revenue}. */
  public Map<String, long[]> byRow() {
    return byRow;
  }

  /** The row keys' cash-register labels ("100 Läkarbesök, primärvård"). */
  public Map<String, String> rowLabels() {
    return rowLabels;
  }

  /** By patient group: {contacts, gross, revenue}. */
  public Map<String, long[]> byGroup() {
    return byGroup;
  }

  /** By age band ({@link AgeBands}): {contacts, gross, revenue}. */
  public long[][] byAge() {
    return byAge;
  }

  /** By patient group, then age band: {contacts, gross, revenue}. */
  public Map<String, long[][]> byGroupAge() {
    return byGroupAge;
  }
}
