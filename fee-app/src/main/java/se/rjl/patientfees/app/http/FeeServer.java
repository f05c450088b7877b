package se.rjl.patientfees.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import se.rjl.patientfees.api.ErrorKind;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.api.RulebookSummary;
import se.rjl.patientfees.api.json.JsonContract;
import se.rjl.patientfees.api.json.Problem;
import se.rjl.patientfees.api.json.RulebooksResponse;

/**
 * The HTTP/JSON interface on the JDK's {@code com.sun.net.httpserver}: bound to loopback unless told
 * otherwise, with limits on connections, body size, read time, concurrency and pricing time,
 * problem details for every error (a 500 {@code application/problem+json} for our own faults), an
 * access log line per request, and a graceful shutdown that answers every request accepted before it.
 * Thread-safe.
 *
 * <p>Two kinds of threads (decision S02): a connection thread reads a request (headers and body,
 * bounded in time by {@code sun.net.httpserver.maxReqTime}, at most {@link Settings#maxConnections()}
 * connections at once) and answers the cheap GET endpoints itself; pricing runs on the bounded
 * worker pool ({@link Settings#threads()}, {@link Settings#queue()}, then 503). A slow or idle client
 * therefore holds a connection, never a worker.
 *
 * <pre>{@code
 * try (FeeServer server = FeeServer.start(PatientFees.bundled(), FeeServer.Settings.defaults().withPort(0))) {
 *   URI price = URI.create("http://127.0.0.1:" + server.port() + "/v1/price");
 *   // POST JSON requests to it
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Endpoints (described in /openapi.json)</caption>
 *   <tr><td>POST /v1/price</td><td>one contact, without the cap ledger</td></tr>
 *   <tr><td>POST /v1/price/batch</td><td>a patient's contacts through the cap ledger</td></tr>
 *   <tr><td>POST /v1/inpatient</td><td>a hospital stay, day by day</td></tr>
 *   <tr><td>POST /v1/certificate</td><td>a certificate</td></tr>
 *   <tr><td>POST /v1/other-charges</td><td>one of the rulebook's other charges (decisions E52, E53)</td></tr>
 *   <tr><td>POST /v1/copies</td><td>copies of the patient record or X-ray images</td></tr>
 *   <tr><td>POST /v1/aids</td><td>an aid, through the aids cap</td></tr>
 *   <tr><td>GET /v1/rulebooks</td><td>the loaded rulebooks</td></tr>
 *   <tr><td>GET /health</td><td>{@code {"status": "ok", ...}}</td></tr>
 *   <tr><td>GET /openapi.json</td><td>the OpenAPI 3.1 description of all of these</td></tr>
 * </table>
 */
public final class FeeServer implements AutoCloseable {
  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

  /** Set while a request runs on the overflow path because every connection thread was busy: answer 503 at once. */
  private static final ThreadLocal<Boolean> OVERLOADED = new ThreadLocal<>();
  /** When the running request was handed to a connection thread, in {@link System#nanoTime()}. */
  private static final ThreadLocal<Long> ACCEPTED_AT = new ThreadLocal<>();

  /**
   * How the server runs. Immutable and thread-safe.
   *
   * <pre>{@code
   * FeeServer.Settings s = FeeServer.Settings.defaults().withPort(0).withMaxBodyBytes(256 * 1024);
   * }</pre>
   *
   * @param host the address to bind, {@code 127.0.0.1} by default (loopback only)
   * @param port the port; 0 picks a free one
   * @param maxBodyBytes the largest request body; larger ones get 413
   * @param threads the workers that price requests
   * @param queue how many read requests may wait for a worker; beyond that 503
   * @param requestTimeout the longest a request may take to price; then 503
   * @param drainTimeout on shutdown, the longest to wait for accepted requests to finish
   * @param ioTimeout the longest to read a request (headers and body) or write a response; slower
   *     clients are cut off. The JDK reads it once per JVM: the first server started decides
   * @param maxConnections the most open connections; further ones are closed at once (JVM-wide as
   *     {@code ioTimeout})
   * @param accessLog whether to write one line per request (method, path, status, milliseconds)
   */
  public record Settings(
      String host, int port, int maxBodyBytes, int threads, int queue, Duration requestTimeout, Duration drainTimeout,
      Duration ioTimeout, int maxConnections, boolean accessLog) {

    /**
     * Loopback, port 8080, 1 MiB bodies, 2 × cores workers (at least 4), a queue of 256, 10 s to
     * price, 10 s to drain, 30 s to read a request, 1 000 connections, access log on.
     */
    public static Settings defaults() {
      return new Settings("127.0.0.1", 8080, 1 << 20, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), 256,
          Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 1000, true);
    }

