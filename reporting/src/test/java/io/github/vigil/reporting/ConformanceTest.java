package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance examples of docs/format.md (the {@code conformance} folder at the root of the
 * repository): each {@code expected-*.json} is the report for the options in its name, with
 * min-cell 1, and every number shown must be ours. Which rows the reader rejects is the io
 * module's own conformance test.
 */
class ConformanceTest {
  static final Path ROOT = root();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern NAME =
      Pattern.compile(
          "expected-(\\d{4}-\\d{2}-\\d{2})(?:-known-(\\d{4}-\\d{2}-\\d{2}))?"
              + "(?:-since-(\\d{4}-\\d{2}-\\d{2}))?(?:-source-([a-z0-9-]+))?\\.json");

  private static Path root() {
    try {
      return Path.of(ConformanceTest.class.getResource("/conformance").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExpectedReportHasExactlyOurNumbers() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> folders = Files.list(ROOT)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path expected :
              files
                  .filter(p -> p.getFileName().toString().startsWith("expected-"))
                  .filter(p -> p.getFileName().toString().endsWith(".json"))
                  .sorted()
                  .collect(Collectors.toList())) {
            tests.add(
                DynamicTest.dynamicTest(
                    folder.getFileName() + "/" + expected.getFileName(),
                    () -> check(folder, expected)));
          }
        }
      }
    }
    assertEquals(6, tests.size(), "conformance files found");
    return tests.stream();
  }

  static FreedomReport reportFor(Path folder, String fileName) throws IOException {
    Matcher m = NAME.matcher(fileName);
    assertTrue(m.matches(), "unexpected file name " + fileName);
    ReadResult loaded = RegistryReader.read(folder);
    LocalDate asOf = LocalDate.parse(m.group(1));
    RegistryView view = loaded.registry().asOf(asOf);
    if (m.group(2) != null) {
      view = view.knownOn(LocalDate.parse(m.group(2)));
    }
    if (m.group(4) != null) {
      view =
          view.fromSources(
              Stream.of(m.group(4).split("-")).map(Source::of).collect(Collectors.toSet()));
    }
    ReportOptions.Builder options =
        ReportOptions.builder().minCell(1);
    if (m.group(3) != null) {
      options.since(LocalDate.parse(m.group(3)));
    }
    return FreedomReport.of(view, options.build());
  }

  private static void check(Path folder, Path expectedFile) throws IOException {
    FreedomReport report = reportFor(folder, expectedFile.getFileName().toString());
    JsonNode expected = MAPPER.readTree(expectedFile.toFile());
    JsonNode actual = MAPPER.readTree(report.toJson());
    List<String> differences = new ArrayList<>();
    compare("", expected, actual, differences);
    assertEquals(List.of(), differences, "differences from " + expectedFile);
    for (String key : List.of("formatVersion", "groups", "categories", "byFacility")) {
      assertTrue(actual.has(key), "missing key " + key);
    }
    assertEquals(expected.has("flows"), actual.has("flows"), "flows present");
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isObject()) {
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        String p = path + "/" + e.getKey();
        JsonNode a = actual.get(e.getKey());
        if (a == null) {
          out.add(p + ": missing, expected " + e.getValue());
        } else {
          compare(p, e.getValue(), a, out);
        }
      }
    } else if (!expected.equals(actual)) {
      out.add(path + ": expected " + expected + ", was " + actual);
    }
  }
}
