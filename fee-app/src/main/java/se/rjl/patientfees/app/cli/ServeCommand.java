package se.rjl.patientfees.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.rjl.patientfees.api.PatientFees;
import se.rjl.patientfees.app.http.FeeServer;

/** {@code serve --port N}: HTTP/JSON until SIGTERM or Ctrl-C, then a graceful drain. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the JSON API over HTTP until SIGTERM or Ctrl-C.",
      "Endpoints (docs/api.md): POST /v1/price, POST /v1/price/batch, POST /v1/inpatient, POST /v1/certificate, "
          + "POST /v1/copies, POST /v1/aids, GET /v1/rulebooks, GET /health, GET /openapi.json (the OpenAPI 3.1 description); "
          + "HEAD wherever GET is allowed.",
      "Binds to 127.0.0.1 unless --host says otherwise. Stops on SIGTERM or Ctrl-C: requests already accepted are "
          + "finished (up to --drain-timeout), later ones get 503."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"143:stopped by SIGTERM after draining (130: Ctrl-C; the JVM sets these)", "2:bad usage (the port is taken, a rulebook does not load)", Main.EXIT_CODES_3})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080", description = "The port (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "The address to bind. Default: ${DEFAULT-VALUE} (loopback only).")
  String host;

  @Option(names = "--max-body", defaultValue = "1048576", paramLabel = "BYTES",
      description = "The largest request body; larger ones get 413. Default: ${DEFAULT-VALUE} (1 MiB).")
  int maxBody;

  @Option(names = "--threads", paramLabel = "N", description = "Threads serving requests. Default: 2 × cores, at least 4.")
  Integer threads;

  @Option(names = "--queue", defaultValue = "256", paramLabel = "N",
      description = "Accepted requests that may wait for a thread; beyond that 503. Default: ${DEFAULT-VALUE}.")
  int queue;

  @Option(names = "--request-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "The longest a request may take to price; then 503. Default: ${DEFAULT-VALUE}.")
  int requestTimeout;

  @Option(names = "--drain-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "On shutdown, the longest to wait for accepted requests. Default: ${DEFAULT-VALUE}.")
  int drainTimeout;

  @Option(names = "--max-connections", defaultValue = "1000", paramLabel = "N",
      description = "The most open connections; further ones are closed at once. Default: ${DEFAULT-VALUE}.")
  int maxConnections;

  @Option(names = "--io-timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "The longest to read a request (headers and body) or write a response; slower clients are cut off. "
          + "Default: ${DEFAULT-VALUE}.")
  int ioTimeout;

  @Option(names = "--no-access-log", negatable = false,
      description = "Do not write the access log (one line per request on standard error: method, path, status, milliseconds).")
  boolean noAccessLog;

  @Mixin RulebookOptions rulebooks = new RulebookOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new CliException("--port must be 0–65535, not " + port);
    }
    if (maxBody < 1 || queue < 1 || requestTimeout < 1 || drainTimeout < 0 || threads != null && threads < 1 || maxConnections < 1
        || ioTimeout < 1) {
      throw new CliException("--max-body, --queue, --threads, --max-connections, --io-timeout and --request-timeout must be positive;"
          + " --drain-timeout not negative");
    }
    PatientFees fees = rulebooks.fees();
    FeeServer.Settings d = FeeServer.Settings.defaults();
    FeeServer.Settings s = new FeeServer.Settings(host, port, maxBody, threads == null ? d.threads() : threads, queue,
        Duration.ofSeconds(requestTimeout), Duration.ofSeconds(drainTimeout), Duration.ofSeconds(ioTimeout), maxConnections, !noAccessLog);
    boolean debug = ((Main) spec.root().userObject()).debugRequested;
    FeeServer server;
    try {
      server = FeeServer.start(fees, s, new PrintStream(System.err, true, StandardCharsets.UTF_8), debug);
    } catch (java.net.BindException e) {
      throw new CliException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    reloadOnHangup(server);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      boolean drained = server.shutdown(s.drainTimeout());
      System.err.println("fee-app serve: stopped" + (drained ? "" : " (some requests did not finish within the drain timeout)"));
      stopped.countDown();
    }, "fee-api-shutdown"));
    out.println("fee-app serve: listening on http://" + hostForUrl(server.address().getAddress().getHostAddress()) + ":" + server.port()
        + " with " + String.join(", ", fees.rulebooks().stream().map(r -> r.id()).toList()) + " (Ctrl-C to stop)");
    out.flush();
    stopped.await();
    return Main.OK;
  }

  /**
   * {@code kill -HUP}: loads the rulebook set again from the same files; a set that does not load or
   * validate is refused with its problems logged, and the running set stays in force.
   */
  private void reloadOnHangup(FeeServer server) {
    // sun.misc.Signal (module jdk.unsupported) is the JDK's only signal hook; reached by reflection so
    // the build does not warn about an internal API, and a JVM without it just has no reload.
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object onHangup = java.lang.reflect.Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler},
          (proxy, method, args) -> switch (method.getName()) {
            case "handle" -> {
              System.err.println(reload(server));
              yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "SIGHUP reload";
          });
      signal.getMethod("handle", signal, handler).invoke(null, signal.getConstructor(String.class).newInstance("HUP"), onHangup);
    } catch (ReflectiveOperationException | IllegalArgumentException | UnsupportedOperationException e) {
      Throwable cause = e instanceof java.lang.reflect.InvocationTargetException t && t.getCause() != null ? t.getCause() : e;
      System.err.println("fee-app serve: SIGHUP reload is not available here: " + cause.getMessage());
    }
  }

  /** Reloads the set; the line to log. */
  String reload(FeeServer server) {
    try {
      PatientFees fresh = rulebooks.fees();
      server.reload(fresh);
      return "fee-app serve: reloaded " + String.join(", ", fresh.rulebooks().stream()
          .map(r -> r.id() + " (" + r.validFrom() + " – " + r.validTo() + ")").toList());
    } catch (se.rjl.patientfees.rules.yaml.RulebookException e) {
      return "fee-app serve: reload refused, the running rulebooks stay in force: " + e.getMessage();
    } catch (RuntimeException e) {
      return "fee-app serve: reload refused, the running rulebooks stay in force: " + e.getMessage();
    }
  }

  private static String hostForUrl(String address) {
    return address.contains(":") ? "[" + address + "]" : address;
  }
}
