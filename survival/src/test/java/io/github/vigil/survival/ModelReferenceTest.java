package io.github.vigil.survival;

import static io.github.vigil.survival.Fixture.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares Cox models with strata, counting-process data, case weights and clusters, and the
 * stratified log-rank test, with the figures R's survival package wrote (make-reference.R,
 * {@code model_case}).
 */
class ModelReferenceTest {
  private static final Set<String> RESERVED =
      Set.of("start", "time", "status", "weight", "stratum", "cluster", "group");

  /** Reads {@code model-<name>-data.csv} into a table. */
  static SurvivalData data(String name) {
    Fixture f = Fixture.read("model-" + name + "-data.csv");
    int n = f.rows.size();
    double[] time = new double[n];
    boolean[] status = new boolean[n];
    for (int i = 0; i < n; i++) {
      time[i] = f.number(i, "time");
      status[i] = f.number(i, "status") == 1;
    }
    SurvivalData.Builder b = SurvivalData.builder(time, status);
    if (f.header.contains("start")) {
      b.entryTimes(column(f, "start"));
    }
    if (f.header.contains("weight")) {
      b.weights(column(f, "weight"));
    }
    if (f.header.contains("stratum")) {
      b.strata(labels(f, "stratum"));
    }
    if (f.header.contains("cluster")) {
      b.clusters(labels(f, "cluster"));
    }
    if (f.header.contains("group")) {
      b.groups(labels(f, "group"));
    }
    for (String c : f.header) {
      if (!RESERVED.contains(c)) {
        b.covariate(c, column(f, c));
      }
    }
    return b.build();
  }

  /** The number of strata of {@code model-<name>-data.csv}: its distinct stratum labels, or 1. */
  private static int strata(String name) {
    Fixture f = Fixture.read("model-" + name + "-data.csv");
    return f.header.contains("stratum") ? (int) labels(f, "stratum").stream().distinct().count() : 1;
  }

  private static double[] column(Fixture f, String name) {
    double[] v = new double[f.rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = f.number(i, name);
    }
    return v;
  }

