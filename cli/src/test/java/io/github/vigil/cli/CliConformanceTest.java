package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance examples of docs/format.md through the command line: each {@code expected-*.json} is
 * {@code vigil report} with the options in its name and {@code --min-cell 1}, and every key it
 * shows must be the command's. The examples are the repository's one copy, {@code conformance/}
 * at the root, on the test class path as {@code /conformance} (see the module's pom).
 */
class CliConformanceTest {
  private static final Path ROOT = root();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern NAME =
      Pattern.compile(
          "expected-(\\d{4}-\\d{2}-\\d{2})(?:-known-(\\d{4}-\\d{2}-\\d{2}))?"
              + "(?:-since-(\\d{4}-\\d{2}-\\d{2}))?(?:-source-([a-z0-9-]+))?\\.json");

  private static Path root() {
    try {
      return Path.of(CliConformanceTest.class.getResource("/conformance").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExpectedReportIsTheCommandsJson() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path folder : list(ROOT).stream().filter(Files::isDirectory).toList()) {
      for (Path expected : list(folder)) {
        String name = expected.getFileName().toString();
        if (name.startsWith("expected-") && name.endsWith(".json")) {
          tests.add(
              DynamicTest.dynamicTest(
                  folder.getFileName() + "/" + name, () -> check(folder, expected)));
        }
      }
    }
    assertEquals(6, tests.size(), "conformance files found under " + ROOT.toAbsolutePath());
    return tests.stream();
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  /** Returns the command line that the file's name stands for. */
  static List<String> arguments(Path folder, String fileName) {
    Matcher m = NAME.matcher(fileName);
    assertTrue(m.matches(), "unexpected file name " + fileName);
    List<String> args = new ArrayList<>(List.of("report", "--registry", folder.toString(), "--as-of", m.group(1)));
    if (m.group(2) != null) {
      args.addAll(List.of("--known-as-of", m.group(2)));
    }
    if (m.group(3) != null) {
      args.addAll(List.of("--since", m.group(3)));
    }
    if (m.group(4) != null) {
      args.addAll(List.of("--source", m.group(4).replace('-', ',')));
    }
    args.addAll(List.of("--min-cell", "1", "--format", "json"));
    return args;
  }

  private static void check(Path folder, Path expectedFile) throws IOException {
    List<String> args = arguments(folder, expectedFile.getFileName().toString());
    Vigil run = Vigil.run(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, run.code(), args + ": " + run.err());
    JsonNode expected = MAPPER.readTree(expectedFile.toFile());
    JsonNode actual = MAPPER.readTree(run.out());
    List<String> differences = new ArrayList<>();
    compare("", expected, actual, differences);
    // docs/format.md: a facility or affiliation missing from the expected breakdown has all-zero counts.
    for (String breakdown : List.of("byFacility", "byAffiliation")) {
      if (expected.has(breakdown)) {
        for (Map.Entry<String, JsonNode> e : actual.get(breakdown).properties()) {
          if (!expected.get(breakdown).has(e.getKey())) {
            for (Map.Entry<String, JsonNode> cell : e.getValue().properties()) {
              if (!cell.getValue().isNumber() || cell.getValue().longValue() != 0) {
                differences.add(
                    "/" + breakdown + "/" + e.getKey() + "/" + cell.getKey()
                        + ": not in the expected file, so 0, was " + cell.getValue());
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), differences, String.join(" ", args));
    assertEquals(expected.has("flows"), actual.has("flows"), "flows present");
    assertEquals(1, actual.get("formatVersion").intValue());
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

  @Test
  void theFileNamesGiveTheDocumentedCommandLines() {
    assertEquals(
        List.of("report", "--registry", "m", "--as-of", "2025-06-01", "--known-as-of", "2025-01-01",
            "--since", "2024-06-01", "--min-cell", "1", "--format", "json"),
        arguments(Path.of("m"), "expected-2025-06-01-known-2025-01-01-since-2024-06-01.json"));
    assertEquals(
        List.of("report", "--registry", "m", "--as-of", "2026-01-01", "--source", "ngo,family",
            "--min-cell", "1", "--format", "json"),
        arguments(Path.of("m"), "expected-2026-01-01-source-ngo-family.json"));
  }

  @Test
  void validateListsExactlyTheExpectedRejectionsAndExitsOne() throws IOException {
    Path mixed = ROOT.resolve("mixed");
    Vigil run = Vigil.run("validate", "--registry", mixed.toString());
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    List<String> expected =
        Files.readAllLines(mixed.resolve("expected-rejections.txt"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    List<String> listed =
        run.out().lines()
            .filter(l -> l.matches("[a-z]+\\.csv:\\d+: .+"))
            .map(l -> l.substring(0, l.indexOf(": ")))
            .toList();
    assertEquals(expected, listed);
  }
}
