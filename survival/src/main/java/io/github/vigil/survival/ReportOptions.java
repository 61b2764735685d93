package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a {@link SurvivalReport} adds to the curves, the log-rank test and the Cox model: the
 * survival at chosen times, quantiles besides the median, the restricted mean up to a horizon,
 * and how ties are handled. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportOptions {
  /** The fewest events in a group for which a report gives its figures without a warning. */
  public static final int FEW_EVENTS = 10;

  ReportOptions() {}

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportOptions}. */
  public static final class Builder extends ImmutableReportOptions.Builder {
    Builder() {}
  }

  /** Returns the defaults: Efron ties, nothing added. */
  public static ReportOptions defaults() {
    return builder().build();
  }

  /** Returns how the Cox model handles tied event times; Efron by default. */
  @Value.Default
  public Ties ties() {
    return Ties.EFRON;
  }

  /** Returns the times at which to report each curve (R's {@code summary(fit, times =)}), ascending. */
  public abstract ImmutableList<Double> times();

  /** Returns the shares for quantiles (R's {@code quantile(fit, probs =)}), each in (0, 1). */
  public abstract ImmutableList<Double> quantiles();

  /** Returns whether to list every step of each curve, censorings included, for plotting. */
  @Value.Default
  public boolean wholeCurve() {
    return false;
  }

  /** Returns the horizon of the restricted mean (R's {@code print(fit, rmean =)}), if wanted. */
  public abstract OptionalDouble restrictedMeanHorizon();

  @Value.Check
  void check() {
    double previous = Double.NEGATIVE_INFINITY;
    for (double t : times()) {
      com.google.common.base.Preconditions.checkArgument(
          Double.isFinite(t) && t >= 0 && t > previous, "times must be ascending, finite and not negative: %s", times());
      previous = t;
    }
    for (double p : quantiles()) {
      com.google.common.base.Preconditions.checkArgument(p > 0 && p < 1, "quantiles must be between 0 and 1: %s", p);
    }
    restrictedMeanHorizon()
        .ifPresent(
            tau ->
                com.google.common.base.Preconditions.checkArgument(
                    Double.isFinite(tau) && tau > 0, "the restricted mean's horizon must be positive: %s", tau));
  }
}
