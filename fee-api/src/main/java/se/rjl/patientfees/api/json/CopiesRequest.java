package se.rjl.patientfees.api.json;

import java.time.LocalDate;

/**
 * {@code POST /v1/copies}: one request for copies of the patient record or X-ray images, priced as
 * a whole.
 *
 * <pre>{@code
 * {"copies": {"date": "2026-03-10", "pages": 15}}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record CopiesRequest(CopiesJson copies) {

  /**
   * What is asked for: {@code date} is required, the counts default to 0 (at least one above 0).
   *
   * <pre>{@code
   * {"date": "2026-03-10", "pages": 15, "cds": 1, "recipient": "forsakringskassan"}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param pages journal copies or pages
   * @param cds X-ray films on CD
   * @param videos copies of video/DVD
   * @param ultrasoundImages ultrasound images
   * @param recipient a key of the rulebook's free recipients, or absent when the patient, a lawyer,
   *     an insurer or a company asks
   */
  public record CopiesJson(LocalDate date, Integer pages, Integer cds, Integer videos, Integer ultrasoundImages, String recipient) {}
}
