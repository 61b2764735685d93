package io.github.vigil.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.cli.sample.BundledSample;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.ReportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Serves the freedom report as JSON over HTTP with the JDK's built-in server ({@code
 * jdk.httpserver}): {@code GET /report} answers the object of docs/format.md section 5, and takes the
 * query parameters {@code asOf}, {@code knownAsOf}, {@code since}, {@code source} (comma-separated)
 * and {@code minCell}. A bad parameter is answered with status 400 and a one-line message. The
 * registry can be replaced while serving ({@link #update}), as a live app appending events would.
 *
 * <pre>java -cp examples/target/vigil.jar io.github.vigil.examples.ReportServer 8080</pre>
 *
 * <p>The server binds to the loopback address only: it is an example, not a hardened service.
 */
public final class ReportServer implements AutoCloseable {
  private final HttpServer server;
  private volatile Registry registry;

  private ReportServer(HttpServer server, Registry registry) {
    this.server = server;
    this.registry = registry;
  }

  /**
   * Starts a server on the loopback address 127.0.0.1.
   *
   * @param registry the registry to report on
   * @param port the port, or 0 for any free port
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static ReportServer start(Registry registry, int port) throws IOException {
    checkNotNull(registry, "registry");
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
    ReportServer server = new ReportServer(http, registry);
    http.createContext("/report", server::handle);
    http.start();
    return server;
  }

  /** Returns the port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Replaces the registry reported on; requests after this call see the new one. */
  public void update(Registry next) {
    registry = checkNotNull(next, "next");
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET");
        send(exchange, 405, "text/plain", "only GET is supported\n");
        return;
      }
      String body;
      try {
        body = report(registry, query(exchange.getRequestURI().getRawQuery()));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        send(exchange, 400, "text/plain", "bad request: " + e.getMessage() + "\n");
        return;
      }
      send(exchange, 200, "application/json", body);
    }
  }

  /**
   * Returns the JSON report of {@code registry} for the given query parameters.
   *
   * @throws IllegalArgumentException if a parameter is unknown or not valid
   * @throws DateTimeParseException if a date is not {@code yyyy-mm-dd}
   */
  static String report(Registry registry, Map<String, String> params) {
    for (String key : params.keySet()) {
      if (!Set.of("asOf", "knownAsOf", "since", "source", "minCell").contains(key)) {
        throw new IllegalArgumentException("unknown parameter " + key);
      }
    }
    LocalDate asOf =
        params.containsKey("asOf")
            ? LocalDate.parse(params.get("asOf"))
            : registry.latestEventDate().orElseThrow(() -> new IllegalArgumentException("asOf is required for a registry without events"));
    LocalDate knownAsOf =
        params.containsKey("knownAsOf") ? LocalDate.parse(params.get("knownAsOf")) : asOf;
    RegistryView view = registry.asOf(asOf).knownOn(knownAsOf);
    if (params.containsKey("source")) {
      Set<Source> sources = new HashSet<>();
      for (String s : params.get("source").split(",", -1)) {
        sources.add(Source.of(s.strip()));
      }
      view = view.fromSources(sources);
    }
    ReportOptions.Builder options = ReportOptions.builder();
    if (params.containsKey("since")) {
      options.since(LocalDate.parse(params.get("since")));
    }
    if (params.containsKey("minCell")) {
      options.minCell(Integer.parseInt(params.get("minCell")));
    }
    return FreedomReport.of(view, options.build()).toJson();
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(key, value);
    }
    return out;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Serves the bundled sample until the process is stopped.
   *
   * @param args the port (default 8080)
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    ReportServer server = start(BundledSample.read().registry(), port);
    System.out.println("serving http://127.0.0.1:" + server.port() + "/report?asOf=2026-01-15");
  }
}
