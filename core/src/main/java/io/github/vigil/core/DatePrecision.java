package io.github.vigil.core;

/**
 * How precisely an event's date is known. With {@link #MONTH} or {@link #YEAR} the date is the
 * best estimate inside that month or year; reports count such events as approximate.
 */
public enum DatePrecision {
  /** The exact day is known. */
  DAY,
  /** Only the month is known. */
  MONTH,
  /** Only the year is known. */
  YEAR;

  /** Returns whether a date of this precision is an estimate. */
  public boolean isApproximate() {
    return this != DAY;
  }
}
