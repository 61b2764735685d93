package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/** Checks shared by the estimators: the caller's arrays and what the data must hold. */
final class Inputs {
  private Inputs() {}

  /** Checks times and events and returns the number of events. */
  static int checkTimes(double[] times, boolean[] events) {
    checkNotNull(times, "times");
    checkNotNull(events, "events");
    checkArgument(
        times.length == events.length,
        "times and events must have the same length: %s and %s",
        times.length,
        events.length);
    int count = 0;
    for (int i = 0; i < times.length; i++) {
      double t = times[i];
      checkArgument(
          Double.isFinite(t) && t >= 0, "time must be finite and not negative: %s at row %s", (Object) t, (Object) i);
      if (events[i]) {
        count++;
      }
    }
    if (times.length == 0) {
      throw new SurvivalException(SurvivalException.Problem.TOO_FEW_ROWS, "there are no rows");
    }
    if (count == 0) {
      throw new SurvivalException(
          SurvivalException.Problem.NO_EVENTS,
          "there are no events: all " + times.length + " rows are censored");
    }
    return count;
  }

  /** Checks that the table has rows and events. */
  static void checkRowsAndEvents(SurvivalData data) {
    if (data.n() == 0) {
      throw new SurvivalException(SurvivalException.Problem.TOO_FEW_ROWS, "there are no rows");
    }
    if (data.eventCount() == 0) {
      throw new SurvivalException(
          SurvivalException.Problem.NO_EVENTS,
          "there are no events: all " + data.n() + " rows are censored");
    }
  }

  static void checkGroups(List<String> groups, int n) {
    checkNotNull(groups, "groups");
    checkArgument(
        groups.size() == n, "groups must have one label per row: %s labels for %s rows", groups.size(), n);
    for (int i = 0; i < n; i++) {
      checkNotNull(groups.get(i), "group at row %s", i);
    }
  }

  /** Returns the row indices sorted by time, ascending (stable). */
  static int[] byTime(double[] times) {
    Integer[] boxed = new Integer[times.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = i;
    }
    java.util.Arrays.sort(boxed, (a, b) -> Double.compare(times[a], times[b]));
    int[] order = new int[boxed.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = boxed[i];
    }
    return order;
  }
}
