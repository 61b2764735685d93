package io.github.vigil.survival;

import static io.github.vigil.survival.Fixture.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compares every estimate with the figures R's survival package wrote into the fixtures. */
class ReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"aml", "lung", "veteran", "ovarian", "pbc", "colon"})
  void kaplanMeierCurvesAndMediansAgreeWithSurvfit(String dataset) {
    Fixture.Data data = new Fixture.Data(Fixture.read(dataset + "-data.csv"));
    List<SurvivalCurve> curves = new ArrayList<>(KaplanMeier.fit(data.times, data.events, data.groups));
    curves.add(KaplanMeier.fit(data.times, data.events));
    Map<String, SurvivalCurve> byName = new TreeMap<>();
    for (SurvivalCurve c : curves) {
      byName.put(c.group().orElse("(all)"), c);
    }
    Fixture km = Fixture.read(dataset + "-km.csv");
    Map<String, List<Integer>> strata = km.rowsBy("stratum");
    for (SurvivalCurve curve : curves) {
      String name = curve.group().orElse("(all)");
      List<Integer> expected = strata.getOrDefault(name, List.of());
      assertEquals(expected.size(), curve.rows().size(), dataset + " " + name + " event times");
      for (int r = 0; r < expected.size(); r++) {
        int row = expected.get(r);
        SurvivalRow actual = curve.rows().get(r);
        String where = dataset + " " + name + " t=" + actual.time();
        assertEquals(km.number(row, "time"), actual.time(), where);
        assertEquals((int) km.number(row, "n.risk"), actual.atRisk(), where + " n.risk");
        assertEquals((int) km.number(row, "n.event"), actual.events(), where + " n.event");
        near("KM survival", km.number(row, "surv"), actual.survival(), where + " surv");
        near("KM std.err", km.optional(row, "std.err"), actual.stdErr(), where + " std.err");
        near("KM lower", km.optional(row, "lower"), actual.lower(), where + " lower");
        near("KM upper", km.optional(row, "upper"), actual.upper(), where + " upper");
      }
    }
    Fixture medians = Fixture.read(dataset + "-median.csv");
    assertEquals(medians.rows.size(), byName.size(), dataset + " strata");
    for (int row = 0; row < medians.rows.size(); row++) {
      String name = medians.text(row, "stratum");
      SurvivalCurve curve = Objects.requireNonNull(byName.get(name), name);
      String where = dataset + " " + name;
      assertEquals(Optional.of(name).filter(s -> !s.equals("(all)")), curve.group(), where);
      assertEquals((int) medians.number(row, "n"), curve.n(), where + " n");
      assertEquals((int) medians.number(row, "events"), curve.events(), where + " events");
      near("KM median", medians.optional(row, "median"), curve.median(), where + " median");
      near("KM median", medians.optional(row, "lcl"), curve.medianLower(), where + " median LCL");
      near("KM median", medians.optional(row, "ucl"), curve.medianUpper(), where + " median UCL");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aml", "lung", "veteran", "ovarian", "pbc", "colon"})
  void logRankTestAgreesWithSurvdiff(String dataset) {
    Fixture.Data data = new Fixture.Data(Fixture.read(dataset + "-data.csv"));
    LogRankTest test = LogRank.test(data.times, data.events, data.groups);
    Fixture expected = Fixture.read(dataset + "-logrank.csv");
    near("log-rank chisq", expected.number(0, "chisq"), test.chiSquare(), dataset + " chisq");
    assertEquals((int) expected.number(0, "df"), test.df(), dataset + " df");
    near("log-rank p", expected.number(0, "p"), test.p(), dataset + " p");
  }

  @ParameterizedTest
  @ValueSource(strings = {"aml", "lung", "veteran", "ovarian", "pbc", "colon"})
  void coxModelsAgreeWithCoxph(String dataset) {
    Fixture.Data data = new Fixture.Data(Fixture.read(dataset + "-data.csv"));
    Fixture coefs = Fixture.read(dataset + "-cox.csv");
    Fixture fits = Fixture.read(dataset + "-coxfit.csv");
    for (Ties ties : Ties.values()) {
      String label = ties.name().toLowerCase(Locale.ROOT);
      CoxModel model = CoxRegression.fit(data.times, data.events, data.covariates, data.names, ties);
      String where = dataset + " " + label;
      int fit = Objects.requireNonNull(fits.rowsBy("ties").get(label), label).get(0);
      assertEquals((int) fits.number(fit, "n"), model.n(), where + " n");
      assertEquals((int) fits.number(fit, "events"), model.events(), where + " events");
      assertEquals((int) fits.number(fit, "iter"), model.iterations(), where + " iterations");
      near("Cox loglik", fits.number(fit, "loglik0"), model.logLikelihoodNull(), where + " loglik0");
      near("Cox loglik", fits.number(fit, "loglik"), model.logLikelihood(), where + " loglik");
      near("Cox LR", fits.number(fit, "lr"), model.likelihoodRatio(), where + " LR");
      assertEquals((int) fits.number(fit, "df"), model.likelihoodRatioDf(), where + " LR df");
      near("Cox LR p", fits.number(fit, "lrp"), model.likelihoodRatioP(), where + " LR p");
      near("Cox concordance", OptionalDouble.of(fits.number(fit, "concordance")), model.concordance(), where + " concordance");
      near(
          "Cox concordance std. err",
          OptionalDouble.of(fits.number(fit, "concordance.se")),
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
        near("Cox exp(coef)", coefs.number(row, "hr"), c.hazardRatio(), w + " exp(coef)");
        near("Cox z", coefs.number(row, "z"), c.z(), w + " z");
        near("Cox p", coefs.number(row, "p"), c.p(), w + " p");
      }
    }
  }

  @AfterAll
  static void recordLargestErrors() {
    new TreeMap<>(Fixture.WORST)
        .forEach((kind, error) -> System.out.printf(Locale.ROOT, "largest relative error, %s: %.3g%n", kind, error));
  }
}
