package se.rjl.patientfees.api.efrikort;

import se.rjl.patientfees.api.ErrorKind;
import se.rjl.patientfees.api.FeeInputException;

/**
 * What the registry (eFrikort) needs with a transaction and the calculator cannot know: the care
 * principal, provider and unit where the fee was taken, the card type and the acting employee.
 * The names are those of the eFrikort 3.0 contract ({@code RegisterTransactionType}, {@code ActorType}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param carePrincipalId the region's HSA id ({@code carePrincipalId})
 * @param careProvider the care provider ({@code careProvider})
 * @param careUnit the care unit ({@code careUnit}), optional in the contract
 * @param cardTypeId the card type, e.g. {@code CARE_VISIT} ({@code cardTypeId})
 * @param actorEmployeeId the acting employee's HSA id ({@code actor/employeeId})
 * @param actorCareProviderId the actor's care provider HSA id ({@code actor/careProviderId})
 * @param actorCareUnitId the actor's care unit HSA id ({@code actor/careUnitId})
 */
public record RegistryContext(
    String carePrincipalId,
    String careProvider,
    String careUnit,
    String cardTypeId,
    String actorEmployeeId,
    String actorCareProviderId,
    String actorCareUnitId) {

  /** The keys of the context, as the command line's context file has them. */
  public static final java.util.List<String> KEYS = java.util.List.of("carePrincipalId", "careProvider", "careUnit", "cardTypeId",
      "actorEmployeeId", "actorCareProviderId", "actorCareUnitId");

  public RegistryContext {
    require("carePrincipalId", carePrincipalId, 32);
    require("careProvider", careProvider, 128);
    require("careUnit", careUnit, 128);
    require("cardTypeId", cardTypeId, 36);
    require("actorEmployeeId", actorEmployeeId, 32);
    require("actorCareProviderId", actorCareProviderId, 32);
    require("actorCareUnitId", actorCareUnitId, 32);
  }

  private static void require(String key, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new FeeInputException("context." + key, ErrorKind.MISSING, "give the registry context's " + key);
    }
    if (value.length() > maxLength) {
      throw new FeeInputException("context." + key, ErrorKind.TOO_LONG, key + " is at most " + maxLength + " characters in the eFrikort contract");
    }
  }
}
