package se.rjl.patientfees.engine.copies;

import java.util.List;
import se.rjl.patientfees.engine.result.AppliedRule;
import se.rjl.patientfees.engine.result.Trace;

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
    Trace trace) {

  public CopyResult {
    trace.freeze();
  }

  /** Always 0: "Kostnad vid journalkopior ska inte momsbeläggas" (L4942–L4943). */
  public long vatOre() {
    return 0;
  }

  /** The rules applied, with citations and Swedish texts from the rulebook (rendered now). */
  public List<AppliedRule> explanation() {
    return trace.render();
  }

  public List<String> ruleIds() {
    return trace.ruleIds();
  }
}