    /** These settings on {@code p}. */
    public Settings withPort(int p) {
      return new Settings(host, p, maxBodyBytes, threads, queue, requestTimeout, drainTimeout, ioTimeout, maxConnections, accessLog);
    }

    /** These settings bound to {@code h}. */
    public Settings withHost(String h) {
      return new Settings(h, port, maxBodyBytes, threads, queue, requestTimeout, drainTimeout, ioTimeout, maxConnections, accessLog);
    }

    /** These settings with bodies up to {@code b} bytes. */
    public Settings withMaxBodyBytes(int b) {
      return new Settings(host, port, b, threads, queue, requestTimeout, drainTimeout, ioTimeout, maxConnections, accessLog);
    }

    /** These settings with {@code t} workers. */
    public Settings withThreads(int t) {
      return new Settings(host, port, maxBodyBytes, t, queue, requestTimeout, drainTimeout, ioTimeout, maxConnections, accessLog);
    }

    /** These settings with a queue of {@code q}. */
    public Settings withQueue(int q) {
      return new Settings(host, port, maxBodyBytes, threads, q, requestTimeout, drainTimeout, ioTimeout, maxConnections, accessLog);
    }

    /** These settings with {@code d} to price. */
    public Settings withRequestTimeout(Duration d) {
      return new Settings(host, port, maxBodyBytes, threads, queue, d, drainTimeout, ioTimeout, maxConnections, accessLog);
    }

    /** These settings with {@code d} to drain. */
    public Settings withDrainTimeout(Duration d) {
      return new Settings(host, port, maxBodyBytes, threads, queue, requestTimeout, d, ioTimeout, maxConnections, accessLog);
    }

    /** These settings with at most {@code n} connections. */
    public Settings withMaxConnections(int n) {
      return new Settings(host, port, maxBodyBytes, threads, queue, requestTimeout, drainTimeout, ioTimeout, n, accessLog);
    }

