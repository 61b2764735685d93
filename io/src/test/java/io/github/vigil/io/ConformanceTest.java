package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.Rejection;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceTest {
  @TempDir Path dir;

  static Path conformance(String name) {
    try {
      return Path.of(ConformanceTest.class.getResource("/conformance/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void mixedRejectsExactlyTheRowsItsExpectedRejectionsList() throws IOException {
    Path mixed = conformance("mixed");
    ReadResult r = Folders.read(mixed);
    List<String> expected =
        Files.readAllLines(mixed.resolve("expected-rejections.txt"), StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toList());
    List<String> actual =
        r.rejections().stream().map(x -> x.origin().toString()).collect(Collectors.toList());
    assertEquals(expected, actual, String.join("\n", Folders.lines(r)));
    assertEquals("VE", r.registry().country().orElseThrow());
    assertEquals(60, r.registry().size());
    assertEquals(6, r.registry().facilities().size());
    for (Rejection x : r.rejections()) {
      assertFalse(x.reason().contains("Name0"), "a rejection reason names a person: " + x);
    }
  }

  @Test
  void workedExampleLoadsWithoutRejectionsOrWarnings() {
    ReadResult r = Folders.read(conformance("worked-example"));
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(List.of(), r.warnings());
    assertEquals(3, r.registry().size());
    assertEquals(9, r.registry().eventCount());
    assertEquals("VE", r.registry().country().orElseThrow());
  }

  @Test
  void mixedAsJsonGivesTheSameRegistryAndTheSameRejections() throws IOException {
    Path mixed = conformance("mixed");
    Path json = CsvToJson.convert(mixed, dir.resolve("registry.json"));
    ReadResult fromCsv = Folders.read(mixed);
    ReadResult fromJson = Folders.read(json);
    assertEquals(fromCsv.registry(), fromJson.registry());
    List<String> csv = fromCsv.rejections().stream().map(Rejection::toString).collect(Collectors.toList());
    List<String> js =
        fromJson.rejections().stream()
            .map(x -> x.toString().replaceAll("registry\\.json#(\\w+):", "$1.csv:"))
            .collect(Collectors.toList());
    assertEquals(csv, js);
    assertTrue(fromJson.counts("registry.json#events").isPresent());
    assertEquals(
        fromCsv.counts("events.csv").orElseThrow().read(),
        fromJson.counts("registry.json#events").orElseThrow().read());
  }
}
