package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * One factor of a risk score with its points and a readable explanation, such as {@code SPEECH_BAN,
 * 2, "SPEECH_BAN active since 2026-01-09"}. The explanation names dates, counts and measure codes
 * only, never personal data. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoredFactor {
  ScoredFactor() {}

  /** Returns the factor. */
  @Value.Parameter
  public abstract RiskFactor factor();

  /** Returns the points it adds to the score; always positive. */
  @Value.Parameter
  public abstract int points();

  /** Returns why the factor applies, in plain English. */
  @Value.Parameter
  public abstract String detail();

  /**
   * Returns a scored factor.
   *
   * @throws IllegalArgumentException if {@code points} is not positive or {@code detail} is blank
   */
  public static ScoredFactor of(RiskFactor factor, int points, String detail) {
    return ImmutableScoredFactor.of(factor, points, detail);
  }

  @Value.Check
  void check() {
    checkArgument(points() > 0, "points must be positive: %s", points());
    checkArgument(!detail().isBlank(), "detail must not be blank");
  }

  @Override
  public final String toString() {
    return factor() + " +" + points() + " (" + detail() + ")";
  }
}
