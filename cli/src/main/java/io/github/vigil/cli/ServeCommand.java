package io.github.vigil.cli;

import com.google.common.collect.ImmutableSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.CategorySeries;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.Language;
import io.github.vigil.reporting.ReportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil serve}: the report's HTML page live on the loopback interface, for the keeper of
 * a registry who edits its files and reloads the page. A local tool, not a public server: it
 * binds to 127.0.0.1 only, has no authentication, and serves the report, never a person.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves the report's HTML page on http://127.0.0.1:PORT/ (JSON at /report), with a form for"
          + " the date, the known-on date, the sources and the language. The registry is read again"
          + " when its files change.",
      "A local tool: it listens on the loopback interface only. Stop it with Ctrl-C."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Mixin ChartOptions chart = new ChartOptions();

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port on 127.0.0.1; 0 takes a free one. Default: 8017.")
  int port = 8017;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      description = "Hide a breakdown cell with 0 < count < N (as in 'vigil report'). Default: 5.")
  int minCell = 5;

  private @Nullable Loaded loaded;

  ServeCommand() {}

  /** A registry as read, and the fingerprint of its files when it was. */
  private record Loaded(String fingerprint, ReadResult result) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    HttpServer server = start();
    PrintWriter out = Objects.requireNonNull(spec, "spec").commandLine().getOut();
    out.println("vigil serve: http://127.0.0.1:" + server.getAddress().getPort() + "/ (local only; Ctrl-C stops)");
    out.flush();
    new CountDownLatch(1).await(); // until the process is stopped
    return ExitCode.OK;
  }

  /**
   * Reads the registry and starts serving it on the loopback interface; the caller stops the
   * server.
   *
   * @throws ParameterException if an option is out of range
   * @throws IOException if the port cannot be bound
   */
  HttpServer start() throws IOException {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    MinCell.check(self, minCell);
    if (port < 0 || port > 65535) {
      throw new ParameterException(self.commandLine(), "--port must be 0 to 65535, was " + port);
    }
    current(); // a registry that cannot be read fails now, not at the first request
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    server.createContext("/", this::handle);
    server.start();
    return server;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, "text/plain", "GET only\n");
        return;
      }
      if (!path.equals("/") && !path.equals("/report")) {
        send(exchange, 404, "text/plain", "not found: use / or /report\n");
        return;
      }
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      Page page;
      try {
        page = page(query);
      } catch (IllegalArgumentException e) {
        String message = Echo.line(Objects.requireNonNullElse(e.getMessage(), "bad request"));
        send(exchange, 400, "text/plain", message + "\n");
        return;
      } catch (DataException e) {
        send(exchange, 500, "text/plain", Echo.line(Objects.requireNonNullElse(e.getMessage(), "")) + "\n");
        return;
      }
      if (path.equals("/report")) {
        send(exchange, 200, "application/json", page.report().toJson());
      } else {
        String html = page.report().toHtml(page.language(), Optional.of(page.series()));
        send(exchange, 200, "text/html", withForm(html, page));
      }
    } catch (RuntimeException e) {
      // never a stack trace, never a message that could quote a registry value
      send(exchange, 500, "text/plain", "unexpected failure (" + e.getClass().getSimpleName() + ")\n");
    } finally {
      exchange.close();
    }
  }

  private record Page(FreedomReport report, CategorySeries series, Language language, LocalDate asOf,
      LocalDate knownAsOf, String sources) {}

  /**
   * Returns the report the query asks for: {@code asOf}, {@code knownAsOf}, {@code sources}
   * (comma-separated) and {@code lang}.
   *
   * @throws IllegalArgumentException naming a parameter that cannot be read
   */
  private Page page(Map<String, String> query) {
    ReadResult read = current();
    Registry reg = read.registry();
    LocalDate asOf = date(query, "asOf").orElseGet(() -> RegistryOptions.defaultDate(reg));
    LocalDate knownAsOf = date(query, "knownAsOf").orElse(asOf);
    Language language = Language.of(query.getOrDefault("lang", "en").strip());
    String sourceList = query.getOrDefault("sources", "").strip();
    ImmutableSet.Builder<Source> sources = ImmutableSet.builder();
    if (!sourceList.isEmpty()) {
      for (String s : sourceList.split(",", -1)) {
        try {
          sources.add(Source.of(s.strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("sources: " + Echo.quote(s) + " is not a source label", e);
        }
      }
    }
    RegistryView view = reg.asOf(asOf).knownOn(knownAsOf);
    ImmutableSet<Source> chosen = sources.build();
    if (!chosen.isEmpty()) {
      view = view.fromSources(chosen);
    }
    FreedomReport report =
        FreedomReport.of(
            view,
            ReportOptions.builder().minCell(minCell).build()); // the read registry carries its rejections
    return new Page(report, chart.series(view, minCell), language, asOf, knownAsOf, sourceList);
  }

  private static Optional<LocalDate> date(Map<String, String> query, String name) {
    String v = query.getOrDefault(name, "").strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": " + Echo.quote(v) + " is not a date (yyyy-mm-dd)", e);
    }
  }

  /** Returns the page with the form inserted after its header. */
  private static String withForm(String html, Page page) {
    boolean es = page.language() == Language.ES;
    String form =
        "<form id=\"view\" method=\"get\" action=\"/\" class=\"view\">\n"
            + field("asOf", es ? "Fecha" : "As of", "date", page.asOf().toString())
            + field("knownAsOf", es ? "Según lo sabido el" : "As known on", "date", page.knownAsOf().toString())
            + field("sources", es ? "Fuentes (separadas por comas; vacío: todas)" : "Sources (comma-separated; empty: all)", "text", page.sources())
            + "<label for=\"lang\">" + (es ? "Idioma" : "Language") + "</label>\n"
            + "<select id=\"lang\" name=\"lang\">"
            + "<option value=\"en\"" + (es ? "" : " selected") + ">English</option>"
            + "<option value=\"es\"" + (es ? " selected" : "") + ">Español</option></select>\n"
            + "<button type=\"submit\" id=\"show\">" + (es ? "Mostrar" : "Show") + "</button>\n"
            + "</form>\n";
    int at = html.indexOf("</header>");
    return html.substring(0, at + "</header>".length()) + "\n" + form + html.substring(at + "</header>".length());
  }

  private static String field(String name, String label, String type, String value) {
    return "<label for=\"" + name + "\">" + escape(label) + "</label>\n<input id=\"" + name + "\" name=\"" + name
        + "\" type=\"" + type + "\" value=\"" + escape(value) + "\">\n";
  }

  /** Returns {@code s} escaped for HTML and XML text and attribute values. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body1 = exchange.getResponseBody()) {
      body1.write(bytes);
    }
  }

  /** Returns the registry, read again when the fingerprint of its files has changed. */
  private synchronized ReadResult current() {
    String fingerprint = fingerprint(registry.path);
    Loaded l = loaded;
    if (l == null || !l.fingerprint().equals(fingerprint)) {
      try (Progress progress = new Progress(new PrintWriter(Writer.nullWriter()), false)) {
        l = new Loaded(fingerprint, registry.read(progress, r -> {}));
      }
      loaded = l;
    }
    return l.result();
  }

  /** The name, size and modification time of every file of the registry: a change of any shows. */
  private static String fingerprint(@Nullable Path path) {
    if (path == null || !Files.exists(path)) {
      return "";
    }
    try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path, 1) : Stream.of(path)) {
      StringBuilder s = new StringBuilder();
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        if (Files.isRegularFile(f)) {
          s.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
              .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
        }
      }
      return s.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
