package se.rjl.patientfees.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import se.rjl.patientfees.api.Fixtures;

/**
 * {@link Main#run} builds only the command it runs (a cold start should not reflect over every
 * command), and behaves as the full command line does: same output, same help, same suggestions.
 */
class OneCommandStartTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static CommandLine built(String only) {
    return Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), false, only);
  }

  @Test
  void aNamedCommandIsBuiltAlone() {
    assertThat(built("validate").getSubcommands()).containsOnlyKeys("validate");
    assertThat(built("reprice").getSubcommands()).containsOnlyKeys("reprice");
  }

  @Test
  void helpAndUnknownWordsGetEveryCommand() {
    assertThat(built(null).getSubcommands()).containsKeys("validate", "test", "price", "explain", "serve", "diff",
        "reprice", "generate-visits", "new-year", "help");
    assertThat(built("valdate").getSubcommands().keySet()).isEqualTo(built(null).getSubcommands().keySet());
  }

  @Test
  void runningOneCommandGivesWhatTheFullCommandLineGives() {
    Run r = run("validate", Fixtures.RULEBOOK_2026.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(": OK rjl-2026, ");

    StringWriter out = new StringWriter();
    int code = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(new StringWriter()),
        false).execute("validate", Fixtures.RULEBOOK_2026.toString());
    assertThat(code).isZero();
    assertThat(r.out()).isEqualTo(out.toString());
  }

  @Test
  void theDebugOptionBeforeTheCommandStillFindsIt() {
    Run r = run("--debug", "validate", Fixtures.RULEBOOK_2026.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(": OK rjl-2026, ");
  }

  @Test
  void aMisspeltCommandIsSuggestedFromAllCommands() {
    Run r = run("valdate", "x.yaml");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("valdate").contains("validate");
  }

  @Test
  void theJarsHelpListsEveryCommand() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("validate", "explain", "serve", "reprice", "new-year", "help");
  }

  @Test
  void versionAloneSaysWhatTheFullCommandLineSays() {
    Run alone = run("--version");
    StringWriter out = new StringWriter();
    int code = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(new StringWriter()),
        false).execute("--version");
    assertThat(alone.code()).isZero().isEqualTo(code);
    assertThat(alone.out()).contains("bundled rulebooks").isEqualTo(out.toString());
    assertThat(run("-V").out()).isEqualTo(out.toString());
  }
}
