package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A fitted Cox proportional hazards model, the figures of R's {@code coxph(Surv(time, status) ~
 * ..., ties = ...)}: coefficients, log partial likelihoods, the likelihood-ratio test and Harrell's
 * concordance. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoxModel {
  CoxModel() {}

  /** Returns how tied event times were handled. */
  public abstract Ties ties();

  /** Returns the number of rows fitted. */
  public abstract int n();

  /** Returns the number of events. */
  public abstract int events();

  /** Returns one coefficient per covariate, in the order given. */
  public abstract ImmutableList<CoxCoefficient> coefficients();

  /**
   * Returns the variance matrix of the coefficients, row by row (R's {@code vcov(fit)}): the
   * inverse information, or the robust (sandwich) variance when the model has clusters.
   */
  public abstract ImmutableList<ImmutableList<Double>> variance();

  /** Returns the inverse information (R's {@code fit$naive.var}) when the model has clusters. */
  public abstract Optional<ImmutableList<ImmutableList<Double>>> naiveVariance();

  /** Returns the number of strata (1 when the model is not stratified). */
  public abstract int strata();

  /** Returns the number of clusters, when the variance is the robust one. */
  public abstract Optional<Integer> clusters();

  /** Returns the Wald test that every coefficient is 0, {@code b' V^-1 b} (R's {@code wald.test}). */
  public abstract ChiSquareTest wald();

  /** Returns the score (log-rank) test at b = 0, {@code U' I^-1 U} (R's {@code score}). */
  public abstract ChiSquareTest score();

  /** Returns the robust score test (R's {@code rscore}), when the model has clusters. */
  public abstract Optional<ChiSquareTest> robustScore();

  /** Returns the log partial likelihood with every coefficient 0 (R's {@code loglik[1]}). */
  public abstract double logLikelihoodNull();

  /** Returns the log partial likelihood at the estimate (R's {@code loglik[2]}). */
  public abstract double logLikelihood();

  /** Returns the likelihood-ratio statistic {@code 2 (logLikelihood - logLikelihoodNull)}. */
  public abstract double likelihoodRatio();

  /** Returns the likelihood-ratio test's degrees of freedom: the number of covariates. */
  public abstract int likelihoodRatioDf();

  /** Returns the likelihood-ratio test's p-value. */
  public abstract double likelihoodRatioP();

  /**
   * Returns Harrell's concordance of the linear predictor with the times, as R's {@code
   * fit$concordance["concordance"]}: over comparable pairs, the share where the higher risk had
   * the earlier event, ties in the predictor counting one half; empty when no pair is comparable.
   */
  public abstract OptionalDouble concordance();

  /**
   * Returns the standard error of {@link #concordance()}, as R's {@code fit$concordance["std"]}
   * (and {@code summary(fit)$concordance}): the infinitesimal jackknife, {@code sqrt(sum_i D_i^2)
   * / 2}, D_i the derivative of Somers' d with respect to row i's weight times that weight,
   * summed per cluster when the model has clusters.
   */
  public abstract OptionalDouble concordanceStdErr();

  /** Returns the number of Newton–Raphson iterations used. */
  public abstract int iterations();

  @Override
  public final String toString() {
    return "CoxModel{ties="
        + ties()
        + ", n="
        + n()
        + ", events="
        + events()
        + ", coefficients="
        + coefficients()
        + ", logLikelihood="
        + logLikelihood()
        + "}";
  }
}
