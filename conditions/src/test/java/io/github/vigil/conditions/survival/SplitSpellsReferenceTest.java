package io.github.vigil.conditions.survival;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.MeasureType;
import io.github.vigil.survival.CoxCoefficient;
import io.github.vigil.survival.CoxModel;
import io.github.vigil.survival.CoxRegression;
import io.github.vigil.survival.KaplanMeier;
import io.github.vigil.survival.SurvivalCurve;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.survival.SurvivalRow;
import io.github.vigil.survival.Ties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release spells of a generated registry, cut where a measure is imposed or lifted, agree
 * with the table R fitted (conditions/src/test/r/make-spells.R), and the Cox model of rearrest on
 * the measures in force at each time agrees with R's {@code coxph(Surv(start, stop, rearrest) ~
 * ... + cluster(person))} to a relative 1e-6.
 */
class SplitSpellsReferenceTest {
  private static final List<MeasureType> COVARIATES =
      List.of(
          MeasureType.COURT_APPEARANCE,
          MeasureType.SPEECH_BAN,
          MeasureType.TRAVEL_BAN,
          MeasureType.HOUSE_ARREST,
          MeasureType.ELECTRONIC_MONITORING);
  private static final Map<String, Double> WORST = new TreeMap<>();
  private static ImmutableList<SpellPeriod> periods = ImmutableList.of();

  @BeforeAll
  static void generate() {
    periods = ReleaseSpells.periods(SplitSpells.view());
  }

