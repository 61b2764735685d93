package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.survival.SurvivalException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Data the estimators cannot fit honestly fail with a named cause, never with NaN. */
class SurvivalFailuresTest {
  private static final double[] TIMES = {1, 2, 3, 4, 5, 6};
  private static final boolean[] EVENTS = {true, false, true, true, false, true};

  private static SurvivalException fails(Problem problem, Executable call) {
    SurvivalException e = assertThrows(SurvivalException.class, call);
    assertEquals(problem, e.problem(), e.getMessage());
    return e;
  }

  @Test
  void theTestsRefuseDataWithoutEventsButTheCurveStaysAtOne() {
    boolean[] censored = new boolean[TIMES.length];
    SurvivalCurve curve = KaplanMeier.fit(TIMES, censored);
    assertTrue(curve.rows().isEmpty(), curve.toString());
    assertEquals(TIMES.length, curve.censored());
    assertEquals(1.0, curve.survivalAt(100));
    SurvivalException e =
        fails(Problem.NO_EVENTS, () -> LogRank.test(TIMES, censored, List.of("a", "a", "a", "b", "b", "b")));
    assertTrue(String.valueOf(e.getMessage()).contains("all 6 rows are censored"), e.getMessage());
    fails(
        Problem.NO_EVENTS,
        () -> CoxRegression.fit(TIMES, censored, column(1, 2, 3, 1, 2, 5), List.of("x"), Ties.EFRON));
  }

  @Test
  void emptyInputHasTooFewRows() {
    fails(Problem.TOO_FEW_ROWS, () -> KaplanMeier.fit(new double[0], new boolean[0]));
  }

  @Test
  void aCoxModelNeedsMoreRowsThanCovariates() {
    double[][] x = {{1, 0}, {0, 1}};
    fails(
        Problem.TOO_FEW_ROWS,
        () -> CoxRegression.fit(new double[] {1, 2}, new boolean[] {true, true}, x, List.of("a", "b"), Ties.EFRON));
  }

  @Test
  void theLogRankTestNeedsTwoGroups() {
    SurvivalException e =
        fails(Problem.ONE_GROUP, () -> LogRank.test(TIMES, EVENTS, List.of("a", "a", "a", "a", "a", "a")));
    assertTrue(String.valueOf(e.getMessage()).contains("'a'"), e.getMessage());
  }

  @Test
  void aGroupNobodyInWhichIsAtRiskAtAnEventTimeLeavesOneGroup() {
    double[] times = {1, 2, 3, 0.5};
    boolean[] events = {true, true, true, false};
    fails(Problem.ONE_GROUP, () -> LogRank.test(times, events, List.of("a", "a", "a", "b")));
  }

  @Test
  void aConstantCovariateIsNamed() {
    SurvivalException e =
        fails(
            Problem.CONSTANT_COVARIATE,
            () ->
                CoxRegression.fit(
                    TIMES,
                    EVENTS,
                    new double[][] {{1, 7}, {2, 7}, {3, 7}, {1, 7}, {2, 7}, {5, 7}},
                    List.of("age", "same"),
                    Ties.EFRON));
    assertTrue(String.valueOf(e.getMessage()).contains("'same'"), e.getMessage());
  }

  @Test
  void collinearCovariatesAreNamed() {
    SurvivalException e =
        fails(
            Problem.COLLINEAR_COVARIATES,
            () ->
                CoxRegression.fit(
                    TIMES,
                    EVENTS,
                    new double[][] {{1, 2}, {2, 4}, {3, 6}, {1, 2}, {2, 4}, {5, 10}},
                    List.of("x", "twice"),
                    Ties.BRESLOW));
    assertTrue(String.valueOf(e.getMessage()).contains("'twice'"), e.getMessage());
  }

  @Test
  void aCovariateThatPerfectlySeparatesTheEventsHasAnInfiniteCoefficient() {
    double[] times = {1, 2, 3, 4, 5, 6, 7, 8};
    boolean[] events = {true, true, true, true, true, true, true, true};
    double[][] x = column(1, 1, 1, 1, 0, 0, 0, 0);
    SurvivalException e =
        assertThrows(SurvivalException.class, () -> CoxRegression.fit(times, events, x, List.of("early"), Ties.EFRON));
    assertEquals(Problem.INFINITE_COEFFICIENT, e.problem(), e::getMessage);
    assertTrue(String.valueOf(e.getMessage()).contains("'early'"), e::getMessage);
  }

  @Test
  void callerMistakesAreIllegalArguments() {
    assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {1}, new boolean[] {true, false}));
    assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {-1}, new boolean[] {true}));
    assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {Double.NaN}, new boolean[] {true}));
    assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(TIMES, EVENTS, List.of("a")));
    assertThrows(
        IllegalArgumentException.class,
        () -> CoxRegression.fit(TIMES, EVENTS, column(1, 2, 3, 4, 5, Double.NaN), List.of("x"), Ties.EFRON));
    assertThrows(
        IllegalArgumentException.class,
        () -> CoxRegression.fit(TIMES, EVENTS, new double[6][0], List.of(), Ties.EFRON));
  }

  @Test
  void aCurveThatReachesZeroHasNoStandardErrorThereRatherThanNaN() {
    SurvivalCurve curve = KaplanMeier.fit(new double[] {1, 2, 3}, new boolean[] {true, true, true});
    SurvivalRow last = curve.rows().get(2);
    assertEquals(0.0, last.survival());
    assertTrue(last.stdErr().isEmpty() && last.lower().isEmpty() && last.upper().isEmpty(), last::toString);
    assertEquals(2.0, curve.median().orElseThrow());
  }

  private static double[][] column(double... values) {
    double[][] x = new double[values.length][1];
    for (int i = 0; i < values.length; i++) {
      x[i][0] = values[i];
    }
    return x;
  }
}
