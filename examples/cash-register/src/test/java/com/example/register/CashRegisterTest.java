package com.example.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the register in its own JVM, on this project's class path (the library artifact, logback and
 * nothing else), and checks what a vendor would: its own log lines are written, with the regelbok's
 * amounts, and nothing else reached standard error (no SLF4J provider warning, no Moneta start-up
 * line, nothing printed by the library).
 */
class CashRegisterTest {

  @Test
  void logsItsOwnLinesAndNothingElseReachesStandardError() throws Exception {
    Path out = Files.createTempFile("register", ".out");
    Path err = Files.createTempFile("register", ".err");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), CashRegister.class.getName()))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stdout + stderr).isZero();

    // 250 kr for a primary-care doctor's visit, 1 450 kr cap (regelbok 2026, seed 002 L3235–L3275 and the fee-code table).
    assertThat(stdout).contains("INFO CashRegister - register open with rulebooks [");
    assertThat(stdout).contains("INFO CashRegister - kvitto-1: pay 250.00 kr, code ");
    assertThat(stdout).contains("1200.00 kr left to frikort");
    assertThat(stdout).contains("INFO CashRegister - kvitto-2: pay ");
    // The card's 150 kr left to the 1 450 kr cap (seed 002 L3279): the 250 kr visit costs 150 kr and
    // reaches frikort; the register reports a RegisterTransaction of 150 kr (L3235–L3275, decision E82).
    assertThat(stdout).contains("INFO CashRegister - kvitto-3: pay 150.00 kr, frikort reached, card now 1450.00 kr of 1450.00 kr");
    assertThat(stdout).contains("INFO CashRegister - report to eFrikort: REGISTER kvitto-3 150.00 kr");
    assertThat(stdout).contains("WARN CashRegister - refused: patient.birthDate [birth-date-after-contact]");
    assertThat(stdout).contains("INFO CashRegister - register closed");
    assertThat(stdout.lines()).allSatisfy(l -> assertThat(l).matches("(INFO|WARN) CashRegister - .*"));
    assertThat(stderr).as("standard error").isEmpty();
    assertThat(System.getProperty("java.class.path").split(File.pathSeparator))
        .noneMatch(e -> e.contains("slf4j-nop") || e.contains("jaxb") || e.contains("jollyday") || e.contains("picocli"));
  }
}