  private static List<List<String>> read(String name) {
    String path = "/survival/" + name;
    try (InputStream in = SplitSpellsReferenceTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      List<List<String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(Arrays.asList(line.split(",", -1)));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double cell(List<List<String>> t, int row, String column) {
    int c = t.get(0).indexOf(column);
    assertTrue(c >= 0, column);
    return Double.parseDouble(t.get(row).get(c));
  }

  private static void near(String kind, double expected, double actual, String where) {
    assertTrue(Double.isFinite(actual), where);
    double error = Math.abs(actual - expected) / Math.abs(expected);
    WORST.merge(kind, error, Math::max);
    if (error > 1e-6) {
      fail(where + ": expected " + expected + " but was " + actual + " (relative error " + error + ")");
    }
  }

  private static void near(String kind, double expected, OptionalDouble actual, String where) {
    assertTrue(actual.isPresent(), where);
    near(kind, expected, actual.getAsDouble(), where);
  }

  @Test
  void theSplitTableIsTheOneRFitted() {
    List<String> expected = new ArrayList<>();
    for (List<String> row : read("spells-split.csv")) {
      expected.add(String.join(",", row));
    }
    List<String> actual = SplitSpells.table(periods);
    assertEquals(expected.size(), actual.size(),
        "the generated registry changed: write the table again (SplitSpells.main) and run make-spells.R");
    for (int i = 0; i < actual.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
    }
  }

  @Test
  void theCoxModelOnTheMeasuresInForceAgreesWithCoxph() {
    SurvivalData data = ReleaseSpells.countingProcess(periods, COVARIATES);
    List<List<String>> fits = read("spells-fit.csv");
    List<List<String>> coefs = read("spells-cox.csv");
    List<List<String>> vars = read("spells-var.csv");
    for (Ties ties : Ties.values()) {
      String label = ties.name().toLowerCase(Locale.ROOT);
      CoxModel m = CoxRegression.fit(data, ties);
      int f = 1;
      while (!fits.get(f).get(0).equals(label)) {
        f++;
      }
      String where = label;
      assertEquals((int) cell(fits, f, "n"), m.n(), where + " n");
      assertEquals((int) cell(fits, f, "events"), m.events(), where + " events");
      assertEquals((int) cell(fits, f, "iter"), m.iterations(), where + " iterations");
      near("loglik", cell(fits, f, "loglik0"), m.logLikelihoodNull(), where + " loglik0");
      near("loglik", cell(fits, f, "loglik"), m.logLikelihood(), where + " loglik");
      near("LR", cell(fits, f, "lr"), m.likelihoodRatio(), where + " LR");
      near("LR p", cell(fits, f, "lrp"), m.likelihoodRatioP(), where + " LR p");
      near("Wald (robust)", cell(fits, f, "wald"), m.wald().statistic(), where + " Wald");
      near("Wald p", cell(fits, f, "waldp"), m.wald().p(), where + " Wald p");
      near("score", cell(fits, f, "score"), m.score().statistic(), where + " score");
      near("score p", cell(fits, f, "scorep"), m.score().p(), where + " score p");
      near("robust score", cell(fits, f, "rscore"), m.robustScore().orElseThrow().statistic(), where + " rscore");
      near("robust score p", cell(fits, f, "rscorep"), m.robustScore().orElseThrow().p(), where + " rscore p");
      near("concordance", cell(fits, f, "concordance"), m.concordance(), where + " concordance");
      near("concordance std. err", cell(fits, f, "concordance.se"), m.concordanceStdErr(), where + " concordance se");
      int k = 0;
      for (int r = 1; r < coefs.size(); r++) {
        if (!coefs.get(r).get(0).equals(label)) {
          continue;
        }
        CoxCoefficient c = m.coefficients().get(k++);
        String w = where + " " + c.term();
        assertEquals(coefs.get(r).get(1), c.term(), w);
        near("coef", cell(coefs, r, "coef"), c.coef(), w + " coef");
        near("se", cell(coefs, r, "se"), c.se(), w + " se");
        near("robust se", cell(coefs, r, "robust.se"), c.robustSe(), w + " robust se");
        near("exp(coef)", cell(coefs, r, "hr"), c.hazardRatio(), w + " exp(coef)");
        near("z", cell(coefs, r, "z"), c.z(), w + " z");
        near("p", cell(coefs, r, "p"), c.p(), w + " p");
        near("HR 95% limits", cell(coefs, r, "lower"), c.lower(), w + " lower");
        near("HR 95% limits", cell(coefs, r, "upper"), c.upper(), w + " upper");
      }
      assertEquals(COVARIATES.size(), k, where + " terms");
      for (int r = 1; r < vars.size(); r++) {
        if (!vars.get(r).get(0).equals(label)) {
          continue;
        }
        int i = (int) cell(vars, r, "row") - 1;
        int j = (int) cell(vars, r, "col") - 1;
        near("variance matrix", cell(vars, r, "var"), m.variance().get(i).get(j), where + " var");
        near("naive variance", cell(vars, r, "naive"), m.naiveVariance().orElseThrow().get(i).get(j), where + " naive");
      }
    }
  }

  @Test
  void theCurveOfTheSplitRowsIsRs() {
    SurvivalCurve c = KaplanMeier.fit(ReleaseSpells.countingProcess(periods, List.of())).get(0);
    List<List<String>> km = read("spells-km.csv");
    assertEquals(km.size() - 1, c.steps().size());
    for (int r = 1; r < km.size(); r++) {
      SurvivalRow s = c.steps().get(r - 1);
      String w = "t=" + s.time();
      assertEquals(cell(km, r, "time"), s.time(), w);
      assertEquals((int) cell(km, r, "n.risk"), s.atRisk(), w);
      assertEquals((int) cell(km, r, "n.event"), s.events(), w);
      assertEquals((int) cell(km, r, "n.censor"), s.censored(), w);
      near("KM survival", cell(km, r, "surv"), s.survival(), w);
      if (s.survival() > 0) {
        near("KM std.err", cell(km, r, "std.err"), s.stdErr(), w);
      }
    }
  }

  @AfterAll
  static void recordLargestErrors() {
    WORST.forEach((kind, error) -> System.out.printf(Locale.ROOT, "largest relative error, split spells %s: %.3g%n", kind, error));
  }
}
