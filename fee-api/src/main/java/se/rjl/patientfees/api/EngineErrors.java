package se.rjl.patientfees.api;

import java.util.List;
import se.rjl.patientfees.engine.InvalidInputException;
import se.rjl.patientfees.rules.yaml.RulebookException;

/** The engine's and the loader's exceptions as the API's: the one place they are translated. Stateless. */
final class EngineErrors {
  private EngineErrors() {}

  /** The engine's input error with its field, kind and detail. */
  static FeeInputException input(InvalidInputException e) {
    return new FeeInputException(e.field(), FeeInputException.known(e.kind()), e.detail(), e);
  }

  /** The engine's input error; a bare field (the cap ledger's {@code date}) is put under {@code prefix}. */
  static FeeInputException input(InvalidInputException e, String prefix, String detailSuffix) {
    String field = e.field();
    if (prefix != null && !field.contains(".") && !field.contains("[") && !field.equals(prefix) && !field.equals("patient")) {
      field = prefix + "." + field;
    }
    return new FeeInputException(field, FeeInputException.known(e.kind()), e.detail() + detailSuffix, e);
  }

  /** The engine's error with its field moved under {@code prefix} (e.g. {@code contacts[2]}). */
  static FeeInputException under(String prefix, InvalidInputException e) {
    String f = e.field();
    if (f.startsWith("contact.")) {
      f = prefix + f.substring("contact".length());
    } else if (f.equals("contact")) {
      f = prefix;
    } else if (f.equals("paymentId")) {
      f = prefix + ".paymentId";
    }
    return new FeeInputException(f, FeeInputException.known(e.kind()), e.detail(), e);
  }

  /** A rulebook that does not load. */
  static RulebookLoadException rulebook(RulebookException e) {
    List<RulebookLoadException.Problem> problems = e.problems().stream()
        .map(p -> new RulebookLoadException.Problem(p.location().toString(), p.kind(), p.message())).toList();
    boolean unreadable = !problems.isEmpty() && problems.stream().allMatch(p -> p.code().equals("unreadable-file")
        || p.code().equals("missing-file"));
    String file = e.problems().isEmpty() ? null : e.problems().get(0).location().file();
    return new RulebookLoadException(unreadable ? ErrorKind.UNREADABLE_FILE : ErrorKind.RULEBOOK_INVALID, file, problems, e);
  }

  /** A failure that is a bug of ours: no internal type or message leaves the API. */
  static PatientFeesException internal(RuntimeException e) {
    return new InternalFeeException(e);
  }
}
