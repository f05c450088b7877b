package se.rjl.patientfees.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.api.Fixtures;

/**
 * {@code serve} reloads its rulebook set on {@code kill -HUP} (issue 11 part 1): a set that does not
 * load is refused with its problems logged and the running set stays in force; a set that loads
 * takes over, and {@code GET /v1/rulebooks} shows the new file's checksum. Runs the server in its
 * own JVM so the signal is a real one.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class HangupReloadTest {
  @TempDir Path tmp;

  @Test
  void aBadSetIsRefusedAndAGoodOneTakesOver() throws Exception {
    Path book = tmp.resolve("2026.yaml");
    Files.copy(Fixtures.RULEBOOK_2026, book);
    Path parts = Files.createDirectories(tmp.resolve("2026"));
    try (var files = Files.list(Fixtures.RULEBOOKS.resolve("2026"))) {
      for (Path p : files.toList()) {
        Files.copy(p, parts.resolve(p.getFileName()));
      }
    }
    String original = Files.readString(book, StandardCharsets.UTF_8);

    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", classPath, Main.class.getName(), "serve", "--port", "0", "--no-access-log", "-r", book.toString()));
    Process server = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    BlockingQueue<String> err = lines(server.getErrorStream());
    BlockingQueue<String> out = lines(server.getInputStream());
    try {
      String listening = next(out, "listening on http://");
      Matcher m = Pattern.compile("http://([^ ]+) with").matcher(listening);
      assertThat(m.find()).as(listening).isTrue();
      URI rulebooks = URI.create("http://" + m.group(1) + "/v1/rulebooks");
      String before = get(rulebooks);
      assertThat(before).contains("\"rjl-2026\"");

      // A broken main file: the reload is refused, the running set answers as before.
      String broken = original.replace("  id: rjl-2026", "  id: [rjl-2026");
      assertThat(broken).isNotEqualTo(original);
      Files.writeString(book, broken, StandardCharsets.UTF_8);
      hangup(server);
      assertThat(next(err, "reload")).contains("reload refused, the running rulebooks stay in force");
      assertThat(get(rulebooks)).isEqualTo(before);

      // A valid edit (a comment line): the reload takes it, and the listed checksum changes.
      Files.writeString(book, original + "\n# reviewed\n", StandardCharsets.UTF_8);
      hangup(server);
      assertThat(next(err, "reload")).contains("reloaded rjl-2026");
      String after = get(rulebooks);
      assertThat(after).contains("\"rjl-2026\"").isNotEqualTo(before);
    } finally {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static void hangup(Process p) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())).inheritIO().start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -HUP").isTrue();
  }

  private static String get(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /** The stream's lines, read on a daemon thread. */
  private static BlockingQueue<String> lines(java.io.InputStream in) {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          q.add(l);
        }
      } catch (IOException e) {
        q.add("read failed: " + e.getMessage());
      }
    });
    t.setDaemon(true);
    t.start();
    return q;
  }

  /** The next line containing {@code text}, waiting at most a minute. */
  private static String next(BlockingQueue<String> q, String text) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      String l = q.poll(1, TimeUnit.SECONDS);
      if (l != null && l.contains(text)) {
        return l;
      }
    }
    throw new AssertionError("no line with '" + text + "' within a minute");
  }
}
