package se.rjl.patientfees.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.json.BatchRequest;
import se.rjl.patientfees.api.json.BatchResponse;
import se.rjl.patientfees.api.json.JsonContract;
import se.rjl.patientfees.api.json.PriceRequest;
import se.rjl.patientfees.api.json.ProblemException;

/** {@code explain [FILE] | --example}: a receipt in Swedish for the person at the counter. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Print a receipt in Swedish for a JSON request, or for --example.",
      "The request is priced as for 'price'; the receipt says what is paid, the fee code and product, why (the rules "
          + "applied, with their regelbok lines), what counts toward the cap and what remains until frikort.",
      "A price request is explained as if no earlier payments were made; a batch request uses its capState.",
      "--example explains a built-in visit: an adult county resident at a primary-care doctor's visit."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {Main.EXIT_CODES_0, "2:bad usage or an invalid request (one-line error)", Main.EXIT_CODES_3})
final class ExplainCommand implements Callable<Integer> {
  static final String EXAMPLE = "/se/rjl/patientfees/app/cli/example-request.json";

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The request file; '-' or none: standard input.")
  Path file;

  @Option(names = "--example", description = "Explain the built-in example visit instead of reading a request.")
  boolean example;

  @Mixin RulebookOptions rulebooks = new RulebookOptions();

  @Override
  public Integer call() throws IOException {
    if (example && file != null) {
      throw new CliException("give either FILE or --example, not both");
    }
    String text;
    if (example) {
      try (InputStream in = ExplainCommand.class.getResourceAsStream(EXAMPLE)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } else {
      text = Input.readAll(file, ((Main) spec.root().userObject()).stdin);
    }
    PatientFees fees = rulebooks.fees();
    JsonContract contract = new JsonContract(fees);
    BatchRequest request;
    boolean capStateGiven;
    BatchResponse response;
    boolean single = false;
    try {
      JsonNode tree = JsonContract.readObject(text);
      for (String other : List.of("stay", "certificate", "copies", "aid")) {
        if (tree.has(other) && !tree.has("contact") && !tree.has("contacts")) {
          throw new CliException("explain prints receipts for contacts (a price or batch request); price a request with '"
              + other + "' with the price command");
        }
      }
      if (tree.has("contacts")) {
        request = JsonContract.convert(tree, BatchRequest.class);
        capStateGiven = request.capState() != null;
      } else {
        single = true;
        PriceRequest one = JsonContract.convert(tree, PriceRequest.class);
        request = new BatchRequest(one.patient(), one.contact() == null ? null : List.of(one.contact()), null);
        capStateGiven = false;
      }
      response = contract.priceBatch(request);
    } catch (ProblemException e) {
      String detail = e.problem().detail();
      throw new CliException(single ? detail.replace("contacts[0]", "contact").replace("contacts:", "contact:") : detail);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(Receipt.render(request, response, fees.rulebooks(), capStateGiven));
    out.flush();
    return Main.OK;
  }
}
