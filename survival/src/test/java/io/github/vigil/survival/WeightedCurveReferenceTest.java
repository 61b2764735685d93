package io.github.vigil.survival;

import static io.github.vigil.survival.Fixture.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares Kaplan–Meier curves of weighted rows (whole-number weights: Greenwood with weighted
 * counts; weights with a fraction: the infinitesimal jackknife), with and without delayed entry,
 * with R's {@code survfit(..., weights = weight)} as survival/src/test/r/make-weighted.R writes it.
 */
class WeightedCurveReferenceTest {

  private static SurvivalData.Builder builder(Fixture f) {
    int n = f.rows.size();
    double[] time = new double[n];
    boolean[] status = new boolean[n];
    double[] weight = new double[n];
    double[] start = new double[n];
    for (int i = 0; i < n; i++) {
      time[i] = f.number(i, "time");
      status[i] = f.number(i, "status") == 1;
      weight[i] = f.number(i, "weight");
      start[i] = f.header.contains("start") ? f.number(i, "start") : 0;
    }
    SurvivalData.Builder b = SurvivalData.builder(time, status).weights(weight);
    return f.header.contains("start") ? b.entryTimes(start) : b;
  }

  private static Map<String, SurvivalCurve> curves(String name) {
    Fixture f = Fixture.read("weighted-" + name + "-data.csv");
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < f.rows.size(); i++) {
      groups.add(f.text(i, "group"));
    }
    Map<String, SurvivalCurve> out = new TreeMap<>();
    for (SurvivalCurve c : KaplanMeier.fit(builder(f).groups(groups).build())) {
      out.put(c.group().orElseThrow(), c);
    }
    out.put("(all)", KaplanMeier.fit(builder(f).build()).get(0));
    return out;
  }

  private static void sameRows(String kind, Fixture r, List<Integer> rows, List<SurvivalRow> actual, String where) {
    assertEquals(rows.size(), actual.size(), where + " rows");
    for (int k = 0; k < rows.size(); k++) {
      int row = rows.get(k);
      SurvivalRow a = actual.get(k);
      String w = where + " t=" + a.time();
      assertEquals(r.number(row, "time"), a.time(), w);
      near(kind + " n.risk", r.number(row, "n.risk"), a.weightedAtRisk(), w + " n.risk");
      near(kind + " n.event", r.number(row, "n.event"), a.weightedEvents(), w + " n.event");
      near(kind + " n.censor", r.number(row, "n.censor"), a.weightedCensored(), w + " n.censor");
      near(kind + " survival", r.number(row, "surv"), a.survival(), w + " surv");
      near(kind + " std.err", r.optional(row, "std.err"), a.stdErr(), w + " std.err");
      near(kind + " limits", r.optional(row, "lower"), a.lower(), w + " lower");
      near(kind + " limits", r.optional(row, "upper"), a.upper(), w + " upper");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "lung, 0 100 365 730 1000",
    "mgus2, 12 60 120 240 400",
    "cgd, 50 100 200 300",
    "heart, 10 100 500 1000"
  })
  void weightedCurvesAgreeWithSurvfit(String name, String times) {
    Map<String, SurvivalCurve> curves = curves(name);
    double[] at = Arrays.stream(times.split(" ")).mapToDouble(Double::parseDouble).toArray();
    Fixture steps = Fixture.read("weighted-" + name + "-steps.csv");
    Fixture chosen = Fixture.read("weighted-" + name + "-times.csv");
    Fixture quantiles = Fixture.read("weighted-" + name + "-quantiles.csv");
    Fixture table = Fixture.read("weighted-" + name + "-table.csv");
    assertEquals(table.rows.size(), curves.size(), name + " curves");
    for (var e : curves.entrySet()) {
      String where = name + " " + e.getKey();
      SurvivalCurve c = e.getValue();
      assertTrue(c.isWeighted(), where);
      sameRows("weighted KM step", steps, Objects.requireNonNull(steps.rowsBy("stratum").get(e.getKey())), c.steps(), where);
      sameRows("weighted KM at times", chosen, Objects.requireNonNull(chosen.rowsBy("stratum").get(e.getKey())), c.at(at), where + " times=");
      for (int row : Objects.requireNonNull(quantiles.rowsBy("stratum").get(e.getKey()))) {
        Quantile q = c.quantile(quantiles.number(row, "p"));
        String w = where + " p=" + q.p();
        near("weighted KM quantile", quantiles.optional(row, "quantile"), q.estimate(), w);
        near("weighted KM quantile limits", quantiles.optional(row, "lower"), q.lower(), w + " lower");
        near("weighted KM quantile limits", quantiles.optional(row, "upper"), q.upper(), w + " upper");
      }
      int row = Objects.requireNonNull(table.rowsBy("stratum").get(e.getKey())).get(0);
      assertEquals((int) table.number(row, "records"), c.n(), where + " records");
      near("weighted KM events", table.number(row, "events"), c.weightedEvents(), where + " events");
      double max = c.steps().stream().mapToDouble(SurvivalRow::weightedAtRisk).max().orElseThrow();
      near("weighted KM n.max / n.start", table.number(row, "n.max"), max, where + " n.max");
      near("weighted KM n.start / n.max", table.number(row, "n.start"), c.steps().get(0).weightedAtRisk(), where + " n.start");
      near("weighted KM median", table.optional(row, "median"), c.median(), where + " median");
      near("weighted KM median limits", table.optional(row, "lcl"), c.medianLower(), where + " 0.95LCL");
      near("weighted KM median limits", table.optional(row, "ucl"), c.medianUpper(), where + " 0.95UCL");
      RestrictedMean m = c.restrictedMean(table.number(row, "tau"));
      near("weighted KM restricted mean", table.number(row, "rmean"), m.estimate(), where + " rmean");
      near("weighted KM restricted mean se", table.number(row, "se"), m.stdErr(), where + " se(rmean)");
    }
  }

  @Test
  void unitWeightsGiveTheUnweightedCurve() {
    Fixture f = Fixture.read("lung-data.csv");
    int n = f.rows.size();
    double[] time = new double[n];
    boolean[] status = new boolean[n];
    double[] ones = new double[n];
    for (int i = 0; i < n; i++) {
      time[i] = f.number(i, "time");
      status[i] = f.number(i, "status") == 1;
      ones[i] = 1;
    }
    SurvivalCurve plain = KaplanMeier.fit(time, status);
    SurvivalCurve weighted = KaplanMeier.fit(SurvivalData.builder(time, status).weights(ones).build()).get(0);
    assertEquals(plain.steps().size(), weighted.steps().size());
    for (int k = 0; k < plain.steps().size(); k++) {
      SurvivalRow p = plain.steps().get(k);
      SurvivalRow w = weighted.steps().get(k);
      assertEquals(p.atRisk(), w.atRisk());
      assertEquals(p.atRisk(), w.weightedAtRisk(), 0);
      assertEquals(p.survival(), w.survival(), 1e-15);
      assertEquals(p.stdErr().orElse(-1), w.stdErr().orElse(-1), 1e-15);
    }
    assertEquals(plain.restrictedMean(500).stdErr(), weighted.restrictedMean(500).stdErr(), 1e-12);
  }

  @Test
  void doublingEveryWholeWeightKeepsTheCurveAndHalvesTheVariance() {
    double[] time = {1, 2, 2, 3, 4, 5, 6, 7};
    boolean[] status = {true, true, false, true, true, false, true, false};
    double[] one = {1, 1, 1, 1, 1, 1, 1, 1};
    double[] two = {2, 2, 2, 2, 2, 2, 2, 2};
    SurvivalRow a = KaplanMeier.fit(SurvivalData.builder(time, status).weights(one).build()).get(0).rows().get(2);
    SurvivalRow b = KaplanMeier.fit(SurvivalData.builder(time, status).weights(two).build()).get(0).rows().get(2);
    assertEquals(a.survival(), b.survival(), 1e-15);
    assertEquals(2 * a.weightedAtRisk(), b.weightedAtRisk(), 0);
    assertEquals(a.atRisk(), b.atRisk());
    // Greenwood's terms d / (n (n - d)) halve (to first order) when every count doubles.
    assertTrue(b.stdErr().orElseThrow() < a.stdErr().orElseThrow());
  }

  @AfterAll
  static void recordLargestErrors() {
    new TreeMap<>(Fixture.WORST)
        .forEach((kind, error) -> System.out.printf(Locale.ROOT, "largest relative error, %s: %.3g%n", kind, error));
  }
}
