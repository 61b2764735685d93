package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The Cox model of a {@link PublishedSurvivalReport} (its JSON's {@code cox}): what its JSON holds
 * of a {@link CoxModel}, with its proportional-hazards test or why it was not made. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PublishedCox {
  PublishedCox() {}

  static ImmutablePublishedCox.Builder builder() {
    return ImmutablePublishedCox.builder();
  }

  /** Returns how tied times were handled. */
  public abstract Ties ties();

  /** Returns the rows fitted. */
  public abstract int n();

  /** Returns the events. */
  public abstract int events();

  /** Returns the number of strata. */
  public abstract int strata();

  /** Returns the number of clusters, or empty when the model has none. */
  public abstract Optional<Integer> clusters();

  /** Returns the log likelihood of the null model. */
  public abstract OptionalDouble logLikelihoodNull();

  /** Returns the log likelihood at the estimates. */
  public abstract OptionalDouble logLikelihood();

  /** Returns the likelihood-ratio statistic. */
  public abstract OptionalDouble likelihoodRatio();

  /** Returns its degrees of freedom. */
  public abstract int likelihoodRatioDf();

  /** Returns its p-value. */
  public abstract OptionalDouble likelihoodRatioP();

  /** Returns the Wald test. */
  public abstract PublishedChiSquareTest wald();

  /** Returns the score (log-rank) test. */
  public abstract PublishedChiSquareTest score();

  /** Returns the robust score test, or empty when the model has no clusters. */
  public abstract Optional<PublishedChiSquareTest> robustScore();

  /** Returns the concordance. */
  public abstract OptionalDouble concordance();

  /** Returns its standard error. */
  public abstract OptionalDouble concordanceStdErr();

  /** Returns the iterations of the fit. */
  public abstract int iterations();

  /** Returns the coefficients, in the model's order. */
  public abstract ImmutableList<PublishedCoxCoefficient> coefficients();

  /** Returns the variance matrix, row by row. */
  public abstract ImmutableList<ImmutableList<OptionalDouble>> variance();

  /** Returns the naive variance matrix, or empty when the model has no clusters. */
  public abstract Optional<ImmutableList<ImmutableList<OptionalDouble>>> naiveVariance();

  /** Returns the proportional-hazards test, when it was made. */
  public abstract Optional<PublishedProportionalHazards> proportionalHazards();

  /** Returns why the proportional-hazards test was not made, when it was not. */
  public abstract Optional<String> proportionalHazardsRefused();

  @Value.Check
  final void check() {
    checkArgument(
        n() >= 0
            && events() >= 0
            && strata() >= 0
            && likelihoodRatioDf() >= 0
            && iterations() >= 0,
        "a count must not be negative");
  }
}
