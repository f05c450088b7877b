package se.rjl.patientfees.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.api.json.JsonContract;
import se.rjl.patientfees.api.json.Problem;

/** {@code price [FILE]}: JSON request(s) in, JSON response(s) out, as the HTTP API. */
@Command(
    name = "price",
    mixinStandardHelpOptions = true,
    description = {
      "Price JSON requests (docs/api.md) and write JSON responses.",
      "A request is a price request {patient, contact}, a batch request {patient, contacts, capState}, an inpatient "
          + "request {patient, stay}, a certificate request {certificate}, a copies request {copies}, an aid request "
          + "{patient, aid, aidsCap, paymentId} or an other-charge request {charge, patient} (blood grouping, earmoulds, "
          + "the estate's transport fee, extra samples, the cancelled-operation compensation), read from FILE or standard input.",
      "Writes the response as JSON; an invalid request is answered with problem details (RFC 9457) on standard "
          + "output and a one-line error on standard error.",
      "With --jsonl: one request per line in, one response (or problem) per line out, in the same order; blank "
          + "lines are skipped.",
      "With --efrikort-card CARD.xml: price and batch requests are priced against the patient's card, read from an "
          + "eFrikort GetCardForPersonResponse (or GetExtendedCardForPersonResponse) document.",
      "With --efrikort-out DIR and --efrikort-context CONTEXT.json: writes one RegisterTransaction-<n>.xml per contact "
          + "the cap covers (UpdateTransaction-<n>.xml for earlier payments a late contact cut), nothing for the rest."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every request was priced", "2:bad usage, or a request was invalid (its problem is written)",
      Main.EXIT_CODES_3})
final class PriceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The request file; '-' or none: standard input.")
  Path file;

  @Option(names = "--jsonl", description = "JSON Lines: one request per line, one response per line.")
  boolean jsonl;

  @Option(names = "--compact", description = "Write a single response on one line (JSON Lines output is always compact).")
  boolean compact;

  @Option(names = "--efrikort-card", paramLabel = "CARD.xml",
      description = "Price against the patient's card from an eFrikort GetCardForPersonResponse document.")
  Path efrikortCard;

  @Option(names = "--efrikort-out", paramLabel = "DIR",
      description = "Write the eFrikort request documents (RegisterTransaction-<n>.xml, ...) into DIR.")
  Path efrikortOut;

  @Option(names = "--efrikort-context", paramLabel = "CONTEXT.json",
      description = "What the registry needs besides the fee: a JSON object with exactly carePrincipalId, careProvider, "
          + "careUnit, cardTypeId, actorEmployeeId, actorCareProviderId, actorCareUnitId.")
  Path efrikortContext;

  @Mixin RulebookOptions rulebooks = new RulebookOptions();

  private com.fasterxml.jackson.databind.JsonNode card;
  private se.rjl.patientfees.api.efrikort.RegistryContext context;
  private int written;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputStream stdin = ((Main) spec.root().userObject()).stdin;
    if ((efrikortOut == null) != (efrikortContext == null)) {
      throw new CliException("--efrikort-out and --efrikort-context go together");
    }
    if (efrikortCard != null) {
      card = EfrikortFiles.cardJson(efrikortCard);
    }
    if (efrikortContext != null) {
      context = EfrikortFiles.context(efrikortContext);
    }
    JsonContract contract = new JsonContract(rulebooks.fees());
    if (!jsonl) {
      JsonContract.Outcome o = handle(contract, Input.readAll(file, stdin));
      out.println(compact ? JsonContract.write(o.body()) : JsonContract.writePretty(o.body()));
      out.flush();
      if (!o.ok()) {
        err.println("error: " + ((Problem) o.body()).detail());
        return o.status() >= 500 ? Main.INTERNAL : Main.BAD_INPUT;
      }
      return Main.OK;
    }
    int lines = 0;
    int invalid = 0;
    int internal = 0;
    try (InputStream in = Input.open(file, stdin);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        lines++;
        JsonContract.Outcome o = handle(contract, line);
        out.println(JsonContract.write(o.body()));
        if (!o.ok()) {
          if (o.status() >= 500) {
            internal++;
          } else {
            invalid++;
          }
          err.println("error: line " + number + ": " + ((Problem) o.body()).detail());
        }
      }
    }
    out.flush();
    if (invalid + internal > 0) {
      err.println("error: " + (invalid + internal) + " of " + lines + " requests failed");
    }
    return internal > 0 ? Main.INTERNAL : invalid > 0 ? Main.BAD_INPUT : Main.OK;
  }

  private JsonContract.Outcome handle(JsonContract contract, String text) throws IOException {
    String request = card == null ? text : EfrikortFiles.withCard(text, card);
    JsonContract.Outcome o = priced(contract, request);
    if (o.ok() && efrikortOut != null) {
      var updates = EfrikortFiles.updates(o.body());
      if (!updates.isEmpty()) {
        written = EfrikortFiles.write(efrikortOut, updates, context, EfrikortFiles.personId(request), written);
      }
    }
    return o;
  }

  private JsonContract.Outcome priced(JsonContract contract, String text) {
    try {
      return contract.handle(text);
    } catch (RuntimeException e) {
      boolean debug = ((Main) spec.root().userObject()).debugRequested;
      spec.commandLine().getErr().println("error: internal error: " + Errors.oneLine(e));
      if (debug) {
        e.printStackTrace(spec.commandLine().getErr());
      }
      return new JsonContract.Outcome(500, Problem.http(500, "Internal Server Error", "an internal error occurred"));
    }
  }
}
