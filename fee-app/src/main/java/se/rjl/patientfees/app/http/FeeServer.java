package se.rjl.patientfees.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.RulebookSummary;
import se.rjl.patientfees.api.json.JsonContract;
import se.rjl.patientfees.api.json.Problem;
import se.rjl.patientfees.api.json.RulebooksResponse;

/**
 * The HTTP/JSON interface on the JDK's {@code com.sun.net.httpserver}: bound to loopback unless told
 * otherwise, with limits on body size, concurrency and time, problem details for every error and a
 * graceful shutdown that finishes the requests already accepted.
 *
 * <pre>{@code
 * try (FeeServer server = FeeServer.start(PatientFees.bundled(), FeeServer.Settings.defaults().withPort(0))) {
 *   URI price = URI.create("http://127.0.0.1:" + server.port() + "/v1/price");
 *   // POST JSON requests to it
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><td>POST /v1/price</td><td>one contact, without the cap ledger</td></tr>
 *   <tr><td>POST /v1/price/batch</td><td>a patient's contacts through the cap ledger</td></tr>
 *   <tr><td>POST /v1/inpatient</td><td>a hospital stay, day by day</td></tr>
 *   <tr><td>POST /v1/certificate</td><td>a certificate</td></tr>
 *   <tr><td>POST /v1/other-charges</td><td>one of the rulebook's other charges (decisions E52, E53)</td></tr>
 *   <tr><td>POST /v1/copies</td><td>copies of the patient record or X-ray images</td></tr>
 *   <tr><td>POST /v1/aids</td><td>an aid, through the aids cap</td></tr>
 *   <tr><td>GET /v1/rulebooks</td><td>the loaded rulebooks</td></tr>
 *   <tr><td>GET /health</td><td>{@code {"status": "ok", ...}}</td></tr>
 * </table>
 */
public final class FeeServer implements AutoCloseable {
  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

  /** Set while a request runs in the dispatcher thread because the queue was full: answer 503 at once. */
  private static final ThreadLocal<Boolean> OVERLOADED = new ThreadLocal<>();
  /** When the running request was accepted (handed to the pool), in {@link System#nanoTime()}. */
  private static final ThreadLocal<Long> ACCEPTED_AT = new ThreadLocal<>();

