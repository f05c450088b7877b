package se.rjl.patientfees.app.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.finance.cli.FinanceCommands;

/**
 * The command line: {@code java -jar fee-app.jar <command>}. Exit codes: 0 ok, 1 failures or
 * findings ({@code test}, {@code validate}, {@code diff}, {@code reprice}), 2 bad usage or input, 3
 * internal error. Errors are one line on standard error; {@code --debug} adds the stack trace. The
 * finance commands ({@code diff}, {@code reprice}, {@code generate-visits}, {@code new-year}) come
 * from {@link FinanceCommands#commands()}.
 *
 * <pre>{@code
 * java -jar fee-app/target/fee-app.jar explain --example
 * java -jar fee-app/target/fee-app.jar validate rulebooks/2026.yaml
 * java -jar fee-app/target/fee-app.jar diff rulebooks/2026.yaml rulebooks/2027.yaml
 * int code = Main.run(new String[] {"validate", "rulebooks/2026.yaml"}, System.in, out, err);
 * }</pre>
 */
@Command(
    name = "fee-api",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Patientavgifter, Region Jönköpings län: check rulebooks and price lists, run scenario files, price contacts, "
          + "stays, certificates, copies, aids and dental treatments, explain a fee in Swedish, serve HTTP/JSON, "
          + "and the finance tools (diff, reprice, generate-visits, new-year).",
      "Every command takes --help."
    },
    // The commands are added in commandLine(): all of them, or only the one being run (see run()).
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
  static final String EXIT_CODES_1 = "1:failures or findings (failing scenario cases, rulebook problems, differences, rejected rows)";
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

  private static String commandList(CommandLine.Help help) {
    java.util.Map<String, CommandLine.Help> subcommands = help.subcommands();
    if (subcommands.isEmpty()) {
      return "";
    }
    int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElse(8) + 4;
    int width = help.commandSpec().usageMessage().width();
    CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
        new CommandLine.Help.Column(nameWidth, 2, CommandLine.Help.Column.Overflow.SPAN),
        new CommandLine.Help.Column(width - nameWidth, 1, CommandLine.Help.Column.Overflow.WRAP));
    for (java.util.Map.Entry<String, CommandLine.Help> e : subcommands.entrySet()) {
      CommandLine.Model.UsageMessageSpec usage = e.getValue().commandSpec().usageMessage();
      String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
      String summary = lines.length == 0 ? "" : lines[0];
      table.addRowValues(e.getKey(), summary);
    }
    return table.toString();
  }

  /** Runs a command with the given streams and returns its exit code (never calls System.exit). */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    // The root has no option that takes a value, so the first word that is not an option names the command.
    String command = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
    if (command == null && args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
      command = VERSION_ONLY;
    }
    return commandLine(in, out, err, Arrays.asList(args).contains("--debug"), command).execute(args);
  }

  /** The configured command line, for tests: {@code commandLine(...).execute(args)}. */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, boolean debug) {
    return commandLine(in, out, err, debug, null);
  }

  /** Not a command name: {@code --version} alone needs no command at all. */
  private static final String VERSION_ONLY = " version";

  /** Every command, in the order the help lists them ('help' is added last). */
  private static List<Object> commands() {
    List<Object> all = new ArrayList<>(List.of(ValidateCommand.class, TestCommand.class, PriceCommand.class,
        PriceDentalCommand.class, ExplainCommand.class, ServeCommand.class));
    all.addAll(FinanceCommands.commands());
    return all;
  }

  private static String nameOf(Object command) {
    Class<?> type = command instanceof Class<?> c ? c : command.getClass();
    return type.getAnnotation(Command.class).name();
  }

  /**
   * The command line with every command, or, when {@code only} names one, with that command alone:
   * picocli reflects over each command it is given, so a cold start that builds all of them pays for
   * every command to run one (issue 15 part 4). Anything else (help, an unknown or misspelt command)
   * gets every command, so usage and suggestions are complete.
   */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, boolean debug, String only) {
    MONETA_LOG.setLevel(Level.WARNING);
    CommandLine cl = new CommandLine(new Main(in, debug));
    List<Object> commands = commands();
    boolean known = VERSION_ONLY.equals(only) || only != null && commands.stream().anyMatch(c -> nameOf(c).equals(only));
    // Subcommands added before the settings below, so that the settings reach them too.
    for (Object command : commands) {
      if (!known || nameOf(command).equals(only)) {
        cl.addSubcommand(command);
      }
    }
    if (!known) {
      cl.addSubcommand(new CommandLine.HelpCommand());
    }
    // '-V' on a command prints what it prints on the jar (the commands have no version of their own).
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new VersionProvider());
    }
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
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
