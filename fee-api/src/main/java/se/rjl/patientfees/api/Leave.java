package se.rjl.patientfees.api;

import java.time.LocalDateTime;

/**
 * A leave of absence (permission) during a stay: the patient is away from the hospital from {@code
 * from} until {@code to}, Stockholm local times (L4574–L4594). Immutable and thread-safe.
 *
 * @param from when the leave starts
 * @param to when the patient is back
 */
public record Leave(LocalDateTime from, LocalDateTime to) {}
