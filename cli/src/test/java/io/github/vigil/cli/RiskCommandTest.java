package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskCommandTest {
  /** The conformance registry with deliberately bad rows (the working directory is the module). */
  private static final Path MIXED = Path.of("../conformance/mixed");

  private static final Pattern ASSESSMENT =
      Pattern.compile(
          "\\{\"id\":\"([^\"]+)\",\"category\":\"([A-Z_]+)\",\"score\":(\\d+),"
              + "\"level\":\"(LOW|MODERATE|HIGH)\",\"factors\":\\[([^\\]]*)\\]\\}");
  private static final Pattern POINTS = Pattern.compile("\"points\":(\\d+)");

  @Test
  void riskAsJsonOnTheBundledSampleIsOrderedByIdAndEveryPointIsExplained() {
    Vigil run = Vigil.run("risk", "--format", "json");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals("", run.err());
    String json = run.out();
    assertTrue(
        json.startsWith(
            "{\"formatVersion\":1,\"asOf\":\"2026-01-15\",\"model\":\"vigil-points"
                + " 1.0\",\"assessments\":[{"),
        json);
    assertTrue(json.contains("],\"calibration\":{") && json.endsWith("}\n"), json);
    String previous = "";
    int assessed = 0;
    Matcher m = ASSESSMENT.matcher(json);
    while (m.find()) {
      String id = m.group(1);
      assertTrue(previous.compareTo(id) < 0, previous + " before " + id);
      previous = id;
      assertTrue(List.of("CONDITIONAL", "FULL", "HOUSE_ARREST").contains(m.group(2)), m.group());
      int sum = 0;
      Matcher p = POINTS.matcher(m.group(5));
      while (p.find()) {
        sum += Integer.parseInt(p.group(1));
      }
      assertEquals(Integer.parseInt(m.group(3)), sum, m.group());
      assessed++;
    }
    assertTrue(assessed > 50, "assessed: " + assessed);
    assertEquals(assessed, json.split("\"category\":", -1).length - 1, "every assessment matched");
  }

  @Test
  void riskAsTextIsATableWithTheCalibration() {
    Vigil run = Vigil.run("risk", "--as-of", "2026-01-10");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(
        run.out().startsWith("Rearrest risk as of 2026-01-10 (model vigil-points 1.0)\n"),
        run.out());
    assertTrue(run.out().contains("Observed rearrest rate after release"), run.out());
    assertFalse(run.out().contains("Persona Ficticia"), "no name is printed");
  }

  @Test
  void anUnknownFormatIsAUsageErrorWithAHint() {
    Vigil run = Vigil.run("risk", "--format", "csv");
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("use text or json"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void strictRiskRefusesRejectedRowsWithExitOne() {
    Vigil run = Vigil.run("risk", "--registry", MIXED.toString(), "--strict");
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("events.csv:11: "), run.err());
    assertTrue(run.err().contains("--strict"), run.err());
  }

  @Test
  void strictRiskOnACleanRegistryAssessesAsUsual() {
    Vigil run = Vigil.run("risk", "--strict", "--format", "json");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("\"assessments\":[{"), run.out());
  }

  @Test
  void pseudonymizedRiskWritesKeyedPseudonymsStableForOneKey(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("key");
    Files.writeString(key, "a secret of at least sixteen bytes\n");
    Path other = dir.resolve("other");
    Files.writeString(other, "another secret, sixteen bytes or more");
    Vigil plain = Vigil.run("risk", "--format", "json");
    Vigil first = Vigil.run("risk", "--format", "json", "--pseudonymize", "--pseudonym-key-file", key.toString());
    Vigil again = Vigil.run("risk", "--format", "json", "--pseudonymize", "--pseudonym-key-file", key.toString());
    Vigil otherKey = Vigil.run("risk", "--format", "json", "--pseudonymize", "--pseudonym-key-file", other.toString());
    assertEquals(ExitCode.OK, first.code(), first.err());
    assertEquals(first.out(), again.out());
    List<String> ids = ids(plain.out());
    List<String> pseudonyms = ids(first.out());
    assertEquals(ids.size(), pseudonyms.size());
    Pseudonymizer p =
        Pseudonymizer.ofKey("a secret of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        ids.stream().map(i -> p.apply(io.github.vigil.core.DetaineeId.of(i))).sorted().toList(), pseudonyms);
    for (String id : ids) {
      assertFalse(first.out().contains("\"" + id + "\""), id);
    }
    assertNotEquals(pseudonyms, ids(otherKey.out()));
    PseudonymOptions.environment = k -> Optional.of("a secret of at least sixteen bytes");
    try {
      Vigil fromEnvironment = Vigil.run("risk", "--format", "json", "--pseudonymize");
      assertEquals(first.out(), fromEnvironment.out());
      PseudonymOptions.environment = k -> Optional.of("short");
      Vigil tooShort = Vigil.run("risk", "--pseudonymize");
      assertEquals(ExitCode.USAGE, tooShort.code());
      assertTrue(tooShort.err().contains("at least 16 bytes, was 5"), tooShort.err());
      assertFalse(tooShort.err().contains("short"), tooShort.err());
      PseudonymOptions.environment = k -> Optional.empty();
      Vigil none = Vigil.run("risk", "--pseudonymize");
      assertEquals(ExitCode.USAGE, none.code());
      assertTrue(none.err().contains("set VIGIL_PSEUDONYM_KEY"), none.err());
    } finally {
      PseudonymOptions.environment = k -> Optional.ofNullable(System.getenv(k));
    }
    Vigil missing = Vigil.run("risk", "--pseudonymize", "--pseudonym-key-file", dir.resolve("nope").toString());
    assertEquals(ExitCode.USAGE, missing.code());
    Vigil keyAlone = Vigil.run("risk", "--pseudonym-key-file", key.toString());
    assertEquals(ExitCode.USAGE, keyAlone.code());
    Vigil text = Vigil.run("risk", "--pseudonymize", "--pseudonym-key-file", key.toString());
    assertTrue(text.out().contains(pseudonyms.get(0)), text.out());
  }

  private static List<String> ids(String json) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = ASSESSMENT.matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
