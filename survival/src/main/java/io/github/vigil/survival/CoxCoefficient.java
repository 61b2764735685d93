package io.github.vigil.survival;

import java.util.OptionalDouble;
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

  /** Returns the standard error of {@link #coef()} from the inverse information (R's {@code se(coef)}). */
  public abstract double se();

  /**
   * Returns the robust standard error (R's {@code robust se}), when the model has clusters; the
   * Wald statistic, p-value and interval then use it.
   */
  public abstract OptionalDouble robustSe();

  /** Returns {@code exp(coef)}. */
  public abstract double hazardRatio();

  /** Returns the lower 95% limit of the hazard ratio, {@code exp(coef - 1.959964 se)} (R's {@code lower .95}). */
  public abstract double lower();

  /** Returns the upper 95% limit of the hazard ratio, {@code exp(coef + 1.959964 se)} (R's {@code upper .95}). */
  public abstract double upper();

  /** Returns the Wald statistic {@code coef / se} (the robust se when there is one). */
  public abstract double z();

  /** Returns the two-sided Wald p-value {@code 2 P(Z > |z|)}. */
  public abstract double p();

  @Override
  public final String toString() {
    return "CoxCoefficient{" + term() + ": coef=" + coef() + ", se=" + se() + ", p=" + p() + "}";
  }
}
