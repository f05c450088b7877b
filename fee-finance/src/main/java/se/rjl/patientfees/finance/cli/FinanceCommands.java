package se.rjl.patientfees.finance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import se.rjl.patientfees.finance.newyear.NewYearDraft;
import se.rjl.patientfees.finance.reprice.InputFormatException;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * The finance staff's commands, for registering as subcommands of the main command line:
 *
 * <pre>{@code
 * CommandLine cl = new CommandLine(new Main(...));
 * for (Object c : FinanceCommands.commands()) {
 *   cl.addSubcommand(c);
 * }
 * }</pre>
 *
 * Exit codes: 0 ok, 1 findings or failures (differences found, rows rejected), 2 bad usage or
 * input, 3 internal error. Errors are one line on standard error, never a stack trace.
 */
public final class FinanceCommands {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  public static final int INTERNAL = 3;

  static final String EXIT_2 = "2:bad usage or input (unknown option, unreadable file, a rulebook that does not load)";
  static final String EXIT_3 = "3:internal error";

  private FinanceCommands() {}

  /** New instances of {@code diff}, {@code reprice}, {@code generate-visits} and {@code new-year}. */
  public static List<Object> commands() {
    return List.of(new DiffCommand(), new RepriceCommand(), new GenerateVisitsCommand(), new NewYearCommand());
  }

  /**
   * Sets the parsing rules the finance commands rely on, on {@code cl} and its subcommands: no
   * clustered short options, so that {@code -html} is an unknown option (with a hint) instead of
   * {@code -h} (help) and friends.
   */
  public static void configure(CommandLine cl) {
    cl.setPosixClusteredShortOptionsAllowed(false);
  }

  /**
   * After a parameter error: for each argument that is a long option written with one dash ({@code
   * -html}, {@code -visits}), says which option was meant ({@code --html}). picocli may report such
   * an argument as unknown, or first as a missing required option: the hint comes either way.
   */
  public static void singleDashHint(CommandLine.ParameterException ex, String[] args, PrintWriter err) {
    CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
    boolean general = false;
    for (String arg : args) {
      if (arg.length() > 2 && arg.startsWith("-") && !arg.startsWith("--") && spec.findOption(arg) == null) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (spec.findOption("-" + name) != null) {
          err.println("hint: long options take two dashes: did you mean '-" + name + "'?");
        } else {
          general = true;
        }
      }
    }
    if (general) {
      err.println("hint: options take two dashes, e.g. --help");
    }
  }

  /** A usage or input error with its message and exit code. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Failure(String message, int code) {
      super(message);
      this.code = code;
    }

    static Failure badInput(String message) {
      return new Failure(message, BAD_INPUT);
    }
  }

  /** Runs a command body, turning every exception into one line on {@code err} and an exit code. */
  /**
   * For each draft among {@code files}: how many review marks remain (issue 11). Diff and reprice
   * read a draft with its marks; validate refuses it until every mark is deleted.
   */
  static void reportReviewMarks(PrintWriter out, java.nio.file.Path... files) {
    for (java.nio.file.Path f : files) {
      int marks = se.rjl.patientfees.rules.load.RulebookLoader.loadDraft(f).reviewMarks().size();
      if (marks > 0) {
        out.println(f + ": " + marks + " review mark" + (marks == 1 ? "" : "s") + " remain (validate refuses the draft until each is"
            + " checked against the new regelbok and deleted)");
      }
    }
    out.flush();
  }

  static int run(PrintWriter err, Callable<Integer> body) {
    try {
      return body.call();
    } catch (Failure f) {
      err.println("error: " + f.getMessage());
      return f.code;
    } catch (RulebookException e) {
      err.println("error: the rulebook does not load (" + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems") + "):");
      for (Problem p : e.problems()) {
        err.println(p.location() + ": " + p.message() + " [" + p.kind() + "]");
      }
      return BAD_INPUT;
    } catch (InputFormatException | NewYearDraft.DraftException e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + e.getFile());
      return BAD_INPUT;
    } catch (AccessDeniedException e) {
      err.println("error: access denied: " + e.getFile());
      return BAD_INPUT;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getCause().getMessage());
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      err.println("error: internal error: " + e + " (please report it)");
      return INTERNAL;
    } finally {
      err.flush();
    }
  }
}
