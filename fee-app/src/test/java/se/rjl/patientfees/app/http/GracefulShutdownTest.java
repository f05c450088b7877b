package se.rjl.patientfees.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.Fixtures;
import se.rjl.patientfees.api.PatientFees;

/** Shutdown finishes requests already accepted, then stops listening; a full queue answers 503. */
class GracefulShutdownTest {

  @Test
  void aFullQueueIsAnswered503WithRetryAfter() throws Exception {
    try (FeeServer server = FeeServer.start(PatientFees.bundled(),
        FeeServer.Settings.defaults().withPort(0).withThreads(1).withQueue(1).withDrainTimeout(Duration.ofSeconds(1)))) {
      // One worker, one queue place: a pricing that takes a while holds both; the rest are refused at once.
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      server.route("/v1/price", body -> {
        started.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new se.rjl.patientfees.api.json.JsonContract(PatientFees.bundled()).handlePrice(body);
      });
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/price");
      HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Fixtures.PRICE_REQUEST)).build();
      CompletableFuture<HttpResponse<String>> first = client.sendAsync(req, HttpResponse.BodyHandlers.ofString());
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> queued = client.sendAsync(req, HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300);
      List<HttpResponse<String>> busy = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        busy.add(client.send(req, HttpResponse.BodyHandlers.ofString()));
      }
      release.countDown();
      assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(queued.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      for (HttpResponse<String> r : busy) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(r.body()).contains("busy");
      }
    }
  }

  @Test
  void acceptedRequestsFinishDuringShutdown() throws Exception {
    FeeServer server = FeeServer.start(PatientFees.bundled(),
        FeeServer.Settings.defaults().withPort(0).withThreads(2).withDrainTimeout(Duration.ofSeconds(10)));
    HttpClient client = HttpClient.newHttpClient();
    URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/price");
    // Requests whose bodies arrive slowly: the server has accepted them and is reading when shutdown starts.
    byte[] body = Fixtures.PRICE_REQUEST.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    CountDownLatch sent = new CountDownLatch(2);
    List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      slow.add(client.sendAsync(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.fromPublisher(new SlowBody(body, sent), body.length)).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200); // the first half of each body is in; the server is waiting for the rest

    long t0 = System.nanoTime();
    boolean drained = server.shutdown(Duration.ofSeconds(10));
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

    assertThat(drained).isTrue();
    for (CompletableFuture<HttpResponse<String>> f : slow) {
      HttpResponse<String> r = f.get(10, TimeUnit.SECONDS);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains("\"amount\":\"250.00\"");
    }
    assertThat(took).as("waited for the slow requests, not for the whole drain timeout").isLessThan(9_000);
    // No longer listening.
    assertThat(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
        .failsWithin(Duration.ofSeconds(10));
  }

  /** Sends half the body, signals, waits 1 s, sends the rest. */
  static final class SlowBody implements Flow.Publisher<java.nio.ByteBuffer> {
    private final byte[] body;
    private final CountDownLatch sent;

    SlowBody(byte[] body, CountDownLatch sent) {
      this.body = body;
      this.sent = sent;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> s) {
      s.onSubscribe(new Flow.Subscription() {
        int step;

        @Override
        public synchronized void request(long n) {
          if (step == 0) {
            step = 1;
            s.onNext(java.nio.ByteBuffer.wrap(body, 0, body.length / 2));
            sent.countDown();
          } else if (step == 1) {
            step = 2;
            CompletableFuture.runAsync(() -> {
              s.onNext(java.nio.ByteBuffer.wrap(body, body.length / 2, body.length - body.length / 2));
              s.onComplete();
            }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
          }
        }

        @Override
        public void cancel() {}
      });
    }
  }
}
