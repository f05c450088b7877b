package se.rjl.patientfees.finance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints an HTML report to PDF with headless Chromium, where it is installed: the report's own
 * print stylesheet decides the layout (A4, page numbers), Chromium's header and footer are off.
 * Each run uses a fresh, temporary profile and no network services.
 */
public final class Pdf {
  private Pdf() {}

  /** The Chromium to use: {@code $CHROMIUM}, else the first of chromium, chromium-browser, google-chrome on the PATH. */
  public static Optional<Path> chromium() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The command line that prints {@code html} to {@code pdf} with a fresh {@code profile}. */
  public static List<String> command(Path chromium, Path profile, Path html, Path pdf) {
    return new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--user-data-dir=" + profile, "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
        "--virtual-time-budget=5000", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString()));
  }

  /**
   * Writes {@code pdf} from {@code html}; throws with Chromium's exit code when it fails or takes
   * more than two minutes.
   */
  public static void write(Path chromium, Path html, Path pdf) throws IOException {
    Path profile = Files.createTempDirectory("fee-finance-chromium");
    try {
      Files.deleteIfExists(pdf);
      Process p = new ProcessBuilder(command(chromium, profile, html, pdf))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      boolean done;
      try {
        done = p.waitFor(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
        throw new IOException("interrupted while Chromium printed " + html);
      }
      if (!done) {
        p.destroyForcibly();
        throw new IOException("Chromium did not print " + html + " within 120 s");
      }
      if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
        throw new IOException("Chromium could not print " + html + " (exit code " + p.exitValue() + ")");
      }
    } finally {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
