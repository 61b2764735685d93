package io.github.vigil.conditions.appearance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The due dates of periodic court appearances: the {@code k}-th appearance (counting from 1) is
 * due on {@code since.plus(interval.multipliedBy(k))}, where {@code since} is the date the
 * measure took effect. Each due date is computed from {@code since}, never from the previous
 * one, so month ends are kept: every month from 31 January is due on 28 (or 29) February, then
 * 31 March, 30 April, 31 May. The due dates are strictly increasing. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AppearanceSchedule {
  AppearanceSchedule() {}

  /** Returns the date the measure took effect; the first appearance is due one interval later. */
  @Value.Parameter
  public abstract LocalDate since();

  /** Returns the interval between appearances, such as {@code P15D} or {@code P1M}. */
  @Value.Parameter
  public abstract Period interval();

  /**
   * Returns the schedule of appearances every {@code interval} from {@code since}.
   *
   * @throws IllegalArgumentException if the interval is zero or has a negative part
   */
  public static AppearanceSchedule of(LocalDate since, Period interval) {
    return ImmutableAppearanceSchedule.of(since, interval);
  }

  /**
   * Returns the schedule of an active court-appearance measure, from the date it took effect.
   *
   * @throws IllegalArgumentException if the measure is not a {@code COURT_APPEARANCE} with an
   *     interval
   */
  public static AppearanceSchedule of(ActiveMeasure measure) {
    checkNotNull(measure, "measure");
    checkArgument(
        measure.type() == MeasureType.COURT_APPEARANCE,
        "a schedule needs a COURT_APPEARANCE measure, not %s",
        measure.type());
    checkArgument(
        measure.measure().interval().isPresent(), "COURT_APPEARANCE %s has no interval", measure);
    return of(measure.since(), measure.measure().interval().get());
  }

  /**
   * Returns the date the {@code k}-th appearance is due, {@code since + k × interval}.
   *
   * @throws IllegalArgumentException if {@code k} is less than 1
   * @throws ArithmeticException if {@code k × interval} overflows
   * @throws java.time.DateTimeException if the date is beyond the supported range
   */
  public LocalDate dueDate(int k) {
    checkArgument(k >= 1, "appearances are counted from 1, was %s", k);
    return since().plus(interval().multipliedBy(k));
  }

  /** Returns every due date, in order, as an infinite sequential stream. */
  public Stream<LocalDate> dueDates() {
    return Stream.iterate(1, k -> k + 1).map(this::dueDate);
  }

  /** Returns the due dates on or before {@code date}, in order; empty before the first. */
  public ImmutableList<LocalDate> dueDatesThrough(LocalDate date) {
    checkNotNull(date, "date");
    ImmutableList.Builder<LocalDate> out = ImmutableList.builder();
    for (int k = 1; ; k++) {
      LocalDate due = dueDate(k);
      if (due.isAfter(date)) {
        return out.build();
      }
      out.add(due);
    }
  }

  /** Returns how many appearances are due on or before {@code date}. */
  public int countDueThrough(LocalDate date) {
    checkNotNull(date, "date");
    int k = countAtLeast(date);
    while (!dueDate(k + 1).isAfter(date)) {
      k++;
    }
    return k;
  }

  /** Returns the first due date on or after {@code date}. */
  public LocalDate nextDueOnOrAfter(LocalDate date) {
    return dueDate(countDueBefore(date) + 1);
  }

  /** Returns the first due date strictly after {@code date}. */
  public LocalDate nextDueAfter(LocalDate date) {
    return dueDate(countDueThrough(date) + 1);
  }

  /** Returns whether an appearance is due on {@code date}. */
  public boolean isDueOn(LocalDate date) {
    return nextDueOnOrAfter(date).equals(date);
  }

  private int countDueBefore(LocalDate date) {
    checkNotNull(date, "date");
    int k = countAtLeast(date.minusDays(1));
    while (dueDate(k + 1).isBefore(date)) {
      k++;
    }
    return k;
  }

  /**
   * Returns a lower bound of the appearances due on or before {@code date}, so that counting
   * need not step from the first: an interval is never longer than 366 days a year, 31 a month.
   */
  private int countAtLeast(LocalDate date) {
    long days = ChronoUnit.DAYS.between(since(), date);
    Period p = interval();
    long longest = p.getYears() * 366L + p.getMonths() * 31L + p.getDays();
    return days <= 0 ? 0 : (int) Math.min(days / longest, Integer.MAX_VALUE - 1);
  }

  @Value.Check
  final void check() {
    Period p = interval();
    checkArgument(
        !p.isZero() && !p.isNegative(),
        "interval must be positive in every part: %s",
        p);
  }

  /** Returns the interval and start, such as {@code every P15D from 2026-01-09}. */
  @Override
  public final String toString() {
    return "every " + interval() + " from " + since();
  }
}
