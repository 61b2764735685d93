package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.cli.sample.SampleRegistry;
import io.github.vigil.io.RegistryWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VigilCommandTest {
  /** The conformance registry with deliberately bad rows (the working directory is the module). */
  private static final Path MIXED = Path.of("../conformance/mixed");

  private static void assertUsageError(Vigil run, String expectedInHint) {
    assertAll(
        () -> assertEquals(ExitCode.USAGE, run.code(), run.err()),
        () -> assertEquals(1, run.errLines().size(), "one line of hint: " + run.err()),
        () -> assertTrue(run.err().contains(expectedInHint), run.err()),
        () -> assertFalse(run.err().contains("Exception"), run.err()),
        () -> assertEquals("", run.out()));
  }

  @Test
  void reportOnTheBundledSampleWritesTheTextReport() {
    Vigil run = Vigil.run("report");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("2026-01-15"), run.out());
    assertTrue(run.out().contains("1,100"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void reportAsJsonIsOneObjectWithTheFormatKeys() {
    Vigil run = Vigil.run("report", "--format", "json", "--as-of", "2026-01-10", "--since", "2026-01-01");
    assertEquals(ExitCode.OK, run.code(), run.err());
    String json = run.out().strip();
    assertTrue(json.startsWith("{") && json.endsWith("}"), json);
    for (String key :
        List.of(
            "\"formatVersion\":1",
            "\"asOf\":\"2026-01-10\"",
            "\"knownAsOf\":\"2026-01-10\"",
            "\"population\":",
            "\"categories\":",
            "\"RELEASE_PENDING\":",
            "\"byFacility\":",
            "\"byAffiliation\":",
            "\"byVulnerableGroup\":",
            "\"flows\":",
            "\"since\":\"2026-01-01\"")) {
      assertTrue(json.contains(key), key + " in " + json);
    }
  }

  @Test
  void knownAsOfWithoutAsOfReportsAsOfTheLatestEvent() {
    Vigil run = Vigil.run("report", "--format", "json", "--known-as-of", "2026-01-08");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("\"asOf\":\"2026-01-15\""), run.out());
    assertTrue(run.out().contains("\"knownAsOf\":\"2026-01-08\""), run.out());
  }

  @Test
  void everyFormatAndLanguageIsAccepted() {
    for (String format : List.of("text", "markdown", "csv", "json")) {
      for (String lang : List.of("en", "es")) {
        Vigil run = Vigil.run("report", "--format", format, "--lang", lang, "--min-cell", "1");
        assertEquals(ExitCode.OK, run.code(), format + " " + lang + ": " + run.err());
        assertFalse(run.out().isBlank(), format + " " + lang);
      }
    }
  }

  @Test
  void spanishLabelsAreWrittenInUtf8() {
    Vigil run = Vigil.run("report", "--lang", "es");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertFalse(run.out().contains("\uFFFD"), run.out());
    assertFalse(run.out().equals(Vigil.run("report").out()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-02-30", "01/02/2026", "2026-1-8", "yesterday", "+12026-01-10", "-2026-01-10"})
  void aDateThatIsNotIsoIsAUsageError(String date) {
    assertUsageError(Vigil.run("report", "--as-of", date), date);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertUsageError(Vigil.run("report", "--as-off", "2026-01-10"), "--as-off");
  }

  @Test
  void aBadFormatIsAUsageError() {
    assertUsageError(Vigil.run("report", "--format", "pdf"), "pdf");
  }

  @Test
  void aBadLanguageIsAUsageError() {
    assertUsageError(Vigil.run("report", "--lang", "fr"), "fr");
  }

  @Test
  void aMinimumCellBelowOneIsAUsageError() {
    assertUsageError(Vigil.run("report", "--min-cell", "0"), "--min-cell");
    assertUsageError(Vigil.run("report", "--min-cell", "many"), "many");
  }

  @Test
  void sinceAfterTheReportDateIsAUsageError() {
    assertUsageError(
        Vigil.run("report", "--as-of", "2026-01-10", "--since", "2026-01-11"), "--since");
  }

  @Test
  void aRegistryPathThatDoesNotExistIsAUsageError() {
    assertUsageError(Vigil.run("validate", "--registry", "no/such/folder"), "no/such/folder");
    assertUsageError(Vigil.run("report", "--registry", "no/such/registry.json"), "registry.json");
  }

  @Test
  void noCommandIsAUsageError() {
    assertUsageError(Vigil.run(), "report");
    assertUsageError(Vigil.run("risky"), "risky");
  }

  @Test
  void everyCommandHasHelp() {
    for (List<String> args :
        List.of(List.of("--help"), List.of("report", "--help"), List.of("validate", "--help"),
            List.of("help", "report"))) {
      Vigil run = Vigil.run(args.toArray(String[]::new));
      assertEquals(ExitCode.OK, run.code(), args + ": " + run.err());
      assertTrue(run.out().startsWith("Usage: vigil"), args + ": " + run.out());
    }
    assertTrue(Vigil.run("report", "--help").out().contains("--known-as-of"));
  }

  @Test
  void validateListsEveryRejectedRowThenCountsAndExitsOne() throws IOException {
    Vigil run = Vigil.run("validate", "--registry", MIXED.toString());
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    List<String> expected = Files.readAllLines(MIXED.resolve("expected-rejections.txt"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).toList();
    List<String> lines = run.out().lines().toList();
    List<String> rejected = lines.stream().filter(l -> l.matches("[a-z]+\\.csv:\\d+: .+")).toList();
    assertEquals(
        expected,
        rejected.stream().map(l -> l.substring(0, l.indexOf(": "))).toList());
    assertTrue(lines.get(lines.size() - 2).startsWith("total: read "), run.out());
    assertEquals(
        "people left out: 2 (their row was rejected, and with it their events)",
        lines.get(lines.size() - 1));
    assertTrue(run.out().contains("events.csv: read 300, "), run.out());
    assertFalse(run.out().contains("note "), "notes are personal data: " + run.out());
  }

  @Test
  void validateOfTheBundledSampleFindsNothingToReject() {
    Vigil run = Vigil.run("validate");
    assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("rejected 0"), run.out());
  }

  @Test
  void reportLeavesRejectedRowsOutAndSaysSo() {
    Vigil run = Vigil.run("report", "--registry", MIXED.toString(), "--format", "json");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("\"rejectedRows\":44"), run.out());
    assertTrue(run.err().contains("44 rows rejected"), run.err());
  }

  @Test
  void strictReportRefusesRejectedRowsWithExitOne() {
    Vigil run = Vigil.run("report", "--registry", MIXED.toString(), "--strict");
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("events.csv:11: "), run.err());
    assertTrue(run.err().contains("--strict"), run.err());
  }

  @Test
  void validateAcceptsStrictAndStillExitsOneOnRejectedRows() {
    Vigil run = Vigil.run("validate", "--registry", MIXED.toString(), "--strict");
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    assertTrue(run.out().contains("events.csv:11: "), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {",", "official,", ",official", "official,,foro-penal", " "})
  void aSourceListWithAnEmptyLabelIsAUsageErrorNotEverySource(String given) {
    assertUsageError(Vigil.run("report", "--source", given), "is not a source label");
  }

  @Test
  void sourcesAroundCommasAreTrimmedAndMayBeRepeated() {
    Vigil spaced = Vigil.run("report", "--format", "json", "--source", " official , foro-penal ");
    Vigil repeated =
        Vigil.run("report", "--format", "json", "--source", "foro-penal", "--source", "official");
    assertEquals(ExitCode.OK, spaced.code(), spaced.err());
    assertTrue(spaced.out().contains("\"sources\":[\"foro-penal\",\"official\"]"), spaced.out());
    assertEquals(spaced.out(), repeated.out());
  }

  @Test
  void aStructuralFaultIsRejectedDataOnOneLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("facilities.csv"), "id,name\nhelicoide,El Helicoide\n");
    Files.writeString(dir.resolve("detainees.csv"), "id,name\nA,Persona Ficticia A\n");
    Files.writeString(dir.resolve("events.csv"), "detainee_id,type\nA,ARREST\n");
    Vigil run = Vigil.run("report", "--registry", dir.toString());
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("events.csv"), run.err());
    assertTrue(run.err().contains("date"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aJsonRegistryGivesTheSameReportAsTheCsvFolder(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("registry.json");
    RegistryWriter.writeJson(SampleRegistry.generate(), json);
    String[] options = {"--format", "json", "--as-of", "2026-01-12", "--since", "2026-01-01"};
    Vigil fromJson = Vigil.run(concat("report", "--registry", json.toString(), options));
    Vigil fromCsv = Vigil.run(concat("report", "--registry", "src/main/resources/sample-registry", options));
    assertEquals(ExitCode.OK, fromJson.code(), fromJson.err());
    assertEquals(fromCsv.out(), fromJson.out());
    assertEquals(Vigil.run(concat("report", options)).out(), fromJson.out());
  }

  @Test
  void aRegistryFileThatIsNotJsonIsAUsageError() {
    assertUsageError(
        Vigil.run("report", "--registry", "src/main/resources/sample-registry/events.csv"),
        "neither a folder nor a .json file");
  }

  private static String[] concat(String a, String b, String c, String... rest) {
    return concat(new String[] {a, b, c}, rest);
  }

  private static String[] concat(String a, String... rest) {
    return concat(new String[] {a}, rest);
  }

  private static String[] concat(String[] head, String[] rest) {
    String[] out = java.util.Arrays.copyOf(head, head.length + rest.length);
    System.arraycopy(rest, 0, out, head.length, rest.length);
    return out;
  }

  @Test
  void theSameCommandGivesTheSameBytes() {
    assertEquals(Vigil.run("report", "--format", "csv").out(), Vigil.run("report", "--format", "csv").out());
  }
}
