package se.rjl.patientfees.api.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code java -jar fee-api.jar <command>}. Exit codes: 0 ok, 1 failures found
 * ({@code test}, {@code validate}), 2 bad usage or input, 3 internal error. Errors are one line on
 * standard error; {@code --debug} adds the stack trace.
 *
 * <pre>{@code
 * java -jar fee-api/target/fee-api.jar explain --example
 * java -jar fee-api/target/fee-api.jar validate rulebooks/2026.yaml
 * int code = Main.run(new String[] {"validate", "rulebooks/2026.yaml"}, System.in, out, err);
 * }</pre>
 */
@Command(
    name = "fee-api",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Patientavgifter, Region Jönköpings län: check rulebooks, run scenario files, price contacts, "
        + "explain a fee in Swedish, serve HTTP/JSON.",
    subcommands = {
      ValidateCommand.class, TestCommand.class, PriceCommand.class, ExplainCommand.class, ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      Main.EXIT_CODES_0, Main.EXIT_CODES_1, Main.EXIT_CODES_2, Main.EXIT_CODES_3
    })
public final class Main implements Callable<Integer> {
  /** Everything went well. */
  public static final int OK = 0;
  /** The command ran and found failures: failing scenario cases, a broken rulebook. */
  public static final int FAILURES = 1;
  /** Bad usage or input: unknown option, unreadable file, invalid request. */
  public static final int BAD_INPUT = 2;
  /** An internal error (a bug): the one-line message says so; {@code --debug} shows the stack trace. */
  public static final int INTERNAL = 3;

  static final String EXIT_CODES_0 = "0:ok";
  static final String EXIT_CODES_1 = "1:failures found (failing scenario cases, rulebook problems)";
  static final String EXIT_CODES_2 = "2:bad usage or input (unknown option, unreadable file, invalid request)";
  static final String EXIT_CODES_3 = "3:internal error (add --debug for the stack trace)";

  /** Moneta logs its configuration at INFO on first use; users should not see it. Held so it is not collected. */
  private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");

  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an internal error.")
  boolean debug;

  final InputStream stdin;
  /** Whether {@code --debug} is among the arguments (read before parsing, for errors in any command). */
  final boolean debugRequested;

  Main(InputStream stdin, boolean debugRequested) {
    this.stdin = stdin;
    this.debugRequested = debugRequested;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("error: give a command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs a command with the given streams and returns its exit code (never calls System.exit). */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return commandLine(in, out, err, Arrays.asList(args).contains("--debug")).execute(args);
  }

  /** The configured command line, for tests: {@code commandLine(...).execute(args)}. */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, boolean debug) {
    MONETA_LOG.setLevel(Level.WARNING);
    CommandLine cl = new CommandLine(new Main(in, debug));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println("error: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
      e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      e.flush();
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter e = commandLine.getErr();
      int code = Errors.report(ex, e, debug);
      e.flush();
      return code;
    });
    return cl;
  }
}
