package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when survival data cannot be fitted honestly: no events, a single group, a constant or
 * collinear covariate, a fit that does not converge, and the like. The message names the cause
 * (and the covariate or group concerned), never a person's data.
 */
public final class SurvivalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the data could not be fitted. */
  public enum Problem {
    /** Too few rows for the estimate asked for. */
    TOO_FEW_ROWS,
    /** No row is an event: every time is censored. */
    NO_EVENTS,
    /** A comparison needs at least two groups with someone at risk at an event time. */
    ONE_GROUP,
    /** The comparison's variance is zero or singular, so no test statistic exists. */
    SINGULAR_VARIANCE,
    /** A covariate takes a single value. */
    CONSTANT_COVARIATE,
    /** A covariate is a linear combination of others within the risk sets. */
    COLLINEAR_COVARIATES,
    /** Newton–Raphson did not converge within its iterations. */
    NOT_CONVERGED,
    /** The likelihood keeps growing as a coefficient goes to infinity (monotone likelihood). */
    INFINITE_COEFFICIENT
  }

  private final Problem problem;

  SurvivalException(Problem problem, String message) {
    super(message);
    this.problem = checkNotNull(problem, "problem");
  }

  /** Returns why the data could not be fitted. */
  public Problem problem() {
    return problem;
  }
}
