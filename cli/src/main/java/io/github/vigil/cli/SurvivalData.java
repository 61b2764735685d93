package io.github.vigil.cli;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The rows that {@code vigil survival} hands to the estimators: a time and an event indicator per
 * row, optionally a group label and covariate values, and how many rows of the input were dropped
 * for a blank or {@code NA} value.
 */
final class SurvivalData {
  private final double[] times;
  private final boolean[] events;
  private final Optional<ImmutableList<String>> groups;
  private final double[][] covariates;
  private final ImmutableList<String> names;
  private final int droppedRows;

  SurvivalData(
      double[] times,
      boolean[] events,
      Optional<ImmutableList<String>> groups,
      double[][] covariates,
      ImmutableList<String> names,
      int droppedRows) {
    this.times = times;
    this.events = events;
    this.groups = groups;
    this.covariates = covariates;
    this.names = names;
    this.droppedRows = droppedRows;
  }

  /** Returns each row's time (not negative, finite). */
  double[] times() {
    return times;
  }

  /** Returns whether each row's time is an event. */
  boolean[] events() {
    return events;
  }

  /** Returns each row's group label, when a group was asked for. */
  Optional<ImmutableList<String>> groups() {
    return groups;
  }

  /** Returns one row of covariate values per row, in the order of {@link #names()}. */
  double[][] covariates() {
    return covariates;
  }

  /** Returns the covariates' names; empty when no Cox model was asked for. */
  ImmutableList<String> names() {
    return names;
  }

  /** Returns how many input rows were dropped for a blank or {@code NA} in a used column. */
  int droppedRows() {
    return droppedRows;
  }

  /** Returns the number of rows. */
  int n() {
    return times.length;
  }

  /** Returns the number of events. */
  int eventCount() {
    int count = 0;
    for (boolean e : events) {
      if (e) {
        count++;
      }
    }
    return count;
  }
}