  private static List<String> labels(Fixture f, String name) {
    List<String> v = new ArrayList<>();
    for (int i = 0; i < f.rows.size(); i++) {
      v.add(f.text(i, name));
    }
    return v;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "flchain", "flchain-mgus", "flchain-creatinine", "gbsg", "rotterdam", "cgd", "heart",
        "kidney", "rats", "mgus2", "nwtco", "pbc-copper", "heavytail", "heavytail2"
      })
  void coxModelsAgreeWithCoxph(String name) {
    SurvivalData data = data(name);
    Fixture coefs = Fixture.read("model-" + name + "-cox.csv");
    Fixture fits = Fixture.read("model-" + name + "-fit.csv");
    Fixture vars = Fixture.read("model-" + name + "-var.csv");
    for (Ties ties : Ties.values()) {
      String label = ties.name().toLowerCase(Locale.ROOT);
      CoxModel model = CoxRegression.fit(data, ties);
      String where = name + " " + label;
      int fit = Objects.requireNonNull(fits.rowsBy("ties").get(label), label).get(0);
      assertEquals((int) fits.number(fit, "n"), model.n(), where + " n");
      assertEquals((int) fits.number(fit, "events"), model.events(), where + " events");
      assertEquals((int) fits.number(fit, "iter"), model.iterations(), where + " iterations");
      assertEquals(strata(name), model.strata(), where + " strata");
      near("Cox loglik", fits.number(fit, "loglik0"), model.logLikelihoodNull(), where + " loglik0");
      near("Cox loglik", fits.number(fit, "loglik"), model.logLikelihood(), where + " loglik");
      near("Cox LR", fits.number(fit, "lr"), model.likelihoodRatio(), where + " LR");
      near("Cox LR p", fits.number(fit, "lrp"), model.likelihoodRatioP(), where + " LR p");
      near("Cox Wald test", fits.number(fit, "wald"), model.wald().statistic(), where + " Wald");
      near("Cox Wald test p", fits.number(fit, "waldp"), model.wald().p(), where + " Wald p");
      near("Cox score test", fits.number(fit, "score"), model.score().statistic(), where + " score");
      near("Cox score test p", fits.number(fit, "scorep"), model.score().p(), where + " score p");
      OptionalDouble rscore = fits.optional(fit, "rscore");
      assertEquals(rscore.isPresent(), model.robustScore().isPresent(), where + " robust score");
      if (rscore.isPresent()) {
        near("Cox robust score test", rscore.getAsDouble(), model.robustScore().get().statistic(), where + " rscore");
        near("Cox robust score test p", fits.number(fit, "rscorep"), model.robustScore().get().p(), where + " rscore p");
      }
      near("Cox concordance", fits.optional(fit, "concordance"), model.concordance(), where + " concordance");
      near(
          "Cox concordance std. err",
          fits.optional(fit, "concordance.se"),
          model.concordanceStdErr(),
          where + " concordance std. err");
      List<Integer> rows = Objects.requireNonNull(coefs.rowsBy("ties").get(label), label);
      assertEquals(rows.size(), model.coefficients().size(), where + " terms");
      for (int k = 0; k < rows.size(); k++) {
        int row = rows.get(k);
        CoxCoefficient c = model.coefficients().get(k);
        String w = where + " " + c.term();
        assertEquals(coefs.text(row, "term"), c.term(), w);
        near("Cox coef", coefs.number(row, "coef"), c.coef(), w + " coef");
        near("Cox se", coefs.number(row, "se"), c.se(), w + " se");
        near("Cox robust se", coefs.optional(row, "robust.se"), c.robustSe(), w + " robust se");
        near("Cox exp(coef)", coefs.number(row, "hr"), c.hazardRatio(), w + " exp(coef)");
        near("Cox HR 95% limits", coefs.number(row, "lower"), c.lower(), w + " lower .95");
        near("Cox HR 95% limits", coefs.number(row, "upper"), c.upper(), w + " upper .95");
        near("Cox z", coefs.number(row, "z"), c.z(), w + " z");
        near("Cox p", coefs.number(row, "p"), c.p(), w + " p");
      }
      List<Integer> entries = Objects.requireNonNull(vars.rowsBy("ties").get(label), label);
      for (int e : entries) {
        int i = (int) vars.number(e, "row") - 1;
        int j = (int) vars.number(e, "col") - 1;
        String w = where + " var[" + i + "," + j + "]";
        near("Cox variance matrix", vars.number(e, "var"), model.variance().get(i).get(j), w);
        OptionalDouble naive = vars.optional(e, "naive");
        assertEquals(naive.isPresent(), model.naiveVariance().isPresent(), w + " naive");
        if (naive.isPresent()) {
          near("Cox naive variance", naive.getAsDouble(), model.naiveVariance().get().get(i).get(j), w + " naive");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gbsg", "rotterdam", "rats"})
  void stratifiedLogRankAgreesWithSurvdiff(String name) {
    SurvivalData data = data(name);
    LogRankTest test = LogRank.test(data);
    Fixture expected = Fixture.read("model-" + name + "-logrank.csv");
    assertEquals(expected.rows.size(), test.groups().size(), name + " groups");
    for (int g = 0; g < expected.rows.size(); g++) {
      String where = name + " " + expected.text(g, "group");
      assertEquals(expected.text(g, "group"), test.groups().get(g), where);
      assertEquals((int) expected.number(g, "observed"), test.observed().get(g), where + " observed");
      near("log-rank expected", expected.number(g, "expected"), test.expected().get(g), where + " expected");
    }
    near("log-rank chisq", expected.number(0, "chisq"), test.chiSquare(), name + " chisq");
    assertEquals((int) expected.number(0, "df"), test.df(), name + " df");
    near("log-rank p", expected.number(0, "p"), test.p(), name + " p");
    assertTrue(test.p() >= 0 && test.p() <= 1, name);
  }

  @AfterAll
  static void recordLargestErrors() {
    new TreeMap<>(Fixture.WORST)
        .forEach((kind, error) -> System.out.printf(Locale.ROOT, "largest relative error, %s: %.3g%n", kind, error));
  }
}
