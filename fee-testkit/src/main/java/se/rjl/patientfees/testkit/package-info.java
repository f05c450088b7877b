/**
 * A small, seeded property-based testing harness for JUnit 5 (DEVELOPERS.md D1, docs/decisions/D001).
 *
 * <ul>
 *   <li>{@link se.rjl.patientfees.testkit.Gen}: generators with integrated shrinking;</li>
 *   <li>{@link se.rjl.patientfees.testkit.Property}: runs a property over many generated cases;</li>
 *   <li>{@link se.rjl.patientfees.testkit.StatefulProperty}: compares a system with a reference model
 *       over random command sequences;</li>
 *   <li>{@link se.rjl.patientfees.testkit.Exhaustive}: checks every element of a small finite domain.</li>
 * </ul>
 *
 * <p>Every run is reproducible: the seed is fixed (derived from the property name unless given) and is
 * printed with every result. Set {@code -Dpbt.seed=<seed>} to replay a run and {@code -Dpbt.cases=<n>}
 * to run more cases.
 */
package se.rjl.patientfees.testkit;
