package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigil serve} in this process, on a free loopback port, over a copy of the sample. */
class ServeCommandTest {
  private static final Path SAMPLE = Path.of("src/main/resources/sample-registry");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  private static JsonNode get(HttpServer server, String path) throws IOException {
    HttpURLConnection c =
        (HttpURLConnection)
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path).toURL().openConnection();
    try (InputStream in = c.getInputStream()) {
      assertEquals(200, c.getResponseCode());
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      c.disconnect();
    }
  }

  @Test
  void theReportIsReadAgainWhenTheRegistrysEventsChange() throws Exception {
    Path registry = Files.createDirectories(temp.resolve("registry"));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, registry.resolve(f.getFileName()));
      }
    }
    CommandLine cl = VigilCommand.commandLine();
    CommandLine.ParseResult parsed = cl.parseArgs("serve", "--registry", registry.toString(), "--port", "0");
    ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
    HttpServer server = serve.start();
    try {
      assertEquals("127.0.0.1", server.getAddress().getAddress().getHostAddress(), "loopback only");
      JsonNode before = get(server, "/report?asOf=2026-01-15");
      assertEquals(770, before.at("/categories/DETAINED").asLong());
      // P1100, held at Tocorón since 2025-12-31, is released on 2026-01-14
      Files.writeString(
          registry.resolve("events.csv"),
          "P1100,2026-01-14,RELEASE,,,foro-penal,2026-01-14,DAY,,VERIFIED,,\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      JsonNode after = get(server, "/report?asOf=2026-01-15");
      assertEquals(769, after.at("/categories/DETAINED").asLong(), after.at("/categories").toString());
      assertEquals(before.at("/population").asLong(), after.at("/population").asLong());
      assertEquals(
          before.at("/groups/atLiberty").asLong() + 1, after.at("/groups/atLiberty").asLong(),
          "the released person is at liberty");
    } finally {
      server.stop(0);
    }
  }
}
