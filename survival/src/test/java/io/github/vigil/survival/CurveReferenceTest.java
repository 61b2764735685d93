package io.github.vigil.survival;

import static io.github.vigil.survival.Fixture.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares what R derives from Kaplan–Meier curves (every step with its censorings, the curve at
 * chosen times, quantiles, restricted means), with and without delayed entry, with R's figures.
 */
class CurveReferenceTest {

  private static Map<String, SurvivalCurve> curves(String file) {
    Fixture f = Fixture.read(file);
    int n = f.rows.size();
    double[] time = new double[n];
    boolean[] status = new boolean[n];
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      time[i] = f.number(i, "time");
      status[i] = f.number(i, "status") == 1;
      groups.add(f.text(i, "group"));
    }
    Map<String, SurvivalCurve> out = new TreeMap<>();
    for (boolean grouped : new boolean[] {true, false}) {
      SurvivalData.Builder b = SurvivalData.builder(time, status);
      if (f.header.contains("start")) {
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
          start[i] = f.number(i, "start");
        }
        b.entryTimes(start);
      }
      if (grouped) {
        b.groups(groups);
      }
      for (SurvivalCurve c : KaplanMeier.fit(b.build())) {
        out.put(c.group().orElse("(all)"), c);
      }
    }
    return out;
  }

  private static void sameRows(String kind, Fixture r, List<Integer> rows, List<SurvivalRow> actual, String where) {
    assertEquals(rows.size(), actual.size(), where + " rows");
    for (int k = 0; k < rows.size(); k++) {
      int row = rows.get(k);
      SurvivalRow a = actual.get(k);
      String w = where + " t=" + a.time();
      assertEquals(r.number(row, "time"), a.time(), w);
      assertEquals((int) r.number(row, "n.risk"), a.atRisk(), w + " n.risk");
      assertEquals((int) r.number(row, "n.event"), a.events(), w + " n.event");
      assertEquals((int) r.number(row, "n.censor"), a.censored(), w + " n.censor");
      near(kind + " survival", r.number(row, "surv"), a.survival(), w + " surv");
      near(kind + " std.err", r.optional(row, "std.err"), a.stdErr(), w + " std.err");
      near(kind + " limits", r.optional(row, "lower"), a.lower(), w + " lower");
      near(kind + " limits", r.optional(row, "upper"), a.upper(), w + " upper");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "aml, aml-data.csv, 10 30 50 200",
    "lung, lung-data.csv, 0 100 365 730 1000",
    "colon, colon-data.csv, 365 1000 2000 3000",
    "gbsg, model-gbsg-data.csv, 365 1000 2000",
    "rats, model-rats-data.csv, 50 80 100",
    "heart, model-heartgroups-data.csv, 10 100 500 1000"
  })
  void curvesAgreeWithSummarySurvfit(String name, String file, String times) {
    Map<String, SurvivalCurve> curves = curves(file);
    double[] at = java.util.Arrays.stream(times.split(" ")).mapToDouble(Double::parseDouble).toArray();
    Fixture steps = Fixture.read("curve-" + name + "-steps.csv");
    Fixture chosen = Fixture.read("curve-" + name + "-times.csv");
    Fixture quantiles = Fixture.read("curve-" + name + "-quantiles.csv");
    Fixture rmean = Fixture.read("curve-" + name + "-rmean.csv");
    for (var e : curves.entrySet()) {
      String where = name + " " + e.getKey();
      SurvivalCurve c = e.getValue();
      sameRows("KM step", steps, steps.rowsBy("stratum").getOrDefault(e.getKey(), List.of()), c.steps(), where);
      sameRows("KM at times", chosen, Objects.requireNonNull(chosen.rowsBy("stratum").get(e.getKey())), c.at(at), where + " times=");
      for (int row : Objects.requireNonNull(quantiles.rowsBy("stratum").get(e.getKey()))) {
        Quantile q = c.quantile(quantiles.number(row, "p"));
        String w = where + " p=" + q.p();
        near("KM quantile", quantiles.optional(row, "quantile"), q.estimate(), w);
        near("KM quantile limits", quantiles.optional(row, "lower"), q.lower(), w + " lower");
        near("KM quantile limits", quantiles.optional(row, "upper"), q.upper(), w + " upper");
      }
      int row = Objects.requireNonNull(rmean.rowsBy("stratum").get(e.getKey())).get(0);
      RestrictedMean m = c.restrictedMean(rmean.number(row, "tau"));
      near("KM restricted mean", rmean.number(row, "rmean"), m.estimate(), where + " rmean");
      near("KM restricted mean se", rmean.number(row, "se"), m.stdErr(), where + " se(rmean)");
    }
  }

  @AfterAll
  static void recordLargestErrors() {
    new TreeMap<>(Fixture.WORST)
        .forEach((kind, error) -> System.out.printf(Locale.ROOT, "largest relative error, %s: %.3g%n", kind, error));
  }
}
