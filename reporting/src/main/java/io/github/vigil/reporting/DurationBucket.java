package io.github.vigil.reporting;

import java.time.LocalDate;

/**
 * A range of durations: under 30 days, 30 to 179 days, 180 to 364 days, one year to under two,
 * two years or more. Years are calendar years (a duration that started on 10 January 2024 is of
 * two years from 10 January 2026), so a leap day never moves anyone across a line.
 */
public enum DurationBucket {
  /** Under 30 days. */
  UNDER_30_DAYS,
  /** 30 to 179 days. */
  DAYS_30_TO_179,
  /** 180 days to under a year (180 to 364 days in a common year). */
  DAYS_180_TO_364,
  /** One year to under two. */
  YEARS_1_TO_2,
  /** Two years or more. */
  YEARS_2_OR_MORE;

  /** Returns the bucket of a duration from {@code start} to {@code end}, {@code start <= end}. */
  static DurationBucket of(LocalDate start, LocalDate end) {
    if (!start.plusYears(2).isAfter(end)) {
      return YEARS_2_OR_MORE;
    }
    if (!start.plusYears(1).isAfter(end)) {
      return YEARS_1_TO_2;
    }
    long days = end.toEpochDay() - start.toEpochDay();
    return days >= 180 ? DAYS_180_TO_364 : days >= 30 ? DAYS_30_TO_179 : UNDER_30_DAYS;
  }
}
