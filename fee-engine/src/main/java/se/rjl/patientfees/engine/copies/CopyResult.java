package se.rjl.patientfees.engine.copies;

import java.util.List;
import se.rjl.patientfees.engine.result.AppliedRule;

/**
 * What a copy request costs: each item's part and the total. No VAT (L4942–L4943); not a patient fee,
 * so never toward the cap.
 *
 * @param free a free recipient: 0 kr whatever the count (L4971–L4976)
 */
public record CopyResult(
    String rulebookId,
    long pagesOre,
    long cdsOre,
    long videosOre,
    long ultrasoundImagesOre,
    long totalOre,
    boolean free,
    List<AppliedRule> explanation) {

  public CopyResult {
    explanation = List.copyOf(explanation);
  }

  /** Always 0: "Kostnad vid journalkopior ska inte momsbeläggas" (L4942–L4943). */
  public long vatOre() {
    return 0;
  }

  public List<String> ruleIds() {
    return explanation.stream().map(AppliedRule::id).toList();
  }
}
