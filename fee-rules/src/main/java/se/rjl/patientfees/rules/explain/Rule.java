package se.rjl.patientfees.rules.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every explanation step the engine can emit: a stable id and the parameters it records. What a
 * step cites and how it reads in Swedish is in the rulebook's {@code explanations} section, one
 * entry per id, so that a new year is a new file: the validator refuses a rulebook without an
 * entry for each of these.
 *
 * <p>A step whose {@code citesItem} is set cites the rulebook entry it names (a free reason, a
 * vaccination, an aids row); the others cite the lines their explanation entry gives. A step's
 * {@code rulebookKey} is its first item's key when it names one, else the fixed key given here.
 */
public enum Rule {
  // Outpatient contacts.
  AGE("age", null, false, "age:int calendarAge:int"),
  TARIFF_COUNTY_RESIDENT("tariff.county-resident", null, false, ""),
  TARIFF_OTHER_REGION("tariff.other-region", null, false, ""),
  TARIFF_QUOTA_REFUGEE("tariff.quota-refugee", null, false, ""),
  TARIFF_NORDIC("tariff.nordic", null, false, ""),
  TARIFF_EU_WITH_CARD("tariff.eu-with-card", null, false, ""),
  TARIFF_UK_WITH_CARD("tariff.uk-with-card", null, false, ""),
  TARIFF_EU_WITHOUT_CARD("tariff.eu-without-card", null, false, ""),
  TARIFF_UK_WITHOUT_CARD("tariff.uk-without-card", null, false, ""),
  TARIFF_CONVENTION_QUEBEC("tariff.convention-quebec", null, false, ""),
  TARIFF_CONVENTION_ISRAEL("tariff.convention-israel", null, false, ""),
  TARIFF_CONVENTION_PLANNED("tariff.convention-planned", null, false, ""),
  TARIFF_CONVENTION_ACUTE("tariff.convention-acute", null, false, ""),
  TARIFF_ASYLUM("tariff.asylum", null, false, ""),
  TARIFF_UNDOCUMENTED("tariff.undocumented", null, false, ""),
  TARIFF_FOREIGN_UNINSURED("tariff.foreign-uninsured", null, false, ""),
  TARIFF_SWEDE_ABROAD_PENSIONER("tariff.swede-abroad-pensioner", null, false, ""),
  TARIFF_SWEDE_ABROAD_EU_CARD("tariff.swede-abroad-eu-card", null, false, ""),
  TARIFF_SWEDE_ABROAD_EU_NO_CARD("tariff.swede-abroad-eu-no-card", null, false, ""),
  TARIFF_SWEDE_ABROAD_ACUTE("tariff.swede-abroad-acute", null, false, ""),
  TARIFF_SWEDE_ABROAD_FULL_COST("tariff.swede-abroad-full-cost", null, false, ""),
  TARIFF_SWEDE_ABROAD_PLANNED("tariff.swede-abroad-planned", null, false, ""),
  LEVEL_PRIMARY_OUT_OF_HOURS("level.primary-out-of-hours", "outpatient.outOfHoursFrom", false, ""),
  LEVEL_DENTAL("level.dental", null, false, ""),
  REFERRAL_POOL_TRAINING("referral.pool-training", null, false, ""),
  REFERRAL_ORDINARY_FEE("referral.ordinary-fee", null, false, ""),
  REFERRAL_ORDINARY_FEE_PRIVATE_SPECIALIST("referral.ordinary-fee.private-specialist", null, false, ""),
  REFERRAL_ORDINARY_FEE_SCHOOL_DOCTOR("referral.ordinary-fee.school-doctor", null, false, ""),
  REFERRAL_ORDINARY_FEE_FULLY_PRIVATE("referral.ordinary-fee.fully-private", null, false, ""),
  REFERRAL_ORDINARY_FEE_OCCUPATIONAL_HEALTH("referral.ordinary-fee.occupational-health", null, false, ""),
  REFERRAL_FIRST_VISIT("referral.first-visit", null, false, ""),
  REFERRAL_FIRST_VISIT_PRIVATE_GP("referral.first-visit.private-gp", null, false, ""),
  REFERRAL_FOLLOW_UP("referral.follow-up", null, false, ""),
  CANCELLATION_IN_TIME("cancellation.in-time", "missedVisits", false, ""),
  CANCELLATION_LATE("cancellation.late", "missedVisits", false, "specialist:flag"),
  UNIT_CANCELLATION_TIME_NOT_GIVEN("unit-cancellation.time-not-given", "missedVisits", false, ""),
  UNIT_CANCELLATION_LATE("unit-cancellation.late", null, false, ""),
  UNIT_CANCELLATION_IN_TIME("unit-cancellation.in-time", "missedVisits", false, ""),
  MISSED_CHILD_HEALTH_PROGRAMME("missed.child-health-programme", null, false, ""),
  MISSED_FEE_WAIVED("missed.fee-waived", null, false, ""),
  MISSED_NON_QUALIFIED_DISTANCE("missed.non-qualified-distance", null, false, ""),
  MISSED_NORMALLY_FREE_CHARGED("missed.normally-free-charged", null, false, "afterUnitCancellation:flag"),
  MISSED_INTERPRETER("missed.interpreter", "interpreter-fee", false, ""),
  FREE_REASON("free.reason", null, true, "reason:item"),
  FREE_SMITTSKYDD("free.smittskydd", null, true, "reason:item"),
  FREE_AFTER_LATE_UNIT_CANCELLATION("free.after-late-unit-cancellation", null, false, ""),
  FREE_ACUTE_RETURN("free.acute-return", "outpatient.acuteReturnHours", false, ""),
  FREE_UPPER_AIRWAY_RETURN("free.upper-airway-return", "outpatient.upperAirwayFreeReturnDays", false, ""),
  FREE_NON_QUALIFIED_DISTANCE("free.non-qualified-distance", null, false, ""),
  FREE_SCREENING("free.screening", null, false, ""),
  TEAM_FOLLOWER("team.follower", null, false, ""),
  VACCINATION_FREE_REASON("vaccination.free-reason", null, false, ""),
  VACCINATION_FREE("vaccination.free", null, true, "vaccination:item byAge:flag"),
  VACCINATION_VACCINE_FREE("vaccination.vaccine-free", null, true, "vaccination:item"),
  VACCINATION_FEE_PLUS_VACCINE("vaccination.fee-plus-vaccine", null, false, "vaccine:kr"),
  FEE_CODE("fee-code", null, true, "row:row amount:kr fullPrice:flag countsTowardCap:flag"),
  WAITING_TIME_REFUND("waiting-time.refund", "outpatient.waitingTimeRefundMinutes", false, "minutes:int fee:kr"),
  CAP_FRIKORT("cap.frikort", "caps.outpatient", false, "row:row frikortFrom:date lastDay:date"),
  CAP_REACHED("cap.reached", "caps.outpatient", false, "pay:kr frikortFrom:date lastDay:date"),
  // Added by the fidelity review (issue 12).
  TARIFF_EU_CARD_PLANNED("tariff.eu-card-planned", null, false, ""),
  TARIFF_CONVENTION_ISRAEL_DELIVERY("tariff.convention-israel-delivery", null, false, ""),
  TARIFF_SWEDE_ABROAD_MISSION("tariff.swede-abroad-mission", null, false, ""),
  TARIFF_SWEDE_ABROAD_STUDENT("tariff.swede-abroad-student", null, false, ""),
  TARIFF_DEREGISTERED_ACUTE("tariff.deregistered-acute", null, false, ""),
  TARIFF_DEREGISTERED_PLANNED("tariff.deregistered-planned", null, false, ""),
  LEVEL_PRIMARY_DAY_CARE("level.primary-day-care", null, false, ""),
  FREE_DENTAL_AGE_BAND("free.dental-85-plus", "outpatient.dentalFreeAgeBand", false, "band:text"),
  UPPER_AIRWAY_RETURN_ALREADY_USED(
      "upper-airway-return.already-used", "outpatient.upperAirwayFreeReturnDays", false, ""),
  BIRTH_INJURY_AFTER_FREE_WEEKS("birth-injury.after-free-weeks", null, false, "weeks:int delivery:date week:int"),
  WAITING_TIME_NO_REFUND_PROCEDURE(
      "waiting-time.no-refund-procedure", "outpatient.waitingTimeRefundMinutes", false, "minutes:int"),
  VACCINATION_RESIDENTS_ONLY("vaccination.residents-only", null, false, "vaccination:item"),
  EMPLOYEE_BENEFIT_EFRIKORT("employee-benefit.efrikort", null, false, ""),
  EMPLOYEE_BENEFIT_SALARY_REFUND("employee-benefit.salary-refund", null, false, ""),
  EMPLOYEE_BENEFIT_NOT_COVERED("employee-benefit.not-covered", null, false, ""),
  EMPLOYEE_BENEFIT_THIRD_PARTY_LIABLE("employee-benefit.third-party-liable", null, false, ""),

