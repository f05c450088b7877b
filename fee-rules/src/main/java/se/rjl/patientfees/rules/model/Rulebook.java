package se.rjl.patientfees.rules.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole yearly rulebook, immutable and fully validated: only {@code RulebookLoader} makes one,
 * and a rulebook with any problem does not load.
 */
public record Rulebook(
    RulebookInfo info,
    Map<String, NamedAmount> constants,
    Map<String, AgeBand> ageBands,
    CapRule outpatientCap,
    CapRule aidsCap,
    List<FeeCodeRow> feeCodes,
    OutpatientRules outpatient,
    InpatientTariff inpatient,
    MissedVisitRules missedVisits,
    List<CertificateTariff> certificates,
    CopyTariff copies,
    List<VaccinationRule> vaccinations,
    List<FreeReason> freeReasons,
    List<String> smittskyddDiseases,
    List<PatientGroup> patientGroups,
    List<AidItem> aids,
    List<FreeCertificate> freeCertificates,
    List<OtherCharge> otherCharges,
    Map<String, ExplanationEntry> explanations) {

  public Rulebook {
    explanations = explanations == null ? Map.of() : Map.copyOf(explanations);
    constants = Map.copyOf(constants);
    ageBands = Map.copyOf(ageBands);
    feeCodes = List.copyOf(feeCodes);
    certificates = List.copyOf(certificates);
    vaccinations = List.copyOf(vaccinations);
    freeReasons = List.copyOf(freeReasons);
    smittskyddDiseases = List.copyOf(smittskyddDiseases);
    patientGroups = List.copyOf(patientGroups);
    aids = List.copyOf(aids);
    freeCertificates = freeCertificates == null ? List.of() : List.copyOf(freeCertificates);
    otherCharges = otherCharges == null ? List.of() : List.copyOf(otherCharges);
  }

  /** A rulebook without the optional sections {@code freeCertificates} and {@code otherCharges}. */
  public Rulebook(RulebookInfo info, Map<String, NamedAmount> constants, Map<String, AgeBand> ageBands,
      CapRule outpatientCap, CapRule aidsCap, List<FeeCodeRow> feeCodes, OutpatientRules outpatient,
      InpatientTariff inpatient, MissedVisitRules missedVisits, List<CertificateTariff> certificates, CopyTariff copies,
      List<VaccinationRule> vaccinations, List<FreeReason> freeReasons, List<String> smittskyddDiseases,
      List<PatientGroup> patientGroups, List<AidItem> aids) {
    this(info, constants, ageBands, outpatientCap, aidsCap, feeCodes, outpatient, inpatient, missedVisits, certificates,
        copies, vaccinations, freeReasons, smittskyddDiseases, patientGroups, aids, List.of(), List.of(), Map.of());
  }

  public Optional<OtherCharge> otherCharge(String key) {
    return otherCharges.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  public Optional<FreeCertificate> freeCertificate(String key) {
    return freeCertificates.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  public Optional<FeeCodeRow> feeCode(String key) {
    return feeCodes.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public Optional<AgeBand> ageBand(String key) {
    return Optional.ofNullable(ageBands.get(key));
  }

  public Optional<NamedAmount> constant(String key) {
    return Optional.ofNullable(constants.get(key));
  }

  public Optional<CertificateTariff> certificate(String key) {
    return certificates.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  public Optional<PatientGroup> patientGroup(String key) {
    return patientGroups.stream().filter(g -> g.key().equals(key)).findFirst();
  }

  public Optional<FreeReason> freeReason(String key) {
    return freeReasons.stream().filter(g -> g.key().equals(key)).findFirst();
  }

  public Optional<VaccinationRule> vaccination(String key) {
    return vaccinations.stream().filter(g -> g.vaccine().equals(key)).findFirst();
  }

  public Optional<AidItem> aid(String key) {
    return aids.stream().filter(g -> g.key().equals(key)).findFirst();
  }
}
