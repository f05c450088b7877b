package se.rjl.patientfees.api.json;

import java.util.List;
import se.rjl.patientfees.api.RulebookSummary;

/**
 * The response of {@code GET /v1/rulebooks}: the loaded rulebooks and the dates they price.
 *
 * <pre>{@code
 * {"rulebooks": [{"id": "rjl-2026", "validFrom": "2026-01-01", "validTo": "2026-12-31", ...}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record RulebooksResponse(List<RulebookSummary> rulebooks) {}
