package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CoxRegressionProperties {
  private static final List<String> NAMES = List.of("a", "b");

  /** One row: a time, whether it is an event, and two covariates. */
  record Row(int time, boolean event, int a, int b) {}

  private static final Gen<Row> ROW =
      integers()
          .between(1, 25)
          .zip(
              booleans().all(),
              integers().between(0, 1),
              integers().between(-20, 20),
              (t, e, a, b) -> new Row(t, e, a, b));

  private static final Gen<List<Row>> DATA = lists().of(ROW).ofSizeBetween(12, 60);

  private static CoxModel fit(List<Row> rows, double scaleB, Ties ties) {
    int n = rows.size();
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    double[][] x = new double[n][2];
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      times[i] = r.time();
      events[i] = r.event();
      x[i][0] = r.a();
      x[i][1] = r.b() * scaleB;
    }
    return CoxRegression.fit(times, events, x, NAMES, ties);
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(
        Math.abs(expected - actual) <= 1e-7 * Math.max(1e-3, Math.abs(expected)),
        () -> what + ": " + expected + " vs " + actual);
  }

  private static void sameFit(CoxModel expected, CoxModel actual, double scaleB) {
    close(expected.logLikelihood(), actual.logLikelihood(), "loglik");
    close(expected.logLikelihoodNull(), actual.logLikelihoodNull(), "null loglik");
    close(expected.coefficients().get(0).coef(), actual.coefficients().get(0).coef(), "coef a");
    close(expected.coefficients().get(1).coef(), actual.coefficients().get(1).coef() * scaleB, "coef b");
    close(expected.coefficients().get(1).z(), actual.coefficients().get(1).z(), "z b");
    close(expected.concordance().orElse(-1), actual.concordance().orElse(-1), "concordance");
  }

  @Test
  void neitherTheOrderOfTheRowsNorTheUnitOfACovariateChangesTheFit() {
    qt().withExamples(200)
        .forAll(DATA, longs().all(), booleans().all())
        .checkAssert(
            (rows, seed, efron) -> {
              Ties ties = efron ? Ties.EFRON : Ties.BRESLOW;
              List<Row> shuffled = new ArrayList<>(rows);
              Collections.shuffle(shuffled, new Random(seed));
              CoxModel model;
              try {
                model = fit(rows, 1, ties);
              } catch (SurvivalException e) {
                SurvivalException again =
                    assertThrows(SurvivalException.class, () -> fit(shuffled, 1, ties));
                assertEquals(e.problem(), again.problem());
                return;
              }
              sameFit(model, fit(shuffled, 1, ties), 1);
              sameFit(model, fit(rows, 1000, ties), 1000);
              assertTrue(model.likelihoodRatio() >= -1e-9, model::toString);
              for (CoxCoefficient c : model.coefficients()) {
                assertTrue(c.se() > 0 && c.p() >= 0 && c.p() <= 1, c::toString);
              }
            });
  }
}
