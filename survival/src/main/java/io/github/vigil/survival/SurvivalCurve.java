package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A Kaplan–Meier estimate for one group (or for everyone): its event times with the number at
 * risk, the survival and its 95% interval, and the median survival with its interval as R's
 * {@code print(survfit(...))} reports it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurvivalCurve {
  SurvivalCurve() {}

  /** Returns the group this curve estimates, or empty when it covers every row. */
  public abstract Optional<String> group();

  /** Returns the number of rows (R's {@code records}). */
  public abstract int n();

  /** Returns the number of events. */
  public abstract int events();

  /** Returns one row per event time, in time order; empty when the group has no event. */
  public abstract ImmutableList<SurvivalRow> rows();

  /**
   * Returns the median survival time: the first event time where the survival is at most 0.5, or
   * the midpoint between it and the next event time when the survival is exactly 0.5 there (R's
   * rule); empty when the survival never falls to 0.5.
   */
  public abstract OptionalDouble median();

  /** Returns the lower 95% limit of the median: where the lower limit first falls to 0.5; may be empty. */
  public abstract OptionalDouble medianLower();

  /** Returns the upper 95% limit of the median: where the upper limit first falls to 0.5; may be empty. */
  public abstract OptionalDouble medianUpper();

  /**
   * Returns the estimated probability of surviving beyond {@code time}: 1 before the first event
   * time, then the survival of the last event time on or before {@code time}.
   */
  public double survivalAt(double time) {
    double s = 1.0;
    for (SurvivalRow row : rows()) {
      if (row.time() > time) {
        break;
      }
      s = row.survival();
    }
    return s;
  }

  @Override
  public final String toString() {
    return "SurvivalCurve{"
        + group().map(g -> "group=" + g + ", ").orElse("")
        + "n="
        + n()
        + ", events="
        + events()
        + ", median="
        + median()
        + "}";
  }
}
