package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * Cox proportional hazards regression, agreeing with R's {@code coxph(Surv(time, status) ~ x1 +
 * ... , ties = "efron" | "breslow")} and its extensions: {@code Surv(start, stop, status)}
 * (delayed entry, time-varying covariates), {@code strata()}, {@code weights =} and {@code
 * cluster()} (robust variance). Newton–Raphson from zero on centred and scaled covariates, with
 * R's step halving, stopping when the log partial likelihood changes by less than a relative
 * 1e-9, within 20 iterations.
 */
public final class CoxRegression {
  private CoxRegression() {}

  /**
   * Returns the Cox model of right-censored times on the covariates.
   *
   * @param times the time of each row, finite and not negative
   * @param events whether each row's time is an event
   * @param covariates one row per time, each with one finite value per covariate
   * @param names the covariates' names, distinct, in column order
   * @param ties how to handle tied event times
   * @throws IllegalArgumentException if the lengths differ, there is no covariate, a name is
   *     repeated, a time is negative or not finite, or a covariate value is not finite
   * @throws SurvivalException as {@link #fit(SurvivalData, Ties)}
   */
  public static CoxModel fit(
      double[] times, boolean[] events, double[][] covariates, List<String> names, Ties ties) {
    checkNotNull(covariates, "covariates");
    checkNotNull(names, "names");
    int n = times.length;
    checkArgument(
        covariates.length == n,
        "covariates must have one row per time: %s rows for %s times",
        covariates.length,
        n);
    int p = names.size();
    double[][] columns = new double[p][n];
    for (int i = 0; i < n; i++) {
      double[] row = checkNotNull(covariates[i], "covariates row %s", i);
      checkArgument(
          row.length == p, "covariates row %s has %s values, expected %s", i, row.length, p);
      for (int j = 0; j < p; j++) {
        columns[j][i] = row[j];
      }
    }
    SurvivalData.Builder data = SurvivalData.builder(times, events);
    for (int j = 0; j < p; j++) {
      data.covariate(checkNotNull(names.get(j), "covariate name"), columns[j]);
    }
    return fit(data.build(), ties);
  }

  /**
   * Returns the Cox model of the table's times on its covariates, within its strata, with its
   * case weights and, when it has clusters, the robust variance.
   *
   * @param data the table, with at least one covariate
   * @param ties how to handle tied event times
   * @throws IllegalArgumentException if the table has no covariate
   * @throws SurvivalException if there are no more rows than covariates ({@code TOO_FEW_ROWS}),
   *     no events ({@code NO_EVENTS}), a covariate takes a single value ({@code
   *     CONSTANT_COVARIATE}), a covariate is a linear combination of earlier ones within the risk
   *     sets ({@code COLLINEAR_COVARIATES}), the fit does not converge in 20 iterations ({@code
   *     NOT_CONVERGED}), or a coefficient runs off to infinity ({@code INFINITE_COEFFICIENT})
   */
  public static CoxModel fit(SurvivalData data, Ties ties) {
    checkNotNull(data, "data");
    checkNotNull(ties, "ties");
    int p = data.covariateNames().size();
    checkArgument(p > 0, "at least one covariate is needed");
    int n = data.n();
    Inputs.checkRowsAndEvents(data);
    if (n <= p) {
      throw new SurvivalException(
          SurvivalException.Problem.TOO_FEW_ROWS,
          "a Cox model with " + p + " covariates needs more than " + p + " rows; there are " + n);
    }
    double[][] columns = data.covariateColumns();
    for (int j = 0; j < p; j++) {
      double first = columns[j][0];
      boolean constant = true;
      for (int i = 1; i < n && constant; i++) {
        constant = columns[j][i] == first;
      }
      if (constant) {
        throw new SurvivalException(
            SurvivalException.Problem.CONSTANT_COVARIATE,
            "covariate '" + data.covariateNames().get(j) + "' takes a single value (" + first + ")");
      }
    }
    return new CoxFitter(data, ties).fit();
  }
}
