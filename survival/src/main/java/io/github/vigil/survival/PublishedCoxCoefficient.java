package io.github.vigil.survival;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One covariate of the Cox model of a {@link PublishedSurvivalReport} (its JSON's {@code
 * cox.coefficients}): what its JSON holds of a {@link CoxCoefficient}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedCoxCoefficient {
  PublishedCoxCoefficient() {}

  static ImmutablePublishedCoxCoefficient.Builder builder() {
    return ImmutablePublishedCoxCoefficient.builder();
  }

  /** Returns the covariate's name. */
  public abstract String term();

  /** Returns the coefficient. */
  public abstract OptionalDouble coef();

  /** Returns its standard error. */
  public abstract OptionalDouble se();

  /** Returns its robust standard error, or empty when the model has no clusters. */
  public abstract OptionalDouble robustSe();

  /** Returns the hazard ratio. */
  public abstract OptionalDouble hazardRatio();

  /** Returns the lower 95% limit of the hazard ratio. */
  public abstract OptionalDouble lower();

  /** Returns the upper 95% limit of the hazard ratio. */
  public abstract OptionalDouble upper();

  /** Returns the Wald statistic. */
  public abstract OptionalDouble z();

  /** Returns the two-sided Wald p-value. */
  public abstract OptionalDouble p();
}