    /** These settings with the access log on or off. */
    public Settings withAccessLog(boolean on) {
      return new Settings(host, port, maxBodyBytes, threads, queue, requestTimeout, drainTimeout, ioTimeout, maxConnections, on);
    }
  }

  private final HttpServer server;
  private final Settings settings;
  /** The rulebook set in force and its JSON contract; replaced whole by {@link #reload}. */
  private volatile Served served;
  /** Read requests and answer the GET endpoints: one thread per request being read, bounded. */
  private final ThreadPoolExecutor connectionPool;
  /** Prices: bounded threads and queue. */
  private final ThreadPoolExecutor workers;
  /** Answers 503 when every connection thread is busy, off the dispatcher thread. */
  private final ThreadPoolExecutor overflowPool;
  /** POST endpoints, each applied to the contract in force when its request arrives. */
  private final Map<String, BiFunction<JsonContract, String, JsonContract.Outcome>> posts = new LinkedHashMap<>();
  private final AtomicInteger pending = new AtomicInteger();
  private final Object drained = new Object();
  private final PrintStream log;
  private final boolean debug;
  private final byte[] openApi;
  private volatile long drainingSince = Long.MAX_VALUE;
  private volatile boolean closed;

  private FeeServer(PatientFees fees, Settings s, PrintStream log, boolean debug) throws IOException {
    this.debug = debug;
    this.settings = s;
    this.served = new Served(fees, new JsonContract(fees));
    this.log = log;
    this.openApi = OpenApi.document(version());
    // The JDK server reads these once per JVM (documented in the jdk.httpserver module): they cut off
    // clients that send or read too slowly, bound the open connections, and send small responses at once.
    long io = Math.max(1, s.ioTimeout().toSeconds());
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(io));
    System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", Long.toString(io));
    System.getProperties().putIfAbsent("sun.net.httpserver.maxConnections", Integer.toString(s.maxConnections()));
    // Without TCP_NODELAY the response body waits for the client's delayed ACK of the headers: ~40 ms a request.
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    this.connectionPool = new ThreadPoolExecutor(0, s.maxConnections() + 8, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        named("fee-conn-", 256 * 1024));
    this.workers = new ThreadPoolExecutor(s.threads(), s.threads(), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(1, s.queue())), named("fee-price-", 0));
    this.overflowPool = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), named("fee-busy-", 0));
    posts.put("/v1/price", JsonContract::handlePrice);
    posts.put("/v1/price/batch", JsonContract::handleBatch);
    posts.put("/v1/inpatient", JsonContract::handleInpatient);
    posts.put("/v1/certificate", JsonContract::handleCertificate);
    posts.put("/v1/other-charges", JsonContract::handleOtherCharge);
    posts.put("/v1/copies", JsonContract::handleCopies);
    posts.put("/v1/aids", JsonContract::handleAid);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(s.host()), s.port()), s.queue());
    server.createContext("/", this::handle);
    server.setExecutor(new CountingExecutor());
  }

  /** Starts a server that logs to standard error; it runs until {@link #close()} (or {@link #shutdown(Duration)}). */
  public static FeeServer start(PatientFees fees, Settings settings) throws IOException {
    return start(fees, settings, System.err, false);
  }

  /**
   * Starts a server that writes the access log and internal errors to {@code log}: one line each,
   * with the stack trace when {@code debug}. Responses never carry a stack trace.
   */
  public static FeeServer start(PatientFees fees, Settings settings, PrintStream log, boolean debug) throws IOException {
    FeeServer s = new FeeServer(fees, settings, log, debug);
    s.server.start();
    return s;
  }

  /** Adds or replaces a POST endpoint before requests arrive (tests use it to force an internal error). */
  void route(String path, Function<String, JsonContract.Outcome> handler) {
    posts.put(path, (contract, text) -> handler.apply(text));
  }

  /** The bound address (the real port when started with port 0). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The settings it runs with. */
  public Settings settings() {
    return settings;
  }

  /** Shuts down, waiting up to the settings' drain timeout. */
  @Override
  public void close() {
    shutdown(settings.drainTimeout());
  }

  /**
   * Stops gracefully (SIGTERM): every request accepted before this call is answered (up to {@code
   * drain}); requests read after it get 503 with {@code Connection: close}; once no request is being
   * answered, the listener is closed (later connections are refused) and so are the pools. Returns
   * whether every request finished in time. Idempotent.
   */
  public synchronized boolean shutdown(Duration drain) {
    if (closed) {
      return true;
    }
    drainingSince = System.nanoTime();
    long deadline = drainingSince + drain.toNanos();
    // A request already in a socket buffer is handed over within milliseconds of the signal (and
    // answered 503): wait this long at least, then until no request is being answered.
    long grace = Math.min(drain.toNanos(), TimeUnit.MILLISECONDS.toNanos(250));
    boolean done = false;
    synchronized (drained) {
      while (true) {
        long now = System.nanoTime();
        if (pending.get() == 0 && now - drainingSince >= grace) {
          done = true;
          break;
        }
        if (now - deadline >= 0) {
          break;
        }
        try {
          drained.wait(Math.max(1, Math.min(20, TimeUnit.NANOSECONDS.toMillis(deadline - now))));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    server.stop(0);
    connectionPool.shutdownNow();
    workers.shutdownNow();
    overflowPool.shutdownNow();
    closed = true;
    return done;
  }

  // ------------------------------------------------------------------ dispatch

  private void handle(HttpExchange ex) {
    long start = System.nanoTime();
    try {
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
      internalError(ex, e);
    } finally {
      ex.close();
      if (settings.accessLog()) {
        log.println("access " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " " + ex.getResponseCode() + " "
            + TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start) / 1000.0 + " ms");
      }
    }
  }

  private void internalError(HttpExchange ex, Throwable e) {
    log.println("fee-app serve: internal error on " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + ": " + e);
    if (debug) {
      e.printStackTrace(log);
    }
    if (ex.getResponseCode() != -1) {
      return; // the status line is out already: closing the connection is all that is left
    }
    try {
      sendProblem(ex, new Problem("/problems/internal-error", "Internal Server Error", 500,
          "an internal error occurred; it has been logged", null, ErrorKind.INTERNAL_ERROR.code(), null));
    } catch (IOException | RuntimeException ignored) {
      // the client is gone
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
    BiFunction<JsonContract, String, JsonContract.Outcome> post = posts.get(path);
    if (post != null) {
      post(ex, method, text -> post.apply(contract, text));
      return;
    }
    switch (path) {
      case "/v1/rulebooks" -> get(ex, method, JSON, () -> bytes(JsonContract.write(new RulebooksResponse(fees.rulebooks()))));
      case "/health" -> get(ex, method, JSON,
          () -> bytes(JsonContract.write(new Health("ok", fees.rulebooks().stream().map(RulebookSummary::id).toList()))));
      case "/openapi.json" -> get(ex, method, JSON, () -> openApi);
      default -> sendProblem(ex, Problem.http(404, "Not Found", "no resource at " + path + "; see " + String.join(", ", endpoints())));
    }
  }

  /** GET, and HEAD with the same headers and no body. */
  private void get(HttpExchange ex, String method, String type, Supplier<byte[]> body) throws IOException {
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      methodNotAllowed(ex, "GET, HEAD");
      return;
    }
    byte[] bytes = body.get();
    if (head) {
      headers(ex, type);
      ex.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
      ex.sendResponseHeaders(200, -1);
      return;
    }
    send(ex, 200, type, bytes);
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
    Future<JsonContract.Outcome> f;
    try {
      f = workers.submit(() -> handler.apply(text));
    } catch (RejectedExecutionException e) {
      ex.getResponseHeaders().set("Retry-After", "1");
      sendProblem(ex, Problem.http(503, "Service Unavailable", "the server is busy: try again shortly"));
      return;
    }
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
      send(ex, o.status(), JSON, bytes(JsonContract.write(o.body())));
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
          ErrorKind.MALFORMED_JSON.code(), null));
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
    send(ex, p.status(), PROBLEM_JSON, bytes(JsonContract.write(p)));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void headers(HttpExchange ex, String contentType) {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
  }

  private static void send(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
    headers(ex, contentType);
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The jar's version (its manifest), or {@code development} when run from classes. */
  static String version() {
    String v = FeeServer.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  // ------------------------------------------------------------------ threads

  /**
   * Hands exchanges to the connection pool and counts them until they finish, for draining. When
   * every connection thread is busy the exchange is answered 503 by a small overflow pool, and only
   * when that is full too by the caller (the server's dispatcher thread).
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
        connectionPool.execute(counted);
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

  private static ThreadFactory named(String prefix, long stackSize) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, prefix + n.incrementAndGet(), stackSize);
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
   *
   * @param status always {@code ok}
   * @param rulebooks the ids of the loaded rulebooks
   */
  public record Health(String status, List<String> rulebooks) {}

  /** The endpoints, for documentation and tests. */
  public static List<String> endpoints() {
    return List.of("POST /v1/price", "POST /v1/price/batch", "POST /v1/inpatient", "POST /v1/certificate", "POST /v1/copies",
        "POST /v1/aids", "POST /v1/other-charges", "GET /v1/rulebooks", "GET /health", "GET /openapi.json");
  }
}