  // Hospital stays.
  INPATIENT_TRANSFER("inpatient.transfer", null, false, "dates:text"),
  INPATIENT_DAY_BAND("inpatient.day-band", null, true, "band:item fromDay:int toDay:int amount:kr"),
  INPATIENT_SAME_DAY("inpatient.same-day", null, false, ""),
  INPATIENT_DISCHARGE_DAY_FREE("inpatient.discharge-day-free", null, false, "discharge:date"),
  INPATIENT_FREE_CHILD("inpatient.free-child-age", "inpatient.freeAgeBand", false, ""),
  INPATIENT_REACHES_ADULT_AGE("inpatient.reaches-adult-age-during-stay", "inpatient.freeAgeBand", false, ""),
  INPATIENT_LEAVE_DAY("inpatient.leave-day", "inpatient.leaveMinHours", false, ""),
  INPATIENT_TRAVEL_DAY("inpatient.travel-day", "inpatient.leaveMinHours", false, ""),
  INPATIENT_LONG_LEAVE("inpatient.long-leave", null, false, "from:text to:text"),
  INPATIENT_NOT_CAP_QUALIFYING("inpatient.not-cap-qualifying", "inpatient.countsTowardCap", false, ""),
  INPATIENT_EXEMPT("inpatient.exempt", null, true, "group:item"),
  INPATIENT_UNDOCUMENTED_AS_ASYLUM("inpatient.undocumented-as-asylum", null, false, ""),
  INPATIENT_PRICE_LIST_STANDARD("inpatient.price-list.standard", "inpatient.dayBands", false, "group:text"),
  INPATIENT_PRICE_LIST_FOREIGN_FLAT("inpatient.price-list.foreign-flat", "inpatient.foreignPerDay", false, "group:text"),
  INPATIENT_PRICE_LIST_SWEDE_ABROAD_PLANNED(
      "inpatient.price-list.swede-abroad-planned", "inpatient.swedeAbroadPlannedPerDay", false, ""),
  INPATIENT_PRICE_LIST_SWEDE_ABROAD_MISSION(
      "inpatient.price-list.swede-abroad-mission", "inpatient.foreignPerDay", false, ""),
  INPATIENT_EXEMPT_PART("inpatient.exempt-part", null, true, "group:item from:date to:date"),

