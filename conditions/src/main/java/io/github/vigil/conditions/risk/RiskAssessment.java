package io.github.vigil.conditions.risk;

import com.google.common.collect.ImmutableList;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.DetaineeId;
import org.immutables.value.Value;

/**
 * The rearrest risk of one person under a {@link RiskPolicy}: the person's id (never a name), their
 * freedom category, the factors that apply with their points, the score (their sum) and its level.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskAssessment {
  RiskAssessment() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the person's id. */
  public abstract DetaineeId id();

  /** Returns the person's freedom category under the standard classification. */
  public abstract FreedomCategory category();

  /** Returns the factors that apply, each with positive points; may be empty. */
  public abstract ImmutableList<ScoredFactor> factors();

  /** Returns the level of the score under the policy that scored it. */
  public abstract RiskLevel level();

  /** Returns the score: the sum of the factors' points, so every point is explained. */
  @Value.Derived
  public int score() {
    return factors().stream().mapToInt(ScoredFactor::points).sum();
  }

  @Override
  public final String toString() {
    return "RiskAssessment{"
        + id()
        + ", "
        + category()
        + ", score="
        + score()
        + ", "
        + level()
        + ", "
        + factors()
        + "}";
  }

  /** Builds {@link RiskAssessment}s. */
  public static final class Builder extends ImmutableRiskAssessment.Builder {
    Builder() {}
  }
}
