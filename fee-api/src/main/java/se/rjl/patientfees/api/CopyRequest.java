package se.rjl.patientfees.api;

import java.time.LocalDate;

/**
 * One request for copies of the patient record or X-ray images (L4929–L4976), priced as a whole
 * (decision E14). Immutable and thread-safe.
 *
 * @param date the day of the request (chooses the rulebook)
 * @param pages journal copies or pages (also other administrative documents, L4945–L4946)
 * @param cds X-ray films on CD
 * @param videos copies of video/DVD
 * @param ultrasoundImages ultrasound images
 * @param recipient a key of the rulebook's free recipients (state authority, Försäkringskassan,
 *     municipality, care provider, ...), or null when the patient, a lawyer, an insurer or a company
 *     asks
 */
public record CopyRequest(LocalDate date, int pages, int cds, int videos, int ultrasoundImages, String recipient) {

  public static CopyRequest pages(LocalDate date, int pages) {
    return new CopyRequest(date, pages, 0, 0, 0, null);
  }

  public CopyRequest withRecipient(String r) {
    return new CopyRequest(date, pages, cds, videos, ultrasoundImages, r);
  }
}
