package se.rjl.patientfees.engine.inpatient;

import java.time.LocalDateTime;

/**
 * A leave of absence (permission) during a stay: the patient is away from the hospital from {@code
 * from} until {@code to}, Stockholm local times (L4574–L4594).
 */
public record Leave(LocalDateTime from, LocalDateTime to) {}
