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
 * @param freeReturnUsed the one free return after that visit has already been given ("ett
 *     avgiftsfritt återbesök"): a further return is charged
 */
public record PriorVisit(LocalDateTime at, boolean acute, boolean upperAirwayInfectionWithoutAntibiotics,
    boolean freeReturnUsed) {
  public PriorVisit {
    Objects.requireNonNull(at, "at");
  }

  /** An earlier visit whose free return, if any, has not been used. */
  public PriorVisit(LocalDateTime at, boolean acute, boolean upperAirwayInfectionWithoutAntibiotics) {
    this(at, acute, upperAirwayInfectionWithoutAntibiotics, false);
  }
}
