package se.rjl.patientfees.app.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.rjl.patientfees.api.Fixtures;
import se.rjl.patientfees.api.PatientFees;

/**
 * A small load measurement, not a test: starts the server on loopback (a free port), sends N
 * requests from M threads with {@link HttpClient}, bounded in count and time, and prints
 * requests/second and latency percentiles. Traffic goes to 127.0.0.1 only.
 *
 * <pre>
 * mvn -q -pl fee-api test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "fee-app/target/classes:fee-app/target/test-classes:$(cat /tmp/cp.txt)" \
 *     se.rjl.patientfees.app.http.HttpLoadMeasurement [requests=20000] [threads=8] [maxSeconds=60] [batch=false]
 * </pre>
 */
public final class HttpLoadMeasurement {
  private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

  private HttpLoadMeasurement() {}

  public static void main(String[] args) throws Exception {
    MONETA.setLevel(Level.WARNING);
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int maxSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    boolean batch = args.length > 3 && Boolean.parseBoolean(args[3]);
    if (requests < 1 || requests > 1_000_000 || threads < 1 || threads > 256 || maxSeconds < 1 || maxSeconds > 600) {
      throw new IllegalArgumentException("requests 1..1000000, threads 1..256, maxSeconds 1..600");
    }
    String path = batch ? "/v1/price/batch" : "/v1/price";
    String body = batch ? Fixtures.batchOfDoctorVisits(10) : Fixtures.PRICE_REQUEST;

    try (FeeServer server = FeeServer.start(PatientFees.bundled(), FeeServer.Settings.defaults().withHost("127.0.0.1").withPort(0))) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();

      // Warm-up: JIT and connections (bounded).
      run(client, request, Math.min(2_000, requests), threads, 30, new long[Math.min(2_000, requests)]);

      long[] latencies = new long[requests];
      long t0 = System.nanoTime();
      Result r = run(client, request, requests, threads, maxSeconds, latencies);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long[] done = Arrays.copyOf(latencies, r.completed);
      Arrays.sort(done);
      System.out.printf(Locale.ROOT, "POST %s on loopback, %d threads (server: %d threads), %s%n", path, threads,
          server.settings().threads(), System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
              + Runtime.getRuntime().availableProcessors() + " cores");
      System.out.printf(Locale.ROOT, "requests: %d completed, %d not 200, %d failed, in %.2f s%n", r.completed, r.non200, r.failed, seconds);
      System.out.printf(Locale.ROOT, "throughput: %.0f requests/s%n", r.completed / seconds);
      System.out.printf(Locale.ROOT, "latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          pct(done, 50), pct(done, 90), pct(done, 99), done.length == 0 ? 0 : done[done.length - 1] / 1e6);
    }
  }

  record Result(int completed, int non200, int failed) {}

  private static Result run(HttpClient client, HttpRequest request, int n, int threads, int maxSeconds, long[] latencies)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger non200 = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(() -> {
        try {
          for (int i; (i = next.getAndIncrement()) < n && System.nanoTime() < deadline; ) {
            long s = System.nanoTime();
            try {
              HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() != 200) {
                non200.incrementAndGet();
              }
              latencies[completed.getAndIncrement()] = System.nanoTime() - s;
            } catch (Exception e) {
              failed.incrementAndGet();
              if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          }
        } finally {
          done.countDown();
        }
      }, "load-" + t);
      th.setDaemon(true);
      th.start();
    }
    done.await();
    return new Result(completed.get(), non200.get(), failed.get());
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
