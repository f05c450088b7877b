package se.rjl.patientfees.engine.input;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An earlier visit for the same illness, for the return-visit rules.
 *
 * @param at when it started, Stockholm local time
 * @param acute whether it was an acute visit (the 24-hour rule applies to acute visits only, L4189–L4192)
 * @param upperAirwayInfectionWithoutAntibiotics an upper-airway infection treated without antibiotics
 *     (a free return within 5 days, L5293–L5301)
 */
public record PriorVisit(LocalDateTime at, boolean acute, boolean upperAirwayInfectionWithoutAntibiotics) {
  public PriorVisit {
    Objects.requireNonNull(at, "at");
  }
}
