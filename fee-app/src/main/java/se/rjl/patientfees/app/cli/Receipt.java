package se.rjl.patientfees.app.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.rjl.patientfees.api.RulebookSummary;
import se.rjl.patientfees.api.json.BatchRequest;
import se.rjl.patientfees.api.json.BatchResponse;
import se.rjl.patientfees.api.json.ContactFeeJson;
import se.rjl.patientfees.api.json.ContactJson;
import se.rjl.patientfees.api.json.PatientJson;

/** A receipt in Swedish for the person at the counter: what is paid, the code, why, and the cap. */
final class Receipt {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm");
  private static final String RULE = "─".repeat(64);

  private Receipt() {}

  static String render(BatchRequest request, BatchResponse response, List<RulebookSummary> rulebooks, boolean capStateGiven) {
    Map<String, RulebookSummary> books = rulebooks.stream().collect(Collectors.toMap(RulebookSummary::id, Function.identity()));
    StringBuilder b = new StringBuilder();
    for (BatchResponse.Item item : response.contacts()) {
      ContactJson c = request.contacts().get(item.index());
      if (b.length() > 0) {
        b.append('\n');
      }
      contact(b, request.patient(), c, item, books.get(item.rulebookId()));
      if (item == response.contacts().get(0) && !capStateGiven) {
        b.append("  (Inga tidigare betalningar angivna: räknat som om inget betalats i en öppen period.)\n");
      }
    }
    if (response.contacts().size() > 1) {
      b.append('\n').append(RULE).append('\n');
      line(b, "Summa att betala:", SwedishLabels.kronor(response.totalPay().amount()) + " för " + response.contacts().size() + " kontakter");
    }
    return b.toString();
  }

  private static void contact(StringBuilder b, PatientJson p, ContactJson c, BatchResponse.Item item, RulebookSummary book) {
    b.append("PATIENTAVGIFT – KVITTO").append('\n');
    b.append("Regelbok: ").append(item.rulebookId()).append(book == null ? "" : " (" + book.title() + ")").append('\n');
    b.append(RULE).append('\n');
    line(b, "Kontakt:", c.at().format(TIME));
    StringBuilder what = new StringBuilder(SwedishLabels.of(c.careUnit())).append(" · ").append(SwedishLabels.of(c.kind()));
    if (c.profession() != null) {
      what.append(" · ").append(SwedishLabels.of(c.profession()));
    }
    what.append(" · ").append(SwedishLabels.of(c.urgency() == null ? se.rjl.patientfees.api.Urgency.PLANNED : c.urgency()));
    if (c.event() != null && c.event() != se.rjl.patientfees.api.Event.ATTENDED) {
      what.append(" · ").append(SwedishLabels.of(c.event()));
    }
    line(b, "", capitalize(what.toString()));
    String born = p.birthDate() != null ? "född " + p.birthDate() : "personnummer angivet";
    line(b, "Patient:", born + " · " + SwedishLabels.of(p.residence()));
    b.append('\n');
    line(b, "ATT BETALA:", SwedishLabels.kronor(item.pay().amount()));
    ContactFeeJson.FeeCodeJson code = item.feeCode();
    line(b, "Avgiftskod:", code == null ? "ingen (ingen avgift uppstår)"
        : (code.code() == null ? "(utan kod)" : code.code()) + " " + code.product());
    if (!item.fee().amount().equals(item.pay().amount())) {
      line(b, "Avgift enligt kod:", SwedishLabels.kronor(item.fee().amount()));
    }
    if (!item.vaccine().amount().equals("0.00")) {
      line(b, "Varav vaccin:", SwedishLabels.kronor(item.vaccine().amount()) + " (räknas inte in i högkostnadsskyddet)");
    }
    if (item.refundFeeCode() != null) {
      line(b, "Återbetalning:", "avgiftskod " + item.refundFeeCode().code() + " " + item.refundFeeCode().product());
    }
    b.append('\n').append("Därför:").append('\n');
    int n = 0;
    for (ContactFeeJson.StepJson s : item.explanation()) {
      b.append(String.format(java.util.Locale.ROOT, "  %d. %s", ++n, s.textSv()));
      if (s.source() != null) {
        b.append(" [").append(s.source()).append(']');
      }
      b.append('\n');
    }
    BatchResponse.CapJson cap = item.cap();
    b.append('\n').append("Högkostnadsskydd (").append(SwedishLabels.kronor(cap.amount().amount())).append(", regelbok ")
        .append(cap.rulebookId()).append("):").append('\n');
    line(b, "  Räknas in nu:", SwedishLabels.kronor(item.towardCap().amount()));
    String period = cap.periodFirstDay() == null ? "ingen period öppen"
        : "period " + cap.periodFirstDay() + " – " + cap.periodLastDay();
    line(b, "  Betalt i perioden:", SwedishLabels.kronor(cap.sumInPeriod().amount()) + " (" + period + ")");
    if (cap.frikortFrom() != null) {
      line(b, "  Frikort:", "från " + cap.frikortFrom() + " t.o.m. " + cap.periodLastDay()
          + " – kvalificerande avgifter kostar 0 kr");
    } else {
      line(b, "  Kvar till frikort:", SwedishLabels.kronor(cap.remaining().amount()));
    }
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format(java.util.Locale.ROOT, "%-22s%s", label, value)).append('\n');
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static List<String> lines(String s) {
    return new ArrayList<>(List.of(s.split("\n")));
  }
}
