package io.github.vigil.survival;

import static io.github.vigil.survival.Fixture.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Cox fits at the edges of floating point, checked against R's survival package. */
class CoxRegressionTest {
  /**
   * A row rearrested before anyone else's time, with a covariate so far out that its linear
   * predictor at the fit is about 714: {@code exp} of it is past the largest double (about
   * e^709.78). It is at risk only at its own time, where at the fit it holds all the weight (the
   * others' share is about e^-714), so it adds nothing, to the last bit, to the log partial
   * likelihood, the score or the information there: the fit is pbc's, as coxph gives it
   * (make-reference.R, {@code pbc-cox.csv}). The fit works with {@code exp(eta - max eta)}, so
   * nothing overflows; no other row is further than about 717 below the row, so no risk set
   * underflows either.
   */
  @Test
  void aRowWhoseLinearPredictorPassesTheRangeOfExpLeavesTheFitAsCoxphGivesIt() {
    Fixture.Data pbc = new Fixture.Data(Fixture.read("pbc-data.csv"));
    int n = pbc.times.length;
    assertEquals(List.of("age", "edema", "log.bili", "log.albumin", "log.protime"), pbc.names);
    assertEquals(41.0, Arrays.stream(pbc.times).min().orElseThrow(), "the first time of pbc");
    double[] times = Arrays.copyOf(pbc.times, n + 1);
    boolean[] events = Arrays.copyOf(pbc.events, n + 1);
    double[][] covariates = Arrays.copyOf(pbc.covariates, n + 1);
    times[n] = 1;
    events[n] = true;
    covariates[n] = new double[] {50, 0, 815, 1.25, 2.37};
    Fixture coefs = Fixture.read("pbc-cox.csv");
    Fixture fits = Fixture.read("pbc-coxfit.csv");
    for (Ties ties : Ties.values()) {
      String label = ties.name().toLowerCase(Locale.ROOT);
      CoxModel model = CoxRegression.fit(times, events, covariates, pbc.names, ties);
      String where = "pbc and a row with log.bili 815, " + label;
      double lp = 0;
      for (int j = 0; j < pbc.names.size(); j++) {
        double mean = 0;
        for (double[] row : covariates) {
          mean += row[j] / (n + 1);
        }
        lp += model.coefficients().get(j).coef() * (covariates[n][j] - mean);
      }
      double linearPredictor = lp;
      assertEquals(
          Double.POSITIVE_INFINITY, Math.exp(linearPredictor), () -> where + ": exp(" + linearPredictor + ")");
      int fit = Objects.requireNonNull(fits.rowsBy("ties").get(label), label).get(0);
      assertEquals((int) fits.number(fit, "events") + 1, model.events(), where + " events");
      near("Cox loglik", fits.number(fit, "loglik"), model.logLikelihood(), where + " loglik");
      List<Integer> rows = Objects.requireNonNull(coefs.rowsBy("ties").get(label), label);
      assertEquals(rows.size(), model.coefficients().size(), where + " terms");
      for (int k = 0; k < rows.size(); k++) {
        int row = rows.get(k);
        CoxCoefficient c = model.coefficients().get(k);
        String w = where + " " + c.term();
        assertEquals(coefs.text(row, "term"), c.term(), w);
        near("Cox coef", coefs.number(row, "coef"), c.coef(), w + " coef");
        near("Cox se", coefs.number(row, "se"), c.se(), w + " se");
        near("Cox z", coefs.number(row, "z"), c.z(), w + " z");
        near("Cox p", coefs.number(row, "p"), c.p(), w + " p");
      }
    }
  }

  /**
   * Everyone's event on one day (make-reference.R, {@code sameday}): two events at one time are
   * never compared, so no pair is, and coxph's concordance is NaN; here it is absent, never NaN.
   * The fit stays at beta = 0 (R's Efron coefficient is 4.8e-33, its Breslow one 0).
   */
  @Test
  void whenEveryoneIsTakenAgainOnOneDayNoPairIsComparableAndThereIsNoConcordance() {
    SurvivalData data = ModelReferenceTest.data("sameday");
    Fixture coefs = Fixture.read("model-sameday-cox.csv");
    Fixture fits = Fixture.read("model-sameday-fit.csv");
    for (Ties ties : Ties.values()) {
      String label = ties.name().toLowerCase(Locale.ROOT);
      CoxModel model = CoxRegression.fit(data, ties);
      int fit = Objects.requireNonNull(fits.rowsBy("ties").get(label), label).get(0);
      int row = Objects.requireNonNull(coefs.rowsBy("ties").get(label), label).get(0);
      assertTrue(fits.optional(fit, "concordance").isEmpty(), label);
      assertEquals(OptionalDouble.empty(), model.concordance(), label);
      assertEquals(OptionalDouble.empty(), model.concordanceStdErr(), label);
      assertEquals((int) fits.number(fit, "iter"), model.iterations(), label);
      assertEquals(1, model.strata(), label);
      near("Cox loglik", fits.number(fit, "loglik"), model.logLikelihood(), label + " loglik");
      CoxCoefficient c = model.coefficients().get(0);
      assertEquals(coefs.number(row, "coef"), c.coef(), 1e-12, label + " coef");
      near("Cox se", coefs.number(row, "se"), c.se(), label + " se");
      near("Cox HR 95% limits", coefs.number(row, "lower"), c.lower(), label + " lower");
      near("Cox HR 95% limits", coefs.number(row, "upper"), c.upper(), label + " upper");
    }
  }
}
