package io.github.vigil.survival;

import org.immutables.value.Value;

/**
 * One covariate's estimate in a Cox model, a row of R's {@code summary(coxph(...))$coefficients}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoxCoefficient {
  CoxCoefficient() {}

  /** Returns the covariate's name. */
  public abstract String term();

  /** Returns the coefficient: the log hazard ratio per unit of the covariate. */
  public abstract double coef();

  /** Returns the standard error of {@link #coef()}, from the inverse information. */
  public abstract double se();

  /** Returns {@code exp(coef)}. */
  public abstract double hazardRatio();

  /** Returns the Wald statistic {@code coef / se}. */
  public abstract double z();

  /** Returns the two-sided Wald p-value {@code 2 P(Z > |z|)}. */
  public abstract double p();

  @Override
  public final String toString() {
    return "CoxCoefficient{" + term() + ": coef=" + coef() + ", se=" + se() + ", p=" + p() + "}";
  }
}
