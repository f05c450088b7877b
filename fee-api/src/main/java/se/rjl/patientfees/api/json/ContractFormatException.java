package se.rjl.patientfees.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value the contract's own readers refuse (enum values, amounts), with a message meant for people. */
final class ContractFormatException extends InvalidFormatException {
  private static final long serialVersionUID = 1L;

  ContractFormatException(JsonParser p, String msg, Object value, Class<?> targetType) {
    super(p, msg, value, targetType);
  }
}