  // Certificates.
  CERTIFICATE_ONLY_PURPOSE("certificate.only-purpose", null, false, ""),
  CERTIFICATE_FREE("certificate.free", null, true, "certificate:item"),
  CERTIFICATE_VISIT_FEE_SEPARATE("certificate.visit-fee-separate", null, false, ""),
  CERTIFICATE_INCLUDED_IN_CONTACT_FEE("certificate.included-in-contact-fee", null, false, "certificate:item"),
  CERTIFICATE_HOURLY("certificate.hourly", null, true, "certificate:item hours:int perHour:kr total:kr vat:flag"),
  CERTIFICATE_TARIFF("certificate.tariff", null, true, "certificate:item total:kr vat:flag"),
  CERTIFICATE_VAT("certificate.vat", null, false, "certificate:item rate:int net:kr vat:kr"),
  CERTIFICATE_VAT_FREE("certificate.vat-free", null, false, "certificate:item total:kr"),
  CERTIFICATE_PAYER("certificate.payer", null, true, "certificate:item payer:text"),
  CERTIFICATE_NOT_CAP_QUALIFYING("certificate.not-cap-qualifying", null, false, ""),
  CERTIFICATE_NOT_NATIONAL_TARIFF("certificate.not-national-tariff", null, false, "certificate:item"),

  // Other charges (priced by key).
  OTHER_CHARGE_AMOUNT("other-charge.amount", null, false, "charge:text quantity:int unit:text amount:kr"),
  OTHER_CHARGE_NOT_CAP_QUALIFYING("other-charge.not-cap-qualifying", null, false, ""),
  CANCELLED_OPERATION_LATE("cancelled-operation.late", null, false, "notice:text hours:int"),
  CANCELLED_OPERATION_IN_TIME("cancelled-operation.in-time", null, false, "notice:text hours:int"),
  CANCELLED_OPERATION_NOT_COUNTY_RESIDENT("cancelled-operation.not-county-resident", null, false, ""),
  CANCELLED_OPERATION_NOT_IN_REGION("cancelled-operation.not-in-region", null, false, ""),
  CANCELLED_OPERATION_NOT_OPERATING_DEPARTMENT("cancelled-operation.not-operating-department", null, false, ""),
  CANCELLED_OPERATION_EXCLUDED("cancelled-operation.excluded", null, false, "exclusion:text"),

