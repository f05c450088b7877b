package se.rjl.patientfees.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.rjl.patientfees.api.PatientFees;

/**
 * Slow clients cannot stall the server (issue 16): connections that send their headers a byte at a
 * time hold a connection thread, never a pricing worker; {@code /health} stays fast; the JDK cuts
 * them off after {@code sun.net.httpserver.maxReqTime} (8 s in this module's tests, see the pom); pins E62.
 */
class SlowClientTest {

  @Test
  void fourSlowClientsDoNotDelayHealth() throws Exception {
    assertHealthStaysFastWith(4);
  }

  @Test
  void fiveHundredSlowClientsDoNotDelayHealth() throws Exception {
    assertHealthStaysFastWith(500);
  }

  private static void assertHealthStaysFastWith(int slow) throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (FeeServer server = FeeServer.start(PatientFees.bundled(),
        FeeServer.Settings.defaults().withPort(0).withThreads(4).withAccessLog(false).withDrainTimeout(Duration.ofSeconds(1)),
        new PrintStream(log, true, StandardCharsets.UTF_8), false)) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI health = URI.create("http://127.0.0.1:" + server.port() + "/health");
      client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()); // warm up the client
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < slow; i++) {
          Socket s = new Socket();
          s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
          s.getOutputStream().write('G'); // the first byte of a request line that never ends
          s.getOutputStream().flush();
          sockets.add(s);
        }
        long worst = 0;
        for (int i = 0; i < 10; i++) {
          long t0 = System.nanoTime();
          HttpResponse<String> r = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
          worst = Math.max(worst, System.nanoTime() - t0);
          assertThat(r.statusCode()).isEqualTo(200);
          for (int j = 0; j < sockets.size(); j += Math.max(1, sockets.size() / 50)) {
            try {
              sockets.get(j).getOutputStream().write('E'); // still trickling
            } catch (java.io.IOException cutOff) {
              // on a slow machine the first ones may already have been cut off: that is the bound working
            }
          }
        }
        long worstMs = TimeUnit.NANOSECONDS.toMillis(worst);
        System.out.println("slow-clients: " + slow + " slow connections, /health worst of 10: " + worstMs + " ms");
        assertThat(worstMs).as("pins E62: health with %d slow clients", slow).isLessThan(2_000);

        // The read time is bounded: every slow connection is closed by the server within a few seconds.
        long t0 = System.nanoTime();
        int closed = 0;
        for (Socket s : sockets) {
          s.setSoTimeout(30_000);
          InputStream in = s.getInputStream();
          try {
            while (in.read() >= 0) {
              // a 400/408 answer, if any, then end of stream
            }
          } catch (java.net.SocketException reset) {
            // closed by the server
          }
          closed++;
        }
        long cutMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.println("slow-clients: all " + closed + " cut off after " + cutMs + " ms more");
        assertThat(closed).isEqualTo(slow);
        assertThat(cutMs).isLessThan(30_000);
      } finally {
        for (Socket s : sockets) {
          s.close();
        }
      }
    }
  }
}
