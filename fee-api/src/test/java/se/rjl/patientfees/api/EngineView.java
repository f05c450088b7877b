package se.rjl.patientfees.api;

/**
 * Tests outside this package (the JSON contract's schema binding test) see the API's inputs as the
 * engine does, through the same conversion the facade uses ({@link EngineInputs}).
 */
public final class EngineView {
  private EngineView() {}

  public static se.rjl.patientfees.engine.input.Patient patient(Patient p) {
    return EngineInputs.patient(p);
  }

  public static se.rjl.patientfees.engine.input.Contact contact(Contact c) {
    return EngineInputs.contact(c, "contact");
  }
}