  // Journal and X-ray copies.
  COPIES_FREE_RECIPIENT("copies.free-recipient", null, false, "recipient:item"),
  COPIES_PAGES("copies.pages", "copies", false, "pages:int beyondBase:int amount:kr"),
  COPIES_CD("copies.cd", "copies.cd", false, "count:int total:kr"),
  COPIES_VIDEO("copies.video", "copies.video", false, "count:int total:kr"),
  COPIES_ULTRASOUND_IMAGE("copies.ultrasound-image", "copies.ultrasoundImage", false, "count:int total:kr"),
  COPIES_NO_VAT("copies.no-vat", null, false, ""),

  // Aids.
  AID_AGE("aid.age", null, false, "date:date age:int"),
  AID_NO_ROW_FOR_AGE("aid.no-row-for-age", null, true, "aid:item asked:text age:int"),
  AID_CONDITION_NOT_MET("aid.condition-not-met", null, true, "aid:item conditions:text"),
  AID_LARGER_GRANT("aid.larger-grant", null, true, "aid:item rows:text"),
  AID_PRODUCT("aid.product", null, true, "aid:item product:text"),
  AID_OWN_RESPONSIBILITY("aid.own-responsibility", null, true, "aid:item group:text"),
  AID_PRESCRIPTION_EXPIRED("aid.prescription-expired", null, true, "aid:item prescribedOn:date years:int lastDay:date"),
  AID_BILATERAL_ONE_FEE("aid.bilateral-one-fee", null, false, "aid:item"),
  AID_FEE("aid.fee", null, true, "aid:item amount:kr unit:text units:int showUnits:flag subsidised:int partly:flag fee:kr"),
  AID_MONTHLY_FEE(
      "aid.monthly-fee", null, true, "aid:item amount:kr unit:text units:int showUnits:flag subsidised:int partly:flag fee:kr"),
  AID_LIMIT_REACHED(
      "aid.limit-reached", null, true, "aid:item count:int per:text remaining:int then:text rest:int price:kr"),
  AID_PERCENT_OF_PRICE("aid.percent-of-price", null, true, "aid:item percent:int price:kr share:kr capped:flag max:kr fee:kr"),
  AID_GRANT(
      "aid.grant", null, true, "aid:item amount:kr unit:text upTo:flag perPeriod:text granted:kr available:kr grant:kr price:kr pay:kr"),
  AID_GRANT_ABOVE_AMOUNT("aid.grant-above-amount", null, true, "aid:item amount:kr grant:kr price:kr"),
  AID_PERCENT_GRANT("aid.percent-grant", null, true, "aid:item percent:int price:kr grant:kr"),
  AID_NOT_CAP_QUALIFYING("aid.not-cap-qualifying", "caps.aids", false, ""),
  AID_CAP("aid.cap", "caps.aids", false, "inPeriod:flag from:date to:date sum:kr"),
  AID_CAP_REACHED("aid.cap-reached", "caps.aids", false, "inPeriod:flag from:date to:date sum:kr pay:kr fee:kr");

  private static final Map<String, Rule> BY_ID = new HashMap<>();

  static {
    for (Rule r : values()) {
      BY_ID.put(r.id, r);
    }
  }

  private final String id;
  private final String rulebookKey;
  private final boolean citesItem;
  private final List<Param> params;

  Rule(String id, String rulebookKey, boolean citesItem, String params) {
    this.id = id;
    this.rulebookKey = rulebookKey;
    this.citesItem = citesItem;
    List<Param> list = new ArrayList<>();
    for (String p : params.split("\\s+")) {
      if (!p.isEmpty()) {
        list.add(Param.parse(p));
      }
    }
    this.params = List.copyOf(list);
  }

  /** The stable id, e.g. {@code fee-code}. */
  public String id() {
    return id;
  }

  /** The rulebook entry a step uses when it names no item, or null. */
  public String rulebookKey() {
    return rulebookKey;
  }

  /** Whether the step cites the item it names rather than its explanation entry. */
  public boolean citesItem() {
    return citesItem;
  }

  public List<Param> params() {
    return params;
  }

  public int arity() {
    return params.size();
  }

  /** The index of the parameter named {@code name}, or -1. */
  public int paramIndex(String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    return BY_ID.get(id);
  }
}
