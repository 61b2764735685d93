package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code vigil.jar} as a separate process, as a user would. Bound to Maven's
 * {@code integration-test} phase (after {@code package}), with the jar's path in the system
 * property {@code vigil.jar}.
 */
class VigilJarTest {
  private static final Path JAR = JarProcess.JAR;
  private static final Path SAMPLE = Path.of("src/main/resources/sample-registry");

  @TempDir Path temp;

  @BeforeAll
  static void onlyOnceTheJarIsPackaged() {
    // Run with -Dtest=VigilJarTest, the test phase would find no jar yet: only the
    // integration-test execution, which sets the property, runs these tests.
    assumeTrue(JarProcess.available(), "runs in the integration-test phase");
  }

  private Vigil java(String... args) throws IOException, InterruptedException {
    return JarProcess.run(temp, args);
  }

  private static void assertNoStackTrace(Vigil run) {
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void theJarExists() {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");
  }

  @Test
  void reportRunsOnTheBundledSample() throws Exception {
    Vigil run = java("report");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("2026-01-15"), run.out());
    assertTrue(run.out().contains("1,100"), run.out());
    assertEquals("", run.err(), "quiet when standard error is not a terminal");
  }

  @Test
  void reportWritesJson() throws Exception {
    Vigil run = java("report", "--format", "json", "--as-of", "2026-01-10", "--since", "2026-01-01");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("{\"formatVersion\":1"), run.out());
    assertTrue(run.out().contains("\"asOf\":\"2026-01-10\""), run.out());
    assertTrue(run.out().contains("\"flows\":{\"since\":\"2026-01-01\""), run.out());
  }

  @Test
  void chartDrawsTheBundledSampleAsPngAndSvgWithoutADisplay() throws Exception {
    Path png = temp.resolve("chart-es.png");
    long started = System.nanoTime();
    Vigil run = java("chart", "--format", "png", "--lang", "es", "--size", "1080x1080", "--output", png.toString());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(1080, image.getWidth());
    assertEquals(1080, image.getHeight());
    Vigil svg = java("chart", "--lang", "es");
    assertEquals(0, svg.code(), svg.err());
    assertTrue(svg.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"), svg.out());
    assertTrue(svg.out().contains(">Detenidos</text>"), svg.out());
    System.out.printf("vigil chart: PNG 1080x1080 of %,d bytes in %d ms; SVG of %,d characters%n",
        Files.size(png), millis, svg.out().length());
  }

  @Test
  void validateOfTheBundledSampleExitsZero() throws Exception {
    Vigil run = java("validate");
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("events.csv: read "), run.out());
  }

  @Test
  void validateOfABrokenCopyListsEachBadRowAndExitsOne() throws Exception {
    Path broken = temp.resolve("broken");
    Files.createDirectories(broken);
    for (String f : List.of("registry.properties", "facilities.csv", "detainees.csv", "events.csv")) {
      Files.copy(SAMPLE.resolve(f), broken.resolve(f));
    }
    List<String> events = new ArrayList<>(Files.readAllLines(broken.resolve("events.csv")));
    int first = events.size() + 1;
    events.add("P0001,2026-02-30,TRANSFER,tocoron,,family,,,");
    events.add("P9999,2026-01-10,ARREST,helicoide,,family,,,");
    events.add("P0002,2025-01-01,TRANSFER,nowhere,,family,,,");
    events.add("P0003,2026-01-10,MEASURE_LIFTED,,SPEECH_BAN,family,,,");
    Files.write(broken.resolve("events.csv"), events);

    Vigil run = java("validate", "--registry", broken.toString());
    assertEquals(1, run.code(), run.out() + run.err());
    for (int i = 0; i < 4; i++) {
      assertTrue(run.out().contains("events.csv:" + (first + i) + ": "), (first + i) + " in " + run.out());
    }
    assertTrue(run.out().contains("rejected 4"), run.out());
    assertFalse(run.out().contains("Persona Ficticia"), "names are never printed");
    assertNoStackTrace(run);

    Vigil strict = java("report", "--registry", broken.toString(), "--strict");
    assertEquals(1, strict.code(), strict.err());
    assertEquals("", strict.out());
  }

  @Test
  void survivalReadsACsvTableAndWritesJson() throws Exception {
    Vigil run =
        java("survival", "--data", "src/test/resources/survival/lung-data.csv", "--time", "time",
            "--event", "status", "--group", "group", "--covariates", "age,female,ph.karno,wt.loss",
            "--format", "json");
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertEquals(214, out.get("n").intValue());
    assertEquals(152, out.get("events").intValue());
    // R: survdiff chisq 28.702434485068601; coxph (efron) loglik -670.96856240053467.
    assertEquals(28.7024344850686, out.get("logRank").get("chiSquare").doubleValue(), 1e-6 * 28.7);
    assertEquals(-670.9685624005347, out.get("cox").get("logLikelihood").doubleValue(), 1e-6 * 671);

    Vigil sample = java("survival", "--group", "TRAVEL_BAN");
    assertEquals(0, sample.code(), sample.err());
    assertTrue(sample.out().contains("Log-rank test: chi-square "), sample.out());
  }

  @Test
  void aUsageErrorExitsTwoWithOneLineAndNoStackTrace() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"report", "--as-of", "2026-02-30"},
            new String[] {"report", "--frobnicate"},
            new String[] {"survival", "--data", "src/test/resources/survival/lung-data.csv",
                "--time", "days", "--event", "status"},
            new String[] {"validate", "--registry", temp.resolve("missing").toString()})) {
      Vigil run = java(args);
      String what = String.join(" ", args);
      assertAll(
          what,
          () -> assertEquals(2, run.code(), run.err()),
          () -> assertEquals(1, run.err().lines().count(), run.err()),
          () -> assertEquals("", run.out()),
          () -> assertNoStackTrace(run));
    }
  }

  @Test
  void listPrintsIdsOfTheBundledSampleAndNamesOnlyWhenAsked() throws Exception {
    Vigil ids = java("list", "--category", "RELEASE_PENDING");
    assertEquals(0, ids.code(), ids.err());
    assertEquals("", ids.err());
    assertTrue(ids.out().startsWith("People in RELEASE_PENDING as of 2026-01-15\n"), ids.out());
    assertFalse(ids.out().contains("Persona Ficticia"), ids.out());
    Vigil named = java("list", "--category", "RELEASE_PENDING", "--names", "--lang", "es");
    assertEquals(0, named.code(), named.err());
    assertTrue(named.out().startsWith("Personas en RELEASE_PENDING al 2026-01-15\n"), named.out());
    assertTrue(named.out().contains("Persona Ficticia"), named.out());
    assertTrue(named.err().startsWith("vigil list: about to print the names of 188 people"), named.err());
  }
}