  /**
   * How the server runs.
   *
   * <pre>{@code
   * FeeServer.Settings s = FeeServer.Settings.defaults().withPort(0).withMaxBodyBytes(256 * 1024);
   * }</pre>
   *
   * @param host the address to bind, {@code 127.0.0.1} by default (loopback only)
   * @param port the port; 0 picks a free one
   * @param maxBodyBytes the largest request body; larger ones get 413
   * @param threads the threads that serve requests
   * @param queue how many accepted requests may wait for a thread; beyond that 503
   * @param requestTimeout the longest a request may take to price; then 503
   * @param drainTimeout on shutdown, the longest to wait for accepted requests to finish
   * @param ioTimeout the longest to read a request or write a response (slow clients are cut off)
   */
  public record Settings(
      String host, int port, int maxBodyBytes, int threads, int queue, Duration requestTimeout, Duration drainTimeout,
      Duration ioTimeout) {

    /** Loopback, port 8080, 1 MiB bodies, 2 × cores threads (at least 4), a queue of 256, 10 s to price, 10 s to drain, 30 s I/O. */
    public static Settings defaults() {
      return new Settings("127.0.0.1", 8080, 1 << 20, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), 256,
          Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public Settings withPort(int p) {
      return new Settings(host, p, maxBodyBytes, threads, queue, requestTimeout, drainTimeout, ioTimeout);
    }

    public Settings withHost(String h) {
      return new Settings(h, port, maxBodyBytes, threads, queue, requestTimeout, drainTimeout, ioTimeout);
    }

    public Settings withMaxBodyBytes(int b) {
      return new Settings(host, port, b, threads, queue, requestTimeout, drainTimeout, ioTimeout);
    }

    public Settings withThreads(int t) {
      return new Settings(host, port, maxBodyBytes, t, queue, requestTimeout, drainTimeout, ioTimeout);
    }

    public Settings withQueue(int q) {
      return new Settings(host, port, maxBodyBytes, threads, q, requestTimeout, drainTimeout, ioTimeout);
    }

    public Settings withRequestTimeout(Duration d) {
      return new Settings(host, port, maxBodyBytes, threads, queue, d, drainTimeout, ioTimeout);
    }

    public Settings withDrainTimeout(Duration d) {
      return new Settings(host, port, maxBodyBytes, threads, queue, requestTimeout, d, ioTimeout);
    }
  }

  private final HttpServer server;
  private final Settings settings;
  /** The rulebook set in force and its JSON contract; replaced whole by {@link #reload}. */
  private volatile Served served;
  private final ThreadPoolExecutor requestPool;
  private final ExecutorService pricingPool;
  /** Answers 503 when the request pool's queue is full, off the dispatcher thread (the answer drains the body). */
  private final ThreadPoolExecutor overflowPool;
  private final AtomicInteger pending = new AtomicInteger();
  private final Object drained = new Object();
  private final PrintStream log;
  private final boolean debug;
  private volatile long drainingSince = Long.MAX_VALUE;
  private volatile boolean closed;

  private FeeServer(PatientFees fees, Settings s, PrintStream log, boolean debug) throws IOException {
    this.debug = debug;
    this.settings = s;
    this.served = new Served(fees, new JsonContract(fees));
    this.log = log;
    // The JDK server reads these once; they cut off clients that send or read too slowly.
    long io = Math.max(1, s.ioTimeout().toSeconds());
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(io));
    System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", Long.toString(io));
    // Without TCP_NODELAY the response body waits for the client's delayed ACK of the headers: ~40 ms a request.
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    this.requestPool = new ThreadPoolExecutor(s.threads(), s.threads(), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(1, s.queue())), named("fee-http-"));
    this.pricingPool = Executors.newFixedThreadPool(s.threads(), named("fee-price-"));
    this.overflowPool = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), named("fee-busy-"));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(s.host()), s.port()), s.queue());
    server.createContext("/", this::handle);
    server.setExecutor(new CountingExecutor());
  }

  /** Starts a server; it runs until {@link #close()} (or {@link #shutdown(Duration)}). */
  public static FeeServer start(PatientFees fees, Settings settings) throws IOException {
    return start(fees, settings, System.err, false);
  }

  /**
   * Starts a server that logs internal errors to {@code log}: one line each, with the stack trace
   * when {@code debug}. Responses never carry a stack trace.
   */
  public static FeeServer start(PatientFees fees, Settings settings, PrintStream log, boolean debug) throws IOException {
    FeeServer s = new FeeServer(fees, settings, log, debug);
    s.server.start();
    return s;
  }

  /** The bound address (the real port when started with port 0). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public Settings settings() {
    return settings;
  }

  /** Shuts down, waiting up to the settings' drain timeout. */
  @Override
  public void close() {
    shutdown(settings.drainTimeout());
  }

  /**
   * Stops gracefully: requests accepted before this call are finished (up to {@code drain}); requests
   * that arrive after it get 503 with {@code Connection: close}; then the listener and the pools are
   * closed. Returns whether every accepted request finished in time. Idempotent.
   */
  public synchronized boolean shutdown(Duration drain) {
    if (closed) {
      return true;
    }
    drainingSince = System.nanoTime();
    long deadline = System.nanoTime() + drain.toNanos();
    boolean done;
    synchronized (drained) {
      while (pending.get() > 0 && System.nanoTime() < deadline) {
        try {
          drained.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      done = pending.get() == 0;
    }
    server.stop(0);
    requestPool.shutdownNow();
    pricingPool.shutdownNow();
    overflowPool.shutdownNow();
    closed = true;
    return done;
  }

  // ------------------------------------------------------------------ dispatch

  private void handle(HttpExchange ex) {
    try (ex) {
      if (Boolean.TRUE.equals(OVERLOADED.get())) {
        ex.getResponseHeaders().set("Retry-After", "1");
        ex.getResponseHeaders().set("Connection", "close");
        sendProblem(ex, Problem.http(503, "Service Unavailable", "the server is busy: try again shortly"));
        return;
      }
      Long acceptedAt = ACCEPTED_AT.get();
      if (acceptedAt != null && acceptedAt - drainingSince >= 0) {
        ex.getResponseHeaders().set("Connection", "close");
        sendProblem(ex, Problem.http(503, "Service Unavailable", "the server is shutting down"));
        return;
      }
      if (drainingSince != Long.MAX_VALUE) {
        ex.getResponseHeaders().set("Connection", "close");
      }
      route(ex);
    } catch (IOException e) {
      // The client went away or was too slow: nothing to answer.
    } catch (RuntimeException | Error e) {
      log.println("fee-app serve: internal error on " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + ": " + e);
      if (debug) {
        e.printStackTrace(log);
      }
      try {
        sendProblem(ex, Problem.http(500, "Internal Server Error", "an internal error occurred; it has been logged"));
      } catch (IOException | RuntimeException ignored) {
        // headers may already be sent
      }
    }
  }

  private record Served(PatientFees fees, JsonContract contract) {}

  /**
   * Serves a new rulebook set from now on (SIGHUP in {@code serve}). Requests already running finish
   * with the set they started with.
   */
  public void reload(PatientFees fees) {
    served = new Served(fees, new JsonContract(fees));
  }

  /** The rulebook set in force. */
  public PatientFees fees() {
    return served.fees();
  }

  private void route(HttpExchange ex) throws IOException {
    Served current = served;
    JsonContract contract = current.contract();
    PatientFees fees = current.fees();
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    switch (path) {
      case "/v1/price" -> post(ex, method, contract::handlePrice);
      case "/v1/price/batch" -> post(ex, method, contract::handleBatch);
      case "/v1/inpatient" -> post(ex, method, contract::handleInpatient);
      case "/v1/certificate" -> post(ex, method, contract::handleCertificate);
      case "/v1/other-charges" -> post(ex, method, contract::handleOtherCharge);
      case "/v1/copies" -> post(ex, method, contract::handleCopies);
      case "/v1/aids" -> post(ex, method, contract::handleAid);
      case "/v1/rulebooks" -> get(ex, method, () -> new RulebooksResponse(fees.rulebooks()));
      case "/health" -> get(ex, method, () -> new Health("ok", fees.rulebooks().stream().map(RulebookSummary::id).toList()));
      default -> sendProblem(ex, Problem.http(404, "Not Found", "no resource at " + path + "; see " + String.join(", ", endpoints())));
    }
  }

  private void get(HttpExchange ex, String method, java.util.function.Supplier<Object> body) throws IOException {
    if (!method.equals("GET")) {
      methodNotAllowed(ex, "GET");
      return;
    }
    send(ex, 200, JSON, JsonContract.write(body.get()));
  }

  private void post(HttpExchange ex, String method, Function<String, JsonContract.Outcome> handler) throws IOException {
    if (!method.equals("POST")) {
      methodNotAllowed(ex, "POST");
      return;
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type != null && !isJson(type)) {
      sendProblem(ex, Problem.http(415, "Unsupported Media Type", "send the request as application/json, not " + type));
      return;
    }
    String text = readBody(ex);
    if (text == null) {
      return; // answered
    }
    Future<JsonContract.Outcome> f = pricingPool.submit(() -> handler.apply(text));
    JsonContract.Outcome o;
    try {
      o = f.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      sendProblem(ex, Problem.http(503, "Service Unavailable",
          "pricing took longer than " + settings.requestTimeout().toMillis() + " ms and was abandoned"));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sendProblem(ex, Problem.http(503, "Service Unavailable", "the server is shutting down"));
      return;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
    if (o.body() instanceof Problem p) {
      sendProblem(ex, p);
    } else {
      send(ex, o.status(), JSON, JsonContract.write(o.body()));
    }
  }

  private static boolean isJson(String contentType) {
    String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return t.equals("application/json") || t.endsWith("+json");
  }

  /** The body as UTF-8 text, or null after answering 413/400. */
  private String readBody(HttpExchange ex) throws IOException {
    int max = settings.maxBodyBytes();
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n > max) {
        tooLarge(ex, max);
        return null;
      }
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try (InputStream in = ex.getRequestBody()) {
      int r;
      while ((r = in.read(chunk)) >= 0) {
        if (buf.size() + r > max) {
          tooLarge(ex, max);
          return null;
        }
        buf.write(chunk, 0, r);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      sendProblem(ex, new Problem("/problems/malformed-json", "Malformed JSON", 400, "the body is not UTF-8 text", null,
          "malformed-json", null));
      return null;
    }
  }

  private void tooLarge(HttpExchange ex, int max) throws IOException {
    ex.getResponseHeaders().set("Connection", "close");
    sendProblem(ex, Problem.http(413, "Content Too Large", "the request body is larger than " + max + " bytes"));
  }

  private void methodNotAllowed(HttpExchange ex, String allow) throws IOException {
    ex.getResponseHeaders().set("Allow", allow);
    sendProblem(ex, Problem.http(405, "Method Not Allowed", ex.getRequestMethod() + " is not allowed here; use " + allow));
  }

  private static void sendProblem(HttpExchange ex, Problem p) throws IOException {
    send(ex, p.status(), PROBLEM_JSON, JsonContract.write(p));
  }

  private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  // ------------------------------------------------------------------ threads

  /**
   * Hands exchanges to the bounded pool and counts them until they finish, for draining. When the
   * queue is full the exchange is answered 503 at once by a small overflow pool, and only when that
   * is full too by the caller (the server's dispatcher thread).
   */
  private final class CountingExecutor implements Executor {
    @Override
    public void execute(Runnable exchange) {
      long acceptedAt = System.nanoTime();
      pending.incrementAndGet();
      Runnable counted = () -> {
        ACCEPTED_AT.set(acceptedAt);
        try {
          exchange.run();
        } finally {
          ACCEPTED_AT.remove();
          if (pending.decrementAndGet() == 0) {
            synchronized (drained) {
              drained.notifyAll();
            }
          }
        }
      };
      try {
        requestPool.execute(counted);
      } catch (RejectedExecutionException e) {
        Runnable busy = () -> {
          OVERLOADED.set(Boolean.TRUE);
          try {
            counted.run();
          } finally {
            OVERLOADED.remove();
          }
        };
        try {
          overflowPool.execute(busy);
        } catch (RejectedExecutionException full) {
          busy.run();
        }
      }
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * The answer of {@code GET /health}.
   *
   * <pre>{@code
   * {"status": "ok", "rulebooks": ["rjl-2026"]}
   * }</pre>
   */
  public record Health(String status, List<String> rulebooks) {}

  /** The endpoints, for documentation and tests. */
  public static List<String> endpoints() {
    return List.of("POST /v1/price", "POST /v1/price/batch", "POST /v1/inpatient", "POST /v1/certificate", "POST /v1/copies",
        "POST /v1/aids", "POST /v1/other-charges", "GET /v1/rulebooks", "GET /health");
  }
}
