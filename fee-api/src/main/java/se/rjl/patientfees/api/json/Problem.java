package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}), with the extension
 * members {@code field} and {@code kind} (the first error) and {@code errors} (all of them). Never
 * a stack trace.
 *
 * <pre>{@code
 * {"type": "/problems/unknown-field", "title": "Unknown field", "status": 400,
 *  "detail": "contact.colour: unknown field 'colour'", "field": "contact.colour", "kind": "unknown-field",
 *  "errors": [{"field": "contact.colour", "kind": "unknown-field", "detail": "unknown field 'colour'"}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param type a URI reference naming the problem type ({@code about:blank} for plain HTTP errors)
 * @param title a short summary of the type
 * @param status the HTTP status code
 * @param detail this occurrence, in plain words
 * @param field the first field named, dotted ({@code contacts[2].at}), or absent
 * @param kind the first error's stable kind, or absent
 * @param errors every field error, or absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String kind, List<FieldError> errors) {

  /**
   * One thing wrong with one field.
   *
   * <pre>{@code
   * {"field": "contacts[1].profession", "kind": "missing", "detail": "say whom the patient meets ..."}
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   */
  public record FieldError(String field, String kind, String detail) {}

  /** A plain HTTP error: {@code about:blank} with the status phrase as title. */
  public static Problem http(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null, null);
  }
}
