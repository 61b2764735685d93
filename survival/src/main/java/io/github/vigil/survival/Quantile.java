package io.github.vigil.survival;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A quantile of a survival curve with its 95% interval, as R's {@code quantile(fit, probs)}: each
 * part empty (R's {@code NA}) where the curve or the limit never falls that far. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Quantile {
  Quantile() {}

  /** Returns the share of rows that have had the event by the quantile, such as 0.5 for the median. */
  public abstract double p();

  /** Returns the time by which a share {@link #p()} has had the event. */
  public abstract OptionalDouble estimate();

  /** Returns the lower 95% limit. */
  public abstract OptionalDouble lower();

  /** Returns the upper 95% limit. */
  public abstract OptionalDouble upper();

  static Quantile of(double p, OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper) {
    return ImmutableQuantile.builder().p(p).estimate(estimate).lower(lower).upper(upper).build();
  }
}
