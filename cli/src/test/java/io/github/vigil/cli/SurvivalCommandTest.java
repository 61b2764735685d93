package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.survival.CumulativeIncidence;
import io.github.vigil.survival.IncidenceCurve;
import io.github.vigil.survival.KaplanMeier;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.conditions.survival.SpellPeriod;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Measure;
import io.github.vigil.io.RegistryWriter;
import io.github.vigil.survival.CoxCoefficient;
import io.github.vigil.survival.CoxModel;
import io.github.vigil.survival.CoxRegression;
import io.github.vigil.survival.Ties;
import io.github.vigil.survival.SurvivalCurve;
import io.github.vigil.survival.SurvivalRow;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.cli.sample.BundledSample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil survival}, run in this process. The {@code --data} figures are checked against R's
 * {@code survival} package on the {@code lung} data: the files under {@code
 * src/test/resources/survival} are copies of those written by {@code
 * conditions/src/test/r/make-reference.R} (R 4.2.2, survival 3.5.3).
 */
class SurvivalCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/survival");
  private static final Path LUNG = FIXTURES.resolve("lung-data.csv");
  private static final String COVARIATES = "age,female,ph.karno,wt.loss";
  private static final double TOLERANCE = 1e-6;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  private static JsonNode json(String... args) throws IOException {
    Vigil run = Vigil.run(args);
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals("", run.err());
    assertFalse(run.out().contains("NaN"), run.out());
    return MAPPER.readTree(run.out());
  }

  private static JsonNode lung(String... options) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("survival", "--data", LUNG.toString(), "--time", "time", "--event", "status"));
    args.addAll(List.of(options));
    args.addAll(List.of("--format", "json"));
    return json(args.toArray(String[]::new));
  }

  /** Returns the rows of one of R's reference files, each split at commas (no field is quoted). */
  private static List<String[]> reference(String file) throws IOException {
    return reference(FIXTURES.resolve(file));
  }

  private static List<String[]> reference(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream()
        .filter(l -> !l.isBlank())
        .map(l -> l.split(",", -1))
        .toList();
  }

  /** Asserts that a JSON number agrees with R's figure to a relative 1e-6; R's NA is JSON null. */
  private static void assertNear(String expected, JsonNode actual, String what) {
    if (expected.equals("NA")) {
      assertTrue(actual.isNull(), what + ": expected null (R's NA), was " + actual);
      return;
    }
    assertTrue(actual.isNumber(), what + ": expected a number, was " + actual);
    double e = Double.parseDouble(expected);
    double a = actual.doubleValue();
    assertTrue(
        a == e || Math.abs(a - e) <= TOLERANCE * Math.abs(e),
        what + ": expected " + e + ", was " + a);
  }

  private static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static void assertKaplanMeierRows(List<String[]> expected, List<JsonNode> actual) {
    assertEquals(expected.size(), actual.size(), "event times");
    for (int i = 0; i < expected.size(); i++) {
      String[] e = expected.get(i);
      JsonNode a = actual.get(i);
      String what = e[0] + " at " + e[1];
      assertNear(e[1], a.get("time"), what + " time");
      assertEquals(Integer.parseInt(e[2]), a.get("atRisk").intValue(), what + " atRisk");
      assertEquals(Integer.parseInt(e[3]), a.get("events").intValue(), what + " events");
      assertNear(e[4], a.get("survival"), what + " survival");
      assertNear(e[5], a.get("stdErr"), what + " stdErr");
      assertNear(e[6], a.get("lower"), what + " lower");
      assertNear(e[7], a.get("upper"), what + " upper");
    }
  }

  private static void assertMedians(List<String[]> expected, List<JsonNode> actual) {
    assertEquals(expected.size(), actual.size(), "curves");
    for (int i = 0; i < expected.size(); i++) {
      String[] e = expected.get(i);
      JsonNode a = actual.get(i);
      assertEquals(Integer.parseInt(e[1]), a.get("n").intValue(), e[0] + " n");
      assertEquals(Integer.parseInt(e[2]), a.get("events").intValue(), e[0] + " events");
      assertNear(e[3], a.get("median"), e[0] + " median");
      assertNear(e[4], a.get("lower"), e[0] + " median lower");
      assertNear(e[5], a.get("upper"), e[0] + " median upper");
    }
  }

  @Test
  void kaplanMeierByGroupAndTheLogRankTestAgreeWithR() throws IOException {
    JsonNode out = lung("--group", "group");
    assertEquals(214, out.get("n").intValue());
    assertEquals(152, out.get("events").intValue());
    assertEquals(0, out.get("droppedRows").intValue());
    assertFalse(out.has("cox"), "no covariates, no Cox model");

    List<String[]> km = reference("lung-km.csv").stream().filter(r -> !r[0].equals("(all)")).toList();
    List<JsonNode> rows = elements(out.get("km"));
    assertKaplanMeierRows(km, rows);
    for (int i = 0; i < km.size(); i++) {
      assertEquals(km.get(i)[0], rows.get(i).get("group").textValue(), "group of row " + i);
    }
    List<String[]> medians = reference("lung-median.csv").stream().filter(r -> !r[0].equals("(all)")).toList();
    List<JsonNode> actualMedians = elements(out.get("medians"));
    assertMedians(medians, actualMedians);
    for (int i = 0; i < medians.size(); i++) {
      assertEquals(medians.get(i)[0], actualMedians.get(i).get("group").textValue());
    }

    String[] logRank = reference("lung-logrank.csv").get(0);
    JsonNode test = out.get("logRank");
    assertNear(logRank[0], test.get("chiSquare"), "chiSquare");
    assertEquals(Integer.parseInt(logRank[1]), test.get("df").intValue(), "df");
    assertNear(logRank[2], test.get("p"), "p");
  }

  @Test
  void withoutAGroupThereIsOneOverallCurveAndNoLogRankTest() throws IOException {
    JsonNode out = lung();
    assertFalse(out.has("logRank"), out.toString());
    assertFalse(out.has("cox"), out.toString());
    List<JsonNode> rows = elements(out.get("km"));
    assertKaplanMeierRows(
        reference("lung-km.csv").stream().filter(r -> r[0].equals("(all)")).toList(), rows);
    for (JsonNode row : rows) {
      assertTrue(row.has("group") && row.get("group").isNull(), row.toString());
    }
    assertMedians(
        reference("lung-median.csv").stream().filter(r -> r[0].equals("(all)")).toList(),
        elements(out.get("medians")));
  }

  @Test
  void theCoxModelAgreesWithRWithEfronAndWithBreslowTies() throws IOException {
    for (String ties : List.of("efron", "breslow")) {
      JsonNode cox = lung("--covariates", COVARIATES, "--ties", ties).get("cox");
      assertEquals(ties, cox.get("ties").textValue());
      List<String[]> coefficients =
          reference("lung-cox.csv").stream().filter(r -> r[0].equals(ties)).toList();
      List<JsonNode> actual = elements(cox.get("coefficients"));
      assertEquals(4, coefficients.size());
      assertEquals(coefficients.size(), actual.size());
      for (int i = 0; i < coefficients.size(); i++) {
        String[] e = coefficients.get(i);
        JsonNode a = actual.get(i);
        String what = ties + " " + e[1];
        assertEquals(e[1], a.get("term").textValue());
        assertNear(e[2], a.get("coef"), what + " coef");
        assertNear(e[3], a.get("se"), what + " se");
        assertNear(e[4], a.get("hazardRatio"), what + " hazardRatio");
        assertNear(e[5], a.get("z"), what + " z");
        assertNear(e[6], a.get("p"), what + " p");
      }
      String[] fit = reference("lung-coxfit.csv").stream().filter(r -> r[0].equals(ties)).findFirst().orElseThrow();
      assertNear(fit[1], cox.get("logLikelihoodNull"), ties + " loglik0");
      assertNear(fit[2], cox.get("logLikelihood"), ties + " loglik");
      assertNear(fit[3], cox.get("likelihoodRatio"), ties + " LR");
      assertEquals(Integer.parseInt(fit[4]), cox.get("likelihoodRatioDf").intValue());
      assertNear(fit[5], cox.get("likelihoodRatioP"), ties + " LR p");
      assertNear(fit[6], cox.get("concordance"), ties + " concordance");
      assertEquals(Integer.parseInt(fit[7]), cox.get("iterations").intValue(), ties + " iterations");
      assertEquals(Integer.parseInt(fit[8]), cox.get("n").intValue());
      assertEquals(Integer.parseInt(fit[9]), cox.get("events").intValue());
      assertNear(fit[10], cox.get("concordanceStdErr"), ties + " concordance std. err");
      List<String[]> zph = reference("lung-zph.csv").stream().filter(r -> r[0].equals(ties)).toList();
      JsonNode ph = cox.get("proportionalHazards");
      List<JsonNode> terms = elements(ph.get("terms"));
      assertEquals(zph.size(), terms.size() + 1, "every term and the global test");
      for (int i = 0; i < zph.size(); i++) {
        String[] e = zph.get(i);
        JsonNode a = e[1].equals("GLOBAL") ? ph.get("global") : terms.get(i);
        if (!e[1].equals("GLOBAL")) {
          assertEquals(e[1], a.get("term").textValue());
        }
        assertNear(e[2], a.get("chiSquare"), ties + " cox.zph " + e[1]);
        assertEquals(Integer.parseInt(e[3]), a.get("df").intValue());
        assertNear(e[4], a.get("p"), ties + " cox.zph p " + e[1]);
      }
    }
  }

  @Test
  void theCoxModelDefaultsToEfronTies() throws IOException {
    assertEquals("efron", lung("--covariates", "age").get("cox").get("ties").textValue());
  }

  /** Writes the lung data with each data line changed by {@code edit}, and extra lines added. */
  private Path lungCopy(String name, UnaryOperator<String> edit, String... extraLines) throws IOException {
    List<String> lines = Files.readAllLines(LUNG, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));
    lines.subList(1, lines.size()).forEach(l -> out.add(edit.apply(l)));
    out.addAll(List.of(extraLines));
    Path file = temp.resolve(name);
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  private static String withStatus(String line, UnaryOperator<String> status) {
    String[] f = line.split(",", -1);
    f[1] = status.apply(f[1]);
    return String.join(",", f);
  }

  private static JsonNode figures(Path file, String... options) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("survival", "--data", file.toString(), "--time", "time", "--event", "status"));
    args.addAll(List.of(options));
    args.addAll(List.of("--format", "json"));
    return json(args.toArray(String[]::new));
  }

  @Test
  void rsOneTwoCodingAndTrueFalseReadAsZeroOne() throws IOException {
    String[] options = {"--group", "group", "--covariates", COVARIATES};
    JsonNode zeroOne = figures(LUNG, options);
    Path oneTwo = lungCopy("one-two.csv", l -> withStatus(l, s -> s.equals("1") ? "2" : "1"));
    Path trueFalse = lungCopy("true-false.csv", l -> withStatus(l, s -> s.equals("1") ? "TRUE" : "false"));
    assertEquals(zeroOne, figures(oneTwo, options), "1 censored, 2 event");
    assertEquals(zeroOne, figures(trueFalse, options), "false censored, true event");
  }

  @Test
  void rowsWithABlankOrNaInAUsedColumnAreDroppedAndCounted() throws IOException {
    Path file =
        lungCopy(
            "na.csv",
            l -> l,
            "NA,1,ecog0,60,0,90,5",
            "100,,ecog1,60,0,90,5",
            "100,1,ecog1,NA,0,90,5",
            "200,1, NA ,61,1,80,5",
            "300,0,ecog2,62,0,70,");
    String[] all = {"--group", "group", "--covariates", COVARIATES};
    JsonNode complete = figures(LUNG, all);
    JsonNode dropped = figures(file, all);
    assertEquals(5, dropped.get("droppedRows").intValue());
    assertEquals(214, dropped.get("n").intValue());
    assertEquals(complete.get("km"), dropped.get("km"));
    assertEquals(complete.get("logRank"), dropped.get("logRank"));
    assertEquals(complete.get("cox"), dropped.get("cox"));

    // A blank or NA only in columns not used keeps the row.
    JsonNode fewer = figures(file, "--covariates", "female");
    assertEquals(2, fewer.get("droppedRows").intValue(), "only time NA and the blank status");
    assertEquals(217, fewer.get("n").intValue());
  }

  private static void assertOneLineError(Vigil run, int code, String... expected) {
    assertAll(
        () -> assertEquals(code, run.code(), run.err()),
        () -> assertEquals(1, run.errLines().size(), "one line: " + run.err()),
        () -> assertTrue(run.err().startsWith("vigil survival: "), run.err()),
        () -> assertFalse(run.err().contains("Exception"), run.err()),
        () -> assertFalse(run.err().contains("NaN"), run.err()),
        () -> assertEquals("", run.out()));
    for (String e : expected) {
      assertTrue(run.err().contains(e), e + " in " + run.err());
    }
  }

  private static Vigil survival(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("survival", "--data", file.toString()));
    args.addAll(List.of(options));
    return Vigil.run(args.toArray(String[]::new));
  }

  @Test
  void aColumnThatIsNotInTheTableIsAUsageErrorNamingIt() {
    assertOneLineError(
        survival(LUNG, "--time", "days", "--event", "status"), ExitCode.USAGE, "--time", "'days'", "7 fields");
    assertOneLineError(survival(LUNG, "--time", "time", "--event", "dead"), ExitCode.USAGE, "--event", "'dead'");
    assertOneLineError(
        survival(LUNG, "--time", "time", "--event", "status", "--group", "ecog"), ExitCode.USAGE, "--group", "'ecog'");
    assertOneLineError(
        survival(LUNG, "--time", "time", "--event", "status", "--covariates", "age,sex"),
        ExitCode.USAGE,
        "--covariates",
        "'sex'");
  }

  /** The curves are written; the part that cannot be made is named on stderr, and the exit is 1. */
  private static void assertRefusedWithCurves(Vigil run, String... expected) {
    assertAll(
        () -> assertEquals(ExitCode.REJECTED, run.code(), run.err()),
        () -> assertEquals(1, run.errLines().size(), "one line: " + run.err()),
        () -> assertTrue(run.err().startsWith("vigil survival: "), run.err()),
        () -> assertFalse(run.err().contains("Exception"), run.err()),
        () -> assertFalse(run.out().isEmpty(), "the curves are still given"));
    for (String e : expected) {
      assertTrue(run.err().contains(e), e + " in " + run.err());
    }
  }

  /** R's figures for the survival module's own tests, written by its make-reference.R. */
  private static final Path MODELS = Path.of("../survival/src/test/resources/survival");

  @Test
  void countingProcessRowsStrataAndClustersGiveRsRobustCoxModel() throws IOException {
    JsonNode cox =
        json(
                "survival", "--data", MODELS.resolve("model-cgd-data.csv").toString(),
                "--start", "start", "--time", "time", "--event", "status", "--strata", "stratum",
                "--cluster", "cluster", "--covariates", "treat,female,age,steroids,propylac",
                "--format", "json")
            .get("cox");
    List<String[]> r = reference(MODELS.resolve("model-cgd-cox.csv"));
    assertEquals(4, cox.get("strata").intValue());
    assertEquals(128, cox.get("clusters").intValue());
    List<JsonNode> coefficients = elements(cox.get("coefficients"));
    for (int k = 0; k < coefficients.size(); k++) {
      String[] row = r.get(k);
      assertEquals(row[1], coefficients.get(k).get("term").textValue());
      assertNear(row[2], coefficients.get(k).get("coef"), "coef");
      assertNear(row[4], coefficients.get(k).get("robustSe"), "robust se");
      assertNear(row[8], coefficients.get(k).get("lower"), "lower .95");
    }
  }

  @Test
  void curvesAtChosenTimesQuantilesAndTheRestrictedMeanAreRs() throws IOException {
    JsonNode out =
        json(
            "survival", "--data", MODELS.resolve("model-rats-data.csv").toString(), "--time", "time",
            "--event", "status", "--group", "group", "--times", "50,80,100", "--quantiles", "0.1,0.25",
            "--rmean", "100", "--format", "json");
    List<String[]> rmean = reference(MODELS.resolve("curve-rats-rmean.csv"));
    JsonNode first = out.get("restrictedMeans").get(0);
    assertEquals(rmean.get(0)[0], first.get("group").textValue());
    assertNear(rmean.get(0)[2], first.get("mean"), "rmean");
    assertNear(rmean.get(0)[3], first.get("stdErr"), "se(rmean)");
    List<String[]> times = reference(MODELS.resolve("curve-rats-times.csv"));
    JsonNode at = out.get("atTimes").get(1);
    assertEquals(Double.parseDouble(times.get(1)[1]), at.get("time").doubleValue());
    assertNear(times.get(1)[5], at.get("survival"), "survival at 80");
    assertEquals(4, out.get("quantiles").size(), "two quantiles of each group's curve");
  }

  @Test
  void byPersonClustersTheRegistrysSpellsForARobustVariance() throws IOException {
    JsonNode plain = json("survival", "--covariates", "TRAVEL_BAN", "--format", "json").get("cox");
    JsonNode robust =
        json("survival", "--covariates", "TRAVEL_BAN", "--by-person", "--format", "json").get("cox");
    assertEquals(plain.get("coefficients").get(0).get("coef"), robust.get("coefficients").get(0).get("coef"));
    assertTrue(robust.get("coefficients").get(0).get("robustSe").isNumber(), robust.toString());
    assertTrue(plain.get("coefficients").get(0).get("robustSe").isNull(), plain.toString());
    int clusters = robust.get("clusters").intValue();
    assertTrue(clusters > 0 && clusters <= robust.get("n").intValue(), "one cluster per person: " + clusters);
    assertTrue(robust.has("robustScore"), robust.toString());
  }

  @Test
  void aFileSavedWithoutItsHeaderNeverShowsItsFirstRow() throws IOException {
    Path file = temp.resolve("no-header.csv");
    Files.write(
        file, List.of("Ana Perez,+58 412 555 0101,12,1", "Luis Gil,+58 414 555 0199,30,0"), StandardCharsets.UTF_8);
    Vigil run = survival(file, "--time", "time", "--event", "status");
    assertOneLineError(run, ExitCode.USAGE, "'time'", "header");
    assertFalse(run.err().contains("Ana"), run.err());
    assertFalse(run.err().contains("555"), run.err());
  }

  @Test
  void labelsWithControlCharactersAndLookAlikesNeverReachTheTextRaw() throws IOException {
    Path file = temp.resolve("hostile.csv");
    String hostile = "\"a" + (char) 27 + "[31mred" + (char) 10 + "forged: line\"";
    Files.write(
        file,
        List.of("time,status,group", "1,1," + hostile, "2,1," + hostile, "3,0,\u04201", "4,1,\u04201"),
        StandardCharsets.UTF_8);
    Vigil run = survival(file, "--time", "time", "--event", "status", "--group", "group");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertFalse(run.out().contains("\u001b"), run.out());
    assertFalse(run.out().contains("\nforged"), run.out());
    assertTrue(run.out().contains("a?[31mred?forged: line"), run.out());
    assertTrue(run.out().contains("U+04201"), run.out());
  }

  @Test
  void aGroupWithFewerThanTenEventsIsWarnedOfInTextAndJson() throws IOException {
    Vigil run = survival(LUNG, "--time", "time", "--event", "status", "--group", "group");
    assertTrue(run.out().contains("Warning: group 'ecog3' has 1 event, fewer than 10"), run.out());
    JsonNode json = lung("--group", "group");
    assertTrue(json.get("warnings").toString().contains("group 'ecog3' has 1 event"), json.toString());
    assertFalse(json.get("warnings").toString().contains("ecog0"), json.toString());
  }

  @Test
  void releaseSpellsWithFewerThanTenRearrestsAreWarnedOfInTextAndJson() throws IOException {
    // the conformance registry "mixed" has a handful of release spells: every curve is small
    Vigil run = Vigil.run("survival", "--registry", "../conformance/mixed", "--group", "COURT_APPEARANCE");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("Warning: group '"), run.out());
    assertTrue(run.out().contains(", fewer than 10: its median and any test that uses it are not reliable"), run.out());
    Vigil jsonRun =
        Vigil.run("survival", "--registry", "../conformance/mixed", "--group", "COURT_APPEARANCE", "--format", "json");
    assertEquals(ExitCode.OK, jsonRun.code(), jsonRun.err());
    JsonNode json = MAPPER.readTree(jsonRun.out());
    assertTrue(json.get("warnings").size() >= 1, json.toString());
    assertTrue(json.get("warnings").get(0).asText().contains("fewer than 10"), json.toString());
  }

  @Test
  void aHostileCellInAnErrorIsCutAndSanitisedOnOneLine() throws IOException {
    String hostile = "\u001b[2J\u0007" + "Ana Perez 0412".repeat(20) + "\u0420";
    Path time = lungCopy("hostile-time.csv", l -> l, "\"" + hostile + "\nforged: line\",1,ecog0,60,0,90,5");
    Vigil run = survival(time, "--time", "time", "--event", "status");
    assertOneLineError(run, ExitCode.REJECTED, "line 216", "not a number");
    String err = run.err().strip();
    assertTrue(err.chars().allMatch(c -> c >= 0x20 && c < 0x7f), err);
    assertFalse(err.contains("forged"), err);
    assertTrue(err.length() < 200, err.length() + " characters: " + err);
    Path label = lungCopy("hostile-label.csv", l -> l.replaceFirst(",ecog0,", ",\"\u001b[31m" + "x".repeat(60) + "\","));
    Vigil json = survival(label, "--time", "time", "--event", "status", "--group", "group", "--format", "json");
    assertEquals(ExitCode.OK, json.code(), json.err());
    assertFalse(json.out().contains("\u001b"), "no raw ESC in JSON");
    assertTrue(MAPPER.readTree(json.out()).isObject());
  }

  @Test
  void aConstantCovariateCannotBeFittedAndExitsOne() throws IOException {
    Path file = lungCopy("constant.csv", l -> l + ",1");
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(0, lines.get(0) + ",one");
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertRefusedWithCurves(
        survival(file, "--time", "time", "--event", "status", "--covariates", "age,one", "--format", "json"),
        "Cox model",
        "'one'",
        "CONSTANT_COVARIATE");
  }

  @Test
  void otherFailuresOfTheEstimatorsExitOneNamingTheCause() throws IOException {
    Path censored = lungCopy("censored.csv", l -> withStatus(l, s -> "0"));
    Vigil flat = survival(censored, "--time", "time", "--event", "status");
    assertEquals(ExitCode.OK, flat.code(), "a curve without events stays at 1, as R's: " + flat.err());
    assertTrue(flat.out().contains("Warning: the table has 0 events"), flat.out());
    assertRefusedWithCurves(
        survival(censored, "--time", "time", "--event", "status", "--covariates", "age"), "NO_EVENTS");
    Path oneGroup = lungCopy("one-group.csv", l -> l.replaceFirst(",ecog\\w+,", ",all,"));
    assertRefusedWithCurves(
        survival(oneGroup, "--time", "time", "--event", "status", "--group", "group"),
        "log-rank",
        "ONE_GROUP");
    assertOneLineError(
        survival(LUNG, "--time", "time", "--event", "status", "--covariates", "age,female,female"),
        ExitCode.USAGE,
        "twice");
  }

  @Test
  void aValueThatCannotBeReadStopsWithItsLineNumber() throws IOException {
    Path time = lungCopy("bad-time.csv", l -> l, "soon,1,ecog0,60,0,90,5");
    assertOneLineError(
        survival(time, "--time", "time", "--event", "status"), ExitCode.REJECTED, "line 216", "'soon'", "not a number");
    Path negative = lungCopy("negative.csv", l -> l, "-3,1,ecog0,60,0,90,5");
    assertOneLineError(
        survival(negative, "--time", "time", "--event", "status"), ExitCode.REJECTED, "line 216", "negative");
    Path event = lungCopy("bad-event.csv", l -> l, "30,3,ecog0,60,0,90,5");
    assertOneLineError(
        survival(event, "--time", "time", "--event", "status"), ExitCode.REJECTED, "line 216", "event '3'");
    Path zeroInOneTwo = lungCopy("zero.csv", l -> withStatus(l, s -> s.equals("1") ? "2" : "1"), "30,0,ecog0,60,0,90,5");
    assertOneLineError(
        survival(zeroInOneTwo, "--time", "time", "--event", "status"), ExitCode.REJECTED, "line 216", "1/2 coding");
    Path covariate = lungCopy("bad-covariate.csv", l -> l, "30,1,ecog0,sixty,0,90,5");
    assertOneLineError(
        survival(covariate, "--time", "time", "--event", "status", "--covariates", "age"),
        ExitCode.REJECTED,
        "line 216",
        "'age'");
    Path ragged = lungCopy("ragged.csv", l -> l, "30,1,ecog0");
    assertOneLineError(survival(ragged, "--time", "time", "--event", "status"), ExitCode.REJECTED, "line 216", "fields");
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertOneLineError(survival(LUNG, "--time", "time"), ExitCode.USAGE, "--event");
    assertOneLineError(
        survival(LUNG, "--time", "time", "--event", "status", "--registry", "src/main/resources/sample-registry"),
        ExitCode.USAGE,
        "not both");
    assertOneLineError(
        survival(LUNG, "--time", "time", "--event", "status", "--as-of", "2026-01-10"), ExitCode.USAGE, "--as-of");
    assertOneLineError(
        survival(LUNG, "--time", "time", "--event", "status", "--ties", "exact"), ExitCode.USAGE, "exact");
    assertOneLineError(
        survival(LUNG, "--time", "time", "--event", "status", "--format", "csv"), ExitCode.USAGE, "csv");
    assertOneLineError(survival(Path.of("no/such.csv"), "--time", "t", "--event", "e"), ExitCode.USAGE, "no/such.csv");
    assertOneLineError(Vigil.run("survival", "--group", "CURFEW"), ExitCode.USAGE, "'CURFEW'", "COURT_APPEARANCE");
    assertOneLineError(Vigil.run("survival", "--time", "days"), ExitCode.USAGE, "--data");
    assertOneLineError(
        Vigil.run("survival", "--covariates", "TRAVEL_BAN,travel_ban"), ExitCode.USAGE, "TRAVEL_BAN twice");
  }

  @Test
  void theSampleRegistryGivesTimeFromReleaseToRearrest() {
    Vigil run = Vigil.run("survival");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Time at liberty from release to rearrest"), run.out());
    assertTrue(run.out().contains("as of 2026-01-15"), run.out());
    assertTrue(run.out().contains("at risk"), run.out());
    assertFalse(run.out().contains("NaN"), run.out());
    Vigil path = Vigil.run("survival", "--registry", "src/main/resources/sample-registry");
    assertEquals(run.out().replace("the bundled sample registry", "src/main/resources/sample-registry"), path.out());
  }

  @Test
  void competingRisksOfATableAgreeWithRsSurvfitAndCuminc() throws IOException {
    JsonNode out =
        json("survival", "--data", FIXTURES.resolve("competing-spells-data.csv").toString(), "--time", "time",
            "--event", "status", "--group", "group", "--competing", "--format", "json");
    assertEquals(3000, out.get("n").intValue());
    assertEquals(List.of("1", "2", "3"),
        elements(out.get("kinds")).stream().map(k -> k.get("kind").textValue()).toList());
    List<String[]> curve = reference("competing-spells-curve.csv");
    List<JsonNode> rows = elements(out.get("incidence"));
    assertEquals(curve.size(), rows.size(), "incidence rows");
    for (int i = 0; i < curve.size(); i++) {
      String[] e = curve.get(i);
      JsonNode a = rows.get(i);
      String what = e[0] + " kind " + e[1] + " at " + e[2];
      assertEquals(e[0], a.get("group").textValue(), what);
      assertEquals(e[1], a.get("kind").textValue(), what);
      assertNear(e[2], a.get("time"), what + " time");
      assertEquals(Integer.parseInt(e[3]), a.get("atRisk").intValue(), what + " atRisk");
      assertEquals(Integer.parseInt(e[4]), a.get("events").intValue(), what + " events");
      assertNear(e[5], a.get("incidence"), what + " incidence");
      assertNear(e[6], a.get("stdErr"), what + " stdErr");
      assertNear(e[7], a.get("lower"), what + " lower");
      assertNear(e[8], a.get("upper"), what + " upper");
      assertNear(e[10], a.get("grayVariance"), what + " cuminc variance");
    }
    List<String[]> gray = reference("competing-spells-gray.csv");
    List<JsonNode> tests = elements(out.get("grayTests"));
    assertEquals(gray.size(), tests.size());
    for (int i = 0; i < gray.size(); i++) {
      assertEquals(gray.get(i)[0], tests.get(i).get("kind").textValue());
      assertNear(gray.get(i)[1], tests.get(i).get("chiSquare"), "Gray statistic " + i);
      assertNear(gray.get(i)[2], tests.get(i).get("p"), "Gray p " + i);
      assertEquals(Integer.parseInt(gray.get(i)[3]), tests.get(i).get("df").intValue());
    }
    Vigil text =
        Vigil.run("survival", "--data", FIXTURES.resolve("competing-spells-data.csv").toString(), "--time",
            "time", "--event", "status", "--group", "group", "--competing");
    assertEquals(ExitCode.OK, text.code(), text.err());
    assertTrue(text.out().contains("house arrest, cumulative incidence of '1': 1002 rows"), text.out());
    assertTrue(text.out().contains("Gray's test (equal cumulative incidence in every group):"), text.out());
  }

  @Test
  void competingRisksOfTheRegistryCountExileAndDeathAsEndsOfTheirOwn() throws IOException {
    LocalDate asOf = LocalDate.of(2026, 1, 12);
    JsonNode out =
        json("survival", "--registry", "src/main/resources/sample-registry", "--as-of", asOf.toString(),
            "--competing", "--format", "json");
    List<ReleaseSpell> spells = ReleaseSpells.from(BundledSample.read().registry().asOf(asOf));
    IncidenceCurve curve =
        CumulativeIncidence.fit(
                SurvivalData.builder(ReleaseSpells.times(spells), ReleaseSpells.ended(spells))
                    .causes(ReleaseSpells.endings(spells), ReleaseSpells.ENDINGS)
                    .build())
            .get(0);
    assertEquals(spells.size(), out.get("n").intValue());
    assertEquals(List.of("rearrest", "exile", "death"),
        elements(out.get("kinds")).stream().map(k -> k.get("kind").textValue()).toList());
    List<JsonNode> rows = elements(out.get("incidence"));
    assertEquals(curve.rows().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(curve.rows().get(i).incidence(), rows.get(i).get("incidence").doubleValue());
      assertEquals(curve.rows().get(i).cause(), rows.get(i).get("kind").textValue());
    }
    assertFalse(out.has("grayTests"), "no groups, no Gray's test");
  }

  @Test
  void competingRisksRefuseTheOptionsTheyDoNotTake() throws IOException {
    Vigil run =
        Vigil.run("survival", "--data", LUNG.toString(), "--time", "time", "--event", "status", "--competing",
            "--covariates", "age");
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertTrue(run.err().contains("it does not take --covariates"), run.err());
    Path file = temp.resolve("kinds.csv");
    Files.writeString(file, "time,status\n1,1\n2,2.5\n3,0\n", StandardCharsets.UTF_8);
    Vigil bad = Vigil.run("survival", "--data", file.toString(), "--time", "time", "--event", "status", "--competing");
    assertEquals(ExitCode.REJECTED, bad.code(), bad.err());
    assertTrue(bad.err().contains("is not 0 (censored) or a positive whole number"), bad.err());
    assertFalse(bad.err().contains("Exception"), bad.err());
  }

  @Test
  void theRegistrysSpellsByAMeasureAreThoseOfTheLibrary() throws IOException {
    LocalDate asOf = LocalDate.of(2026, 1, 12);
    JsonNode out =
        json("survival", "--registry", "src/main/resources/sample-registry", "--as-of", asOf.toString(),
            "--group", "travel_ban", "--covariates", "TRAVEL_BAN,SPEECH_BAN", "--format", "json");
    Registry registry = BundledSample.read().registry();
    List<ReleaseSpell> spells = ReleaseSpells.from(registry.asOf(asOf));
    List<SurvivalCurve> curves =
        KaplanMeier.fit(
            ReleaseSpells.times(spells),
            ReleaseSpells.rearrests(spells),
            ReleaseSpells.groups(spells, MeasureType.TRAVEL_BAN));
    assertEquals(spells.size(), out.get("n").intValue());
    assertTrue(out.get("rejectedRows").isIntegralNumber(), "rejectedRows is a number: " + out.get("rejectedRows"));
    assertEquals(0, out.get("rejectedRows").longValue());
    assertEquals(spells.stream().filter(ReleaseSpell::rearrested).count(), out.get("events").longValue());
    assertTrue(out.get("events").intValue() > 0, "the sample has rearrests");
    assertEquals("2026-01-12", out.get("asOf").textValue());
    assertEquals(0, out.get("droppedRows").intValue());
    List<JsonNode> rows = elements(out.get("km"));
    int i = 0;
    for (SurvivalCurve curve : curves) {
      for (SurvivalRow r : curve.rows()) {
        JsonNode row = rows.get(i++);
        assertEquals(curve.group().orElseThrow(), row.get("group").textValue());
        assertEquals(r.time(), row.get("time").doubleValue());
        assertEquals(r.atRisk(), row.get("atRisk").intValue());
        assertEquals(r.survival(), row.get("survival").doubleValue());
      }
    }
    assertEquals(rows.size(), i);
    assertEquals(List.of("with TRAVEL_BAN", "without TRAVEL_BAN"),
        elements(out.get("medians")).stream().map(m -> m.get("group").textValue()).toList());
    assertTrue(out.get("logRank").get("chiSquare").doubleValue() > 0);
    assertEquals(
        List.of("TRAVEL_BAN", "SPEECH_BAN"),
        elements(out.get("cox").get("coefficients")).stream().map(c -> c.get("term").textValue()).toList());
  }

  /**
   * Returns the bundled sample with a travel ban imposed (or lifted, where one was imposed at
   * release) halfway through each spell still running on {@code asOf}, so the measures change
   * during the spells.
   */
  private static Registry sampleWithChanges(LocalDate asOf) {
    Registry registry = BundledSample.read().registry();
    for (ReleaseSpell s : ReleaseSpells.from(registry.asOf(asOf))) {
      if (s.endedBy() == ReleaseSpell.End.AS_OF && s.days() >= 4) {
        LocalDate date = s.released().plusDays(s.days() / 2);
        registry =
            registry.withEvent(
                s.detainee(),
                Event.of(
                    s.had(MeasureType.TRAVEL_BAN) ? EventType.MEASURE_LIFTED : EventType.MEASURE_IMPOSED,
                    date,
                    Measure.of(MeasureType.TRAVEL_BAN)));
      }
    }
    return registry;
  }

  @Test
  void timeVaryingCutsTheSpellsAndFitsTheLibrarysClusteredModel() throws IOException {
    LocalDate asOf = LocalDate.of(2026, 1, 15);
    Registry registry = sampleWithChanges(asOf);
    Path file = temp.resolve("registry.json");
    RegistryWriter.writeJson(registry, file);
    JsonNode out =
        json("survival", "--registry", file.toString(), "--as-of", asOf.toString(),
            "--covariates", "TRAVEL_BAN,SPEECH_BAN", "--time-varying", "--format", "json");
    List<ReleaseSpell> spells = ReleaseSpells.from(registry.asOf(asOf));
    List<SpellPeriod> periods = ReleaseSpells.periods(registry.asOf(asOf));
    SurvivalData rows =
        ReleaseSpells.countingProcess(periods, List.of(MeasureType.TRAVEL_BAN, MeasureType.SPEECH_BAN));
    assertTrue(rows.n() > spells.size(), "some spells are cut: " + rows.n() + " rows, " + spells.size() + " spells");
    assertTrue(out.get("timeVarying").booleanValue());
    assertEquals(spells.size(), out.get("spells").intValue());
    assertEquals(rows.n(), out.get("n").intValue());
    assertEquals(rows.droppedRows(), out.get("droppedRows").intValue());
    CoxModel model = CoxRegression.fit(rows, Ties.EFRON);
    JsonNode cox = out.get("cox");
    assertEquals(rows.clusterCount().orElseThrow().intValue(), cox.get("clusters").intValue());
    for (int j = 0; j < 2; j++) {
      CoxCoefficient c = model.coefficients().get(j);
      JsonNode a = cox.get("coefficients").get(j);
      assertEquals(c.term(), a.get("term").textValue());
      assertEquals(c.coef(), a.get("coef").doubleValue());
      assertEquals(c.robustSe().orElseThrow(), a.get("robustSe").doubleValue());
    }
    Vigil text =
        Vigil.run("survival", "--registry", file.toString(), "--as-of", asOf.toString(),
            "--covariates", "TRAVEL_BAN,SPEECH_BAN", "--time-varying");
    assertTrue(text.out().contains(spells.size() + " release spells cut into " + rows.n() + " periods"), text.out());
    for (ReleaseSpell s : spells) {
      assertFalse(text.out().contains(s.detainee().value()), "no person's id in the output");
      assertFalse(out.toString().contains(s.detainee().value()), "no person's id in the JSON");
    }
  }

  @Test
  void timeVaryingNeedsCovariatesAndARegistryAndTakesNoGroup() throws IOException {
    for (String[] args :
        List.of(
            new String[] {"survival", "--time-varying"},
            new String[] {"survival", "--time-varying", "--covariates", "TRAVEL_BAN", "--group", "TRAVEL_BAN"},
            new String[] {"survival", "--time-varying", "--covariates", "TRAVEL_BAN", "--competing"},
            new String[] {"survival", "--time-varying", "--data", LUNG.toString(), "--time", "time",
                "--event", "status", "--covariates", "age"})) {
      Vigil run = Vigil.run(args);
      assertEquals(ExitCode.USAGE, run.code(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().contains("--time-varying"), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void aMeasureThatSplitsNoOneIsOneGroupAndExitsOne() {
    // No spell of the sample was released under supervision: one group.
    assertRefusedWithCurves(Vigil.run("survival", "--group", "SUPERVISION"), "ONE_GROUP");
  }

  @Test
  void theTextReportShowsEachGroupThenTheTestsAndTheModel() {
    Vigil run =
        Vigil.run("survival", "--data", LUNG.toString(), "--time", "time", "--event", "status",
            "--group", "group", "--covariates", COVARIATES);
    assertEquals(ExitCode.OK, run.code(), run.err());
    String out = run.out();
    assertTrue(out.contains("214 rows, 152 events; 0 rows dropped"), out);
    assertTrue(out.contains("ecog0: 61 rows, 35 events, median 428 (95% CI 348 to 643)"), out);
    assertTrue(out.contains("ecog3: 1 row, 1 event, median 118 (95% CI NA to NA)"), out);
    assertTrue(out.contains("time  at risk  events  survival  std err  lower 95%  upper 95%"), out);
    assertTrue(out.contains("Log-rank test: chi-square 28.70 on 4 degrees of freedom, p = 8.98e-06"), out);
    assertTrue(out.contains("Cox model (efron ties): 214 rows, 152 events"), out);
    assertTrue(out.contains("concordance 0.6428"), out);
    assertTrue(out.indexOf("ecog0:") < out.indexOf("Log-rank") && out.indexOf("Log-rank") < out.indexOf("Cox"), out);
    assertFalse(out.contains("NaN"), out);
  }

  @Test
  void survivalHasHelp() {
    Vigil run = Vigil.run("survival", "--help");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().startsWith("Usage: vigil survival"), run.out());
    assertTrue(run.out().contains("--covariates"), run.out());
  }

  @Test
  void strictSurvivalRefusesARegistryWithRejectedRowsWithExitOne() {
    Vigil run = Vigil.run("survival", "--registry", "../conformance/mixed", "--strict");
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("events.csv:11: "), run.err());
    assertTrue(run.err().contains("--strict"), run.err());
  }

  @Test
  void anEmptySourceLabelIsAUsageErrorNotEverySource() {
    Vigil run = Vigil.run("survival", "--source", ",");
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("is not a source label"), run.err());
  }
}
