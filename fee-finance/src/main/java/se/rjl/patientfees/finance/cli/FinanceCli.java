package se.rjl.patientfees.finance.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The finance commands on their own, for running from this module without the main jar (the main
 * command line registers {@link FinanceCommands#commands()} as its subcommands):
 * {@code java -cp … se.rjl.patientfees.finance.cli.FinanceCli reprice --help}.
 */
@Command(name = "fee-finance", mixinStandardHelpOptions = true,
    description = "Finance tools: diff, reprice, generate-visits, new-year.")
public final class FinanceCli implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** The command line with the four commands, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new FinanceCli());
    for (Object c : FinanceCommands.commands()) {
      cl.addSubcommand(c);
    }
    FinanceCommands.configure(cl);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println("error: " + ex.getMessage());
      FinanceCommands.singleDashHint(ex, args, e);
      e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      e.flush();
      return FinanceCommands.BAD_INPUT;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
