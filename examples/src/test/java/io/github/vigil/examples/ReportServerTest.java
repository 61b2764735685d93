package io.github.vigil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Registry;
import io.github.vigil.cli.sample.SampleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportServerTest {
  private static final Registry SAMPLE = SampleRegistry.generate();

  /** A response: the status and the body. */
  private record Response(int status, String contentType, String body) {}

  private static Response get(ReportServer server, String pathAndQuery) throws IOException {
    URL url = new URL("http://127.0.0.1:" + server.port() + pathAndQuery);
    HttpURLConnection c = (HttpURLConnection) url.openConnection();
    c.setConnectTimeout(5_000);
    c.setReadTimeout(10_000);
    try {
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        return new Response(
            status,
            String.valueOf(c.getContentType()),
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      c.disconnect();
    }
  }

  @Test
  void servesTheReportAsJsonOnALoopbackPort() throws IOException {
    try (ReportServer server = ReportServer.start(SAMPLE, 0)) {
      assertNotEquals(0, server.port());
      Response r = get(server, "/report?asOf=2026-01-10&since=2026-01-01");
      assertEquals(200, r.status(), r.body());
      assertTrue(r.contentType().startsWith("application/json"), r.contentType());
      assertTrue(r.body().startsWith("{\"formatVersion\":1"), r.body());
      assertTrue(r.body().contains("\"asOf\":\"2026-01-10\""), r.body());
      assertTrue(r.body().contains("\"population\":"), r.body());
      assertTrue(r.body().contains("\"flows\":"), r.body());
    }
  }

  @Test
  void theAnswerEqualsTheCommandLineReport() throws IOException {
    try (ReportServer server = ReportServer.start(SAMPLE, 0)) {
      Response r = get(server, "/report?asOf=2026-01-12&knownAsOf=2026-01-09&source=foro-penal,family");
      assertEquals(200, r.status(), r.body());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int code =
          io.github.vigil.cli.VigilCommand.execute(
              new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
              new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              "report", "--format", "json", "--as-of", "2026-01-12", "--known-as-of", "2026-01-09",
              "--source", "foro-penal,family");
      assertEquals(0, code);
      assertEquals(out.toString(StandardCharsets.UTF_8).strip(), r.body().strip());
    }
  }

  @Test
  void aBadDateIsABadRequest() throws IOException {
    try (ReportServer server = ReportServer.start(SAMPLE, 0)) {
      Response r = get(server, "/report?asOf=2026-02-30");
      assertEquals(400, r.status());
      assertTrue(r.body().startsWith("bad request: "), r.body());
      assertEquals(400, get(server, "/report?as_of=2026-01-10").status());
    }
  }

  @Test
  void anUpdatedRegistryIsServedAtOnce() throws IOException {
    try (ReportServer server = ReportServer.start(SAMPLE, 0)) {
      String before = get(server, "/report?asOf=2026-01-15").body();
      DetaineeId someone =
          SAMPLE.asOfLatest().population()
              .filter(p -> p.status().orElseThrow().isInCustody())
              .findFirst()
              .orElseThrow()
              .id();
      server.update(SAMPLE.withEvent(someone, Event.of(EventType.DEATH, LocalDate.of(2026, 1, 15))));
      String after = get(server, "/report?asOf=2026-01-15").body();
      assertTrue(before.contains("\"DECEASED\":1"), before);
      assertTrue(after.contains("\"DECEASED\":2"), after);
    }
  }
}
