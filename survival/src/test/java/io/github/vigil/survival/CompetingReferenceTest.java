package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Competing risks against R (survival/src/test/r/make-competing.R): the Aalen–Johansen
 * incidence, its standard error and 95% limits as R's multi-state {@code survfit} gives them,
 * {@code cmprsk::cuminc}'s variance, and Gray's test, on mgus2 (two kinds, by sex), colon (three
 * arms, heavy ties), rotterdam (Gray's test stratified by tumour size) and 3,000 simulated release
 * spells (three kinds, whole days).
 *
 * <p>Largest relative error seen (R 4.2.2, survival 3.5.3, cmprsk 2.2.11): incidence 9.2e-15,
 * standard error 2.8e-14, limits 4.6e-14, cuminc variance 7.6e-13, Gray statistic 6.9e-15 and p
 * 1.8e-13.
 */
class CompetingReferenceTest {
  @ParameterizedTest
  @ValueSource(strings = {"mgus2", "colon", "rotterdam", "spells"})
  void incidenceAndGraysTestAgreeWithR(String name) {
    SurvivalData data = data(name);
    ImmutableList<IncidenceCurve> curves = CumulativeIncidence.fit(data);
    Fixture curve = Fixture.read("competing-" + name + "-curve.csv");
    Map<String, List<Integer>> byGroup = curve.rowsBy("group");
    assertEquals(byGroup.size(), curves.size(), name + ": groups");
    int checked = 0;
    for (IncidenceCurve c : curves) {
      List<Integer> rows = java.util.Objects.requireNonNull(byGroup.get(c.group().orElseThrow()));
      for (int kind = 1; kind <= c.causes().size(); kind++) {
        List<IncidenceRow> mine = c.rows(kind);
        List<Integer> theirs = new ArrayList<>();
        for (int r : rows) {
          if (curve.number(r, "kind") == kind) {
            theirs.add(r);
          }
        }
        assertEquals(theirs.size(), mine.size(), name + " " + c.group() + " kind " + kind + ": rows");
        for (int i = 0; i < mine.size(); i++) {
          IncidenceRow row = mine.get(i);
          int r = theirs.get(i);
          String where = name + " " + c.group().orElseThrow() + " kind " + kind + " t=" + row.time();
          assertEquals(curve.number(r, "time"), row.time(), where);
          assertEquals((int) curve.number(r, "n.risk"), row.atRisk(), where + " n.risk");
          assertEquals((int) curve.number(r, "n.event"), row.events(), where + " n.event");
          Fixture.near("incidence", curve.number(r, "pstate"), row.incidence(), where + " pstate");
          Fixture.near("incidence", curve.number(r, "cuminc"), row.incidence(), where + " cuminc");
          Fixture.near("incidence std.err", curve.number(r, "std.err"), row.stdErr(), where + " std.err");
          Fixture.near("incidence lower", curve.optional(r, "lower"), row.lower(), where + " lower");
          Fixture.near("incidence upper", curve.optional(r, "upper"), row.upper(), where + " upper");
          Fixture.near("cuminc variance", curve.number(r, "cuminc.var"), row.grayVariance(), where + " var");
          checked++;
        }
      }
    }
    assertEquals(curve.rows.size(), checked, name + ": every R row compared");

    Fixture gray = Fixture.read("competing-" + name + "-gray.csv");
    ImmutableList<GrayTest> tests = CumulativeIncidence.grayTests(data);
    assertEquals(gray.rows.size(), tests.size(), name + ": Gray's tests");
    for (int r = 0; r < gray.rows.size(); r++) {
      GrayTest test = tests.get((int) gray.number(r, "kind") - 1);
      String where = name + " Gray kind " + test.cause();
      Fixture.near("Gray statistic", gray.number(r, "stat"), test.test().statistic(), where);
      Fixture.near("Gray p", gray.number(r, "p"), test.test().p(), where + " p");
      assertEquals((int) gray.number(r, "df"), test.test().df(), where + " df");
    }
  }

  @Test
  void oneKindOfEventIsOneMinusKaplanMeier() {
    SurvivalData data = data("mgus2");
    boolean[] any = new boolean[data.n()];
    double[] times = new double[data.n()];
    for (int i = 0; i < data.n(); i++) {
      any[i] = data.isEvent(i);
      times[i] = data.time(i);
    }
    IncidenceCurve one = CumulativeIncidence.fit(SurvivalData.builder(times, any).build()).get(0);
    SurvivalCurve km = KaplanMeier.fit(times, any);
    List<SurvivalRow> kmRows = km.rows();
    List<IncidenceRow> rows = one.rows(1);
    assertEquals(kmRows.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(1 - kmRows.get(i).survival(), rows.get(i).incidence(), 1e-12);
    }
  }

  @Test
  void entryTimesAndWeightsAreRefusedNotIgnored() {
    double[] t = {1, 2, 3};
    boolean[] e = {true, false, true};
    SurvivalData entry = SurvivalData.builder(t, e).entryTimes(new double[] {0, 1, 0}).build();
    SurvivalData weighted = SurvivalData.builder(t, e).weights(new double[] {1, 2, 1}).build();
    assertThrows(IllegalArgumentException.class, () -> CumulativeIncidence.fit(entry));
    assertThrows(IllegalArgumentException.class, () -> CumulativeIncidence.fit(weighted));
  }

  @Test
  void aKindThatNeverHappensHasNoGrayTest() {
    double[] t = {1, 2, 3, 4};
    boolean[] e = {true, true, true, false};
    SurvivalData data =
        SurvivalData.builder(t, e)
            .causes(new int[] {1, 1, 1, 0}, List.of("rearrest", "exile"))
            .groups(List.of("a", "b", "a", "b"))
            .build();
    SurvivalException x = assertThrows(SurvivalException.class, () -> CumulativeIncidence.grayTests(data));
    assertEquals(SurvivalException.Problem.NO_EVENTS, x.problem());
  }

  @Test
  void aKindThatNeverHappensIsLeftOutOfGraysTestsAsCumincDoes() {
    double[] t = {1, 2, 3, 4, 5, 6};
    boolean[] e = {true, true, true, false, true, true};
    SurvivalData data =
        SurvivalData.builder(t, e)
            .causes(new int[] {1, 1, 1, 0, 1, 1}, List.of("rearrest", "exile"))
            .groups(List.of("a", "b", "a", "b", "b", "a"))
            .build();
    IncidenceReport report = IncidenceReport.fit(data);
    assertEquals(1, report.grayTests().size());
    assertEquals("rearrest", report.grayTests().get(0).cause());
    assertTrue(report.grayTestsRefused().isEmpty(), report.grayTestsRefused()::toString);
    for (IncidenceRow row : report.curves().get(0).rows(2)) {
      assertEquals(0.0, row.incidence());
      assertFalse(row.lower().isPresent());
    }
  }

  @Test
  void aTableOfKindsReadsEachWholeNumberAsAKindAndRefusesAnyOther(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("kinds.csv");
    Files.writeString(good, "time,status\n1,2.0\n2,0\n3,1\n4,7\n", StandardCharsets.UTF_8);
    TableColumns columns = TableColumns.builder().time("time").event("status").competing(true).build();
    SurvivalData data = SurvivalTable.read(good, columns);
    assertEquals(List.of("1", "2", "7"), data.causeNames());
    assertEquals(2, data.cause(0));
    assertEquals(0, data.cause(1));
    assertEquals(3, data.cause(3));
    assertEquals(3, data.eventCount());
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "time,status\n1,1\n2,1.5\n", StandardCharsets.UTF_8);
    TableException x = assertThrows(TableException.class, () -> SurvivalTable.read(bad, columns));
    assertTrue(String.valueOf(x.getMessage()).contains("line 3"), x.getMessage());
  }

  static SurvivalData data(String name) {
    Fixture f = Fixture.read("competing-" + name + "-data.csv");
    int n = f.rows.size();
    double[] time = new double[n];
    boolean[] event = new boolean[n];
    int[] cause = new int[n];
    List<String> groups = new ArrayList<>();
    List<String> strata = new ArrayList<>();
    int kinds = 0;
    for (int i = 0; i < n; i++) {
      time[i] = f.number(i, "time");
      cause[i] = (int) f.number(i, "status");
      event[i] = cause[i] > 0;
      kinds = Math.max(kinds, cause[i]);
      groups.add(f.text(i, "group"));
      if (f.header.contains("stratum")) {
        strata.add(f.text(i, "stratum"));
      }
    }
    List<String> names = new ArrayList<>();
    for (int k = 1; k <= kinds; k++) {
      names.add("kind " + k);
    }
    SurvivalData.Builder b = SurvivalData.builder(time, event).causes(cause, names).groups(groups);
    if (!strata.isEmpty()) {
      b.strata(strata);
    }
    return b.build();
  }

  @AfterAll
  static void report() {
    new TreeMap<>(Fixture.WORST)
        .forEach((k, v) -> System.out.printf("competing: largest relative error %s: %.2g%n", k, v));
  }
}
