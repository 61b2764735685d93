package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text, Markdown and CSV reports of the worked example and of the mixed registry, whole, in
 * both languages: every heading, table, figure, hidden cell and note, byte for byte. The expected
 * files were read and checked against docs/reports.md; when a change to the reports is
 * intended, the report written to {@code target/rendered-expected/} shows the new text to review
 * and copy over the expected one in {@code src/test/resources/expected-reports/}.
 */
class TextReportTest {
  private static final Path EXPECTED = Path.of("src/test/resources/expected-reports");
  private static final Path OUT = Path.of("target/rendered-expected");

  @ParameterizedTest
  @CsvSource({
    "worked-example, 5, EN, TEXT",
    "worked-example, 5, ES, TEXT",
    "worked-example, 5, EN, MARKDOWN",
    "mixed, 5, EN, TEXT",
    "mixed, 5, ES, TEXT",
    "mixed, 5, EN, MARKDOWN",
    "mixed, 5, ES, MARKDOWN",
    "mixed, 1, EN, TEXT",
    "mixed, 1, ES, MARKDOWN",
    "worked-example, 5, EN, CSV",
    "mixed, 5, EN, CSV",
    "mixed, 1, ES, CSV",
  })
  void theReportIsTheExpectedOneWhole(
      String registry, int minCell, Language language, ReportFormat format) throws IOException {
    FreedomReport report =
        registry.equals("mixed") ? RenderingTest.mixed(minCell) : RenderingTest.workedExampleReport();
    String name =
        registry + "-min" + minCell + "-" + language.code() + "." + format.name().toLowerCase(Locale.ROOT);
    String actual = report.render(format, language);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name), actual, StandardCharsets.UTF_8);
    assertEquals(expected(name), actual, "compare with " + OUT.resolve(name));
  }

  private static String expected(String name) throws IOException {
    Path file = EXPECTED.resolve(name);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no file " + file + ")";
  }
}
