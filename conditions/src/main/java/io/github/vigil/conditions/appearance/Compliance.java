package io.github.vigil.conditions.appearance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.AppearanceRecord;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's record of periodic court appearances as of a date, set against the {@link
 * AppearanceSchedule} of their active {@code COURT_APPEARANCE} measure. Immutable and
 * thread-safe.
 *
 * <p>Only the records since the measure took effect count (the core keeps those, in {@link
 * LegalStatus#appearances()}), and only those dated on or before the as-of date. The terms are:
 *
 * <ul>
 *   <li><b>due</b>: the due dates on or before the as-of date;
 *   <li><b>attended</b> and <b>missed</b>: the dates of the recorded appearances, as recorded;
 *   <li><b>overdue</b>: the due dates strictly before the as-of date with no record (attended or
 *       missed) dated on or after them, that is, those after the last record. On the due date
 *       itself an appearance is not yet overdue. Records are not matched to due dates one by
 *       one: registries often record only some appearances, so a gap between two records is not
 *       counted, and a late appearance accounts for every due date before it;
 *   <li><b>next due</b>: the first due date on or after the as-of date, skipping a due date on
 *       which an appearance is already recorded.
 * </ul>
 *
 * <p>A person {@linkplain #isCompliant() complies} when no appearance was missed and none is
 * overdue.
 */
public final class Compliance {
  private final AppearanceSchedule schedule;
  private final LocalDate asOf;
  private final ImmutableList<AppearanceRecord> records;
  private final ImmutableList<LocalDate> attended;
  private final ImmutableList<LocalDate> missed;
  private final ImmutableList<LocalDate> overdue;
  private final int due;
  private final LocalDate nextDue;

  private Compliance(
      AppearanceSchedule schedule, LocalDate asOf, ImmutableList<AppearanceRecord> records) {
    this.schedule = schedule;
    this.asOf = asOf;
    this.records = records;
    ImmutableList.Builder<LocalDate> a = ImmutableList.builder();
    ImmutableList.Builder<LocalDate> m = ImmutableList.builder();
    @Nullable LocalDate last = null;
    for (AppearanceRecord r : records) {
      (r.attended() ? a : m).add(r.date());
      if (last == null || r.date().isAfter(last)) {
        last = r.date();
      }
    }
    this.attended = a.build();
    this.missed = m.build();
    this.due = schedule.countDueThrough(asOf);
    ImmutableList.Builder<LocalDate> o = ImmutableList.builder();
    for (int k = last == null ? 1 : schedule.countDueThrough(last) + 1; ; k++) {
      LocalDate d = schedule.dueDate(k);
      if (!d.isBefore(asOf)) {
        break;
      }
      o.add(d);
    }
    this.overdue = o.build();
    LocalDate next = schedule.nextDueOnOrAfter(asOf);
    if (last != null && !next.isAfter(last)) {
      next = schedule.nextDueAfter(last);
    }
    this.nextDue = next;
  }

  /**
   * Returns the compliance of the person whose status is {@code status}, as of {@code asOf}, or
   * empty when no {@code COURT_APPEARANCE} measure is active.
   *
   * @param status the person's status, usually as of {@code asOf}
   * @param asOf the date to judge on; records dated after it are ignored
   */
  public static Optional<Compliance> of(LegalStatus status, LocalDate asOf) {
    checkNotNull(status, "status");
    checkNotNull(asOf, "asOf");
    return status
        .activeMeasure(MeasureType.COURT_APPEARANCE)
        .map(m -> of(AppearanceSchedule.of(m), status.appearances(), asOf));
  }

  /**
   * Returns the compliance with {@code schedule} of the given records, as of {@code asOf}.
   * Records dated before the schedule's start or after {@code asOf} are ignored.
   */
  public static Compliance of(
      AppearanceSchedule schedule, Iterable<AppearanceRecord> records, LocalDate asOf) {
    checkNotNull(schedule, "schedule");
    checkNotNull(asOf, "asOf");
    ImmutableList.Builder<AppearanceRecord> kept = ImmutableList.builder();
    for (AppearanceRecord r : records) {
      if (!r.date().isBefore(schedule.since()) && !r.date().isAfter(asOf)) {
        kept.add(r);
      }
    }
    return new Compliance(schedule, asOf, kept.build());
  }

  /** Returns the schedule judged against. */
  public AppearanceSchedule schedule() {
    return schedule;
  }

  /** Returns the date of judgement. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the records counted, in the order they were recorded. */
  public ImmutableList<AppearanceRecord> records() {
    return records;
  }

  /** Returns the dates of the appearances attended, in the order recorded. */
  public ImmutableList<LocalDate> attended() {
    return attended;
  }

  /** Returns the dates of the appearances missed, in the order recorded. */
  public ImmutableList<LocalDate> missed() {
    return missed;
  }

  /** Returns how many appearances were due on or before the as-of date. */
  public int due() {
    return due;
  }

  /** Returns the due dates before the as-of date that no record is dated on or after, in order. */
  public ImmutableList<LocalDate> overdue() {
    return overdue;
  }

  /** Returns the first due date on or after the as-of date that no record already covers. */
  public LocalDate nextDue() {
    return nextDue;
  }

  /** Returns the most recent record, if any. */
  public Optional<AppearanceRecord> lastRecord() {
    AppearanceRecord last = null;
    for (AppearanceRecord r : records) {
      if (last == null || !r.date().isBefore(last.date())) {
        last = r;
      }
    }
    return Optional.ofNullable(last);
  }

  /** Returns whether no appearance was missed and none is overdue. */
  public boolean isCompliant() {
    return missed.isEmpty() && overdue.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Compliance c
        && c.schedule.equals(schedule)
        && c.asOf.equals(asOf)
        && c.records.equals(records);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schedule, asOf, records);
  }

  /** Returns the counts, such as {@code Compliance{every P15D from 2026-01-09 as of ...}}. */
  @Override
  public String toString() {
    return "Compliance{"
        + schedule
        + " as of "
        + asOf
        + ": due="
        + due
        + ", attended="
        + attended.size()
        + ", missed="
        + missed.size()
        + ", overdue="
        + overdue.size()
        + ", next="
        + nextDue
        + "}";
  }
}
