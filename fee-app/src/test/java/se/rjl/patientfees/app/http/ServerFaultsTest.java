package se.rjl.patientfees.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.json.JsonContract;

/** Issue 16: an internal error is a 500 problem, and a drain under load answers every accepted request. */
class ServerFaultsTest {
  static final String PRICE = "{\"patient\": {\"birthDate\": \"1980-05-01\", \"residence\": \"county-resident\"},"
      + " \"contact\": {\"at\": \"2026-03-10T10:00\", \"careUnit\": \"primary-care\", \"kind\": \"physical-visit\","
      + " \"profession\": \"doctor\"}}";

  @Test
  void anInternalErrorIsA500ProblemAndIsLogged() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (FeeServer server = FeeServer.start(PatientFees.bundled(), FeeServer.Settings.defaults().withPort(0),
        new PrintStream(log, true, StandardCharsets.UTF_8), false)) {
      server.route("/v1/price", body -> {
        throw new IllegalStateException("forced for the test");
      });
      Answer a = send(server.port(), "POST", "/v1/price", PRICE);
      assertThat(a.status).isEqualTo(500);
      assertThat(a.headers).containsIgnoringCase("Content-Type: application/problem+json");
      JsonNode p = JsonContract.mapper().readTree(a.body);
      assertThat(p.get("status").asInt()).isEqualTo(500);
      assertThat(p.get("kind").asText()).isEqualTo("internal-error");
      assertThat(a.body).doesNotContain("IllegalStateException", "forced", "\tat ");
      String logged = awaitLog(log, "access POST /v1/price 500 ");
      assertThat(logged).contains("internal error on POST /v1/price: java.lang.IllegalStateException: forced for the test");
      assertThat(logged).contains("access POST /v1/price 500 ");
    }
  }

  @Test
  void drainUnderLoadAnswersEveryRequestSentBeforeTheSignal() throws Exception {
    FeeServer server = FeeServer.start(PatientFees.bundled(),
        FeeServer.Settings.defaults().withPort(0).withThreads(4).withAccessLog(false), new PrintStream(new ByteArrayOutputStream()), false);
    int port = server.port();
    int clients = 16;
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>(); // {sentAt, status (-1 lost, -2 refused)}
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        try {
          while (!stop.get()) {
            long sentAt;
            Socket s = new Socket();
            try {
              s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            } catch (IOException refused) {
              results.add(new long[] {System.nanoTime(), -2});
              break;
            }
            try (s) {
              s.setSoTimeout(20_000);
              write(s.getOutputStream(), "POST", "/v1/price", PRICE);
              sentAt = System.nanoTime();
              Answer a = read(s.getInputStream());
              results.add(new long[] {sentAt, a.status});
            } catch (IOException lost) {
              results.add(new long[] {System.nanoTime(), -1});
            }
          }
        } finally {
          done.countDown();
        }
      });
      t.setDaemon(true);
      t.start();
    }
    Thread.sleep(1_500);
    long signal = System.nanoTime();
    boolean drained = server.shutdown(Duration.ofSeconds(10));
    long drainMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signal);
    Thread.sleep(300);
    stop.set(true);
    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();

    int before = 0;
    int okBefore = 0;
    int busyBefore = 0;
    int lostBefore = 0;
    int after = 0;
    int refusedOrCutAfter = 0;
    for (long[] r : results) {
      if (r[0] - signal < 0) {
        before++;
        if (r[1] == 200) {
          okBefore++;
        } else if (r[1] == 503) {
          busyBefore++;
        } else {
          lostBefore++;
        }
      } else {
        after++;
        if (r[1] < 0) {
          refusedOrCutAfter++;
        }
      }
    }
    System.out.println("drain-under-load: " + before + " requests sent before the signal (" + okBefore + " 200, " + busyBefore
        + " 503, " + lostBefore + " unanswered); " + after + " after it (" + refusedOrCutAfter + " refused); drain took "
        + drainMs + " ms, all finished: " + drained);
    assertThat(before).isGreaterThan(100);
    assertThat(lostBefore).as("requests sent before the signal and never answered").isZero();
    assertThat(busyBefore).as("requests sent before the signal and refused").isLessThanOrEqualTo(clients);
    assertThat(drained).isTrue();
  }

  /** The log once it holds {@code text} (the access line is written just after the answer), or after 5 s. */
  static String awaitLog(ByteArrayOutputStream log, String text) throws InterruptedException {
    for (int i = 0; i < 100 && !log.toString(StandardCharsets.UTF_8).contains(text); i++) {
      Thread.sleep(50);
    }
    return log.toString(StandardCharsets.UTF_8);
  }

  record Answer(int status, String headers, String body) {}

  static Answer send(int port, String method, String path, String body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(20_000);
      write(s.getOutputStream(), method, path, body);
      return read(s.getInputStream());
    }
  }

  static void write(OutputStream out, String method, String path, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + b.length
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(b);
    out.flush();
  }

  static Answer read(InputStream in) throws IOException {
    String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int end = all.indexOf("\r\n\r\n");
    if (!all.startsWith("HTTP/1.1 ") || end < 0) {
      throw new IOException("no HTTP answer: '" + all + "'");
    }
    return new Answer(Integer.parseInt(all.substring(9, 12)), all.substring(0, end), all.substring(end + 4));
  }
}
