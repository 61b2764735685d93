package io.github.vigil.survival;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One event time of a Kaplan–Meier curve, as a row of R's {@code summary(survfit(...,
 * conf.type = "log"))}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurvivalRow {
  SurvivalRow() {}

  /** Returns the event time. */
  public abstract double time();

  /**
   * Returns how many rows were at risk just before {@link #time()}: those with a time on or after
   * it (and, with entry times, entered before it), each counted once whatever its weight.
   */
  public abstract int atRisk();

  /** Returns how many events happened at {@link #time()} (at least one on an event row). */
  public abstract int events();

  /** Returns how many rows were censored at {@link #time()} (or, for a time asked of {@link SurvivalCurve#at}, since the previous one). */
  public abstract int censored();

  /**
   * Returns the weighted number at risk, R's {@code n.risk} with case weights: the sum of the
   * weights of the rows counted by {@link #atRisk()} (equal to it when the rows are unweighted).
   */
  public abstract double weightedAtRisk();

  /** Returns the weighted number of events, R's {@code n.event} with case weights. */
  public abstract double weightedEvents();

  /** Returns the weighted number of censorings, R's {@code n.censor} with case weights. */
  public abstract double weightedCensored();

  /** Returns the estimated probability of surviving beyond {@link #time()}, in [0, 1]. */
  public abstract double survival();

  /**
   * Returns the Greenwood standard error of {@link #survival()}, {@code S * sqrt(sum d / (n (n -
   * d)))} (with case weights, the weighted sums; with weights that have a fraction, R's
   * infinitesimal jackknife instead); empty once the survival is 0, where R reports {@code NaN}.
   */
  public abstract OptionalDouble stdErr();

  /** Returns the lower 95% limit, {@code exp(log S - 1.96 se(log S))}; empty once the survival is 0. */
  public abstract OptionalDouble lower();

  /**
   * Returns the upper 95% limit, {@code exp(log S + 1.96 se(log S))} clipped to 1; empty once the
   * survival is 0.
   */
  public abstract OptionalDouble upper();

  static SurvivalRow of(
      double time,
      int atRisk,
      int events,
      int censored,
      double weightedAtRisk,
      double weightedEvents,
      double weightedCensored,
      double survival,
      OptionalDouble stdErr,
      OptionalDouble lower,
      OptionalDouble upper) {
    return ImmutableSurvivalRow.builder()
        .time(time)
        .atRisk(atRisk)
        .events(events)
        .censored(censored)
        .weightedAtRisk(weightedAtRisk)
        .weightedEvents(weightedEvents)
        .weightedCensored(weightedCensored)
        .survival(survival)
        .stdErr(stdErr)
        .lower(lower)
        .upper(upper)
        .build();
  }

  @Override
  public final String toString() {
    return "SurvivalRow{time="
        + time()
        + ", atRisk="
        + atRisk()
        + ", events="
        + events()
        + ", survival="
        + survival()
        + "}";
  }
}
