package se.rjl.patientfees.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import se.rjl.patientfees.api.FeeInputException;
import se.rjl.patientfees.api.InternalFeeException;
import se.rjl.patientfees.api.PatientFeesException;
import se.rjl.patientfees.api.RulebookLoadException;
import se.rjl.patientfees.rules.yaml.Problem;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * Turns an exception into the one-line error users see, and its exit code. The library's errors show
 * their {@link se.rjl.patientfees.api.ErrorKind} code as it is, in brackets.
 */
final class Errors {
  private Errors() {}

  static int report(Exception ex, PrintWriter err, boolean debug) {
    Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    int code;
    if (e instanceof CliException c) {
      err.println("error: " + c.getMessage());
      code = c.exitCode();
    } else if (e instanceof FeeInputException f) {
      err.println("error: " + f.field() + ": " + f.detail() + " [" + f.kind().code() + "]");
      code = Main.BAD_INPUT;
    } else if (e instanceof RulebookLoadException r) {
      err.println("error: the rulebook does not load (" + r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems")
          + ") [" + r.kind().code() + "]:");
      for (RulebookLoadException.Problem p : r.problems()) {
        err.println(p.location() + ": " + p.message());
      }
      code = Main.BAD_INPUT;
    } else if (e instanceof InternalFeeException i) {
      err.println("error: internal error [" + i.kind().code() + "]: " + oneLine(i.getCause() == null ? i : i.getCause())
          + (debug ? "" : " (run with --debug for the stack trace)"));
      code = Main.INTERNAL;
    } else if (e instanceof PatientFeesException f) {
      err.println("error: " + (f.field() == null ? "" : f.field() + ": ") + f.detail() + " [" + f.kind().code() + "]");
      code = Main.BAD_INPUT;
    } else if (e instanceof RulebookException r) {
      err.println("error: the rulebook does not load (" + r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems") + "):");
      for (Problem p : r.problems()) {
        err.println(p.location() + ": " + p.message());
      }
      code = Main.BAD_INPUT;
    } else if (e instanceof NoSuchFileException n) {
      err.println("error: no such file: " + n.getFile());
      code = Main.BAD_INPUT;
    } else if (e instanceof AccessDeniedException a) {
      err.println("error: cannot read " + a.getFile() + ": access denied");
      code = Main.BAD_INPUT;
    } else if (e instanceof IOException io) {
      err.println("error: " + io.getMessage());
      code = Main.BAD_INPUT;
    } else {
      err.println("error: internal error: " + oneLine(e) + (debug ? "" : " (run with --debug for the stack trace)"));
      code = Main.INTERNAL;
    }
    if (debug) {
      ex.printStackTrace(err);
    }
    return code;
  }

  static String oneLine(Throwable e) {
    String s = e.toString();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
