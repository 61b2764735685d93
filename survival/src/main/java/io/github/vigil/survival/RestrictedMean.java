package io.github.vigil.survival;

import org.immutables.value.Value;

/**
 * The restricted mean survival time up to a horizon, with its standard error, as R's {@code
 * print(survfit(...), rmean = tau)} reports {@code rmean} and {@code se(rmean)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RestrictedMean {
  RestrictedMean() {}

  /** Returns the horizon tau. */
  public abstract double tau();

  /** Returns the mean time free of the event up to tau: the area under the curve from 0 to tau. */
  public abstract double estimate();

  /** Returns the standard error of {@link #estimate()}. */
  public abstract double stdErr();

  static RestrictedMean of(double tau, double estimate, double stdErr) {
    return ImmutableRestrictedMean.builder().tau(tau).estimate(estimate).stdErr(stdErr).build();
  }
}
