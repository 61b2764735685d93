package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cox proportional hazards regression, agreeing with R's {@code coxph(Surv(time, status) ~ x1 +
 * ... , ties = "efron" | "breslow")}: Newton–Raphson from zero with step halving on centred and
 * scaled covariates, stopping when the log partial likelihood changes by less than a relative
 * 1e-9, within 20 iterations.
 */
public final class CoxRegression {
  private CoxRegression() {}

  /**
   * Returns the Cox model of the times on the covariates.
   *
   * @param times the time of each row, finite and not negative
   * @param events whether each row's time is an event
   * @param covariates one row per time, each with one finite value per covariate
   * @param names the covariates' names, distinct, in column order
   * @param ties how to handle tied event times
   * @throws IllegalArgumentException if the lengths differ, there is no covariate, a name is
   *     repeated, a time is negative or not finite, or a covariate value is not finite
   * @throws SurvivalException if there are no more rows than covariates ({@code TOO_FEW_ROWS}),
   *     no events ({@code NO_EVENTS}), a covariate takes a single value ({@code
   *     CONSTANT_COVARIATE}), a covariate is a linear combination of earlier ones within the risk
   *     sets ({@code COLLINEAR_COVARIATES}), the fit does not converge in 20 iterations ({@code
   *     NOT_CONVERGED}), or a coefficient runs off to infinity ({@code INFINITE_COEFFICIENT})
   */
  public static CoxModel fit(
      double[] times, boolean[] events, double[][] covariates, List<String> names, Ties ties) {
    checkNotNull(covariates, "covariates");
    checkNotNull(names, "names");
    checkNotNull(ties, "ties");
    int n = times.length;
    checkArgument(
        covariates.length == n,
        "covariates must have one row per time: %s rows for %s times",
        covariates.length,
        n);
    int p = names.size();
    checkArgument(p > 0, "at least one covariate is needed");
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      checkNotNull(name, "covariate name");
      checkArgument(seen.add(name), "covariate name repeated: %s", name);
    }
    double[][] columns = new double[p][n];
    for (int i = 0; i < n; i++) {
      double[] row = checkNotNull(covariates[i], "covariates row %s", i);
      checkArgument(
          row.length == p, "covariates row %s has %s values, expected %s", i, row.length, p);
      for (int j = 0; j < p; j++) {
        checkArgument(
            Double.isFinite(row[j]),
            "covariate %s must be finite: %s at row %s",
            names.get(j),
            row[j],
            i);
        columns[j][i] = row[j];
      }
    }
    int events0 = Inputs.checkTimes(times, events);
    if (n <= p) {
      throw new SurvivalException(
          SurvivalException.Problem.TOO_FEW_ROWS,
          "a Cox model with " + p + " covariates needs more than " + p + " rows; there are " + n);
    }
    for (int j = 0; j < p; j++) {
      double first = columns[j][0];
      boolean constant = true;
      for (int i = 1; i < n && constant; i++) {
        constant = columns[j][i] == first;
      }
      if (constant) {
        throw new SurvivalException(
            SurvivalException.Problem.CONSTANT_COVARIATE,
            "covariate '" + names.get(j) + "' takes a single value (" + first + ")");
      }
    }
    return new CoxFitter(times, events, columns, ImmutableList.copyOf(names), ties, events0).fit();
  }
}
