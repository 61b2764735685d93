package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.TreeRangeSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person's events, ordered by date and, within a date, by the order they were added. A
 * history can only be built valid: every event applies, by the rules of the registry format, to
 * the state the earlier ones left. Immutable and thread-safe; appending returns a new history in
 * time proportional to its length, and a {@link Builder} grows one event by event in time
 * proportional to the events added. {@link #replay(ReplayListener)} shows the status after every
 * event.
 */
public final class History {
  private final DetaineeId detainee;
  private final ImmutableList<Event> events;

  private History(DetaineeId detainee, ImmutableList<Event> events) {
    this.detainee = detainee;
    this.events = events;
  }

  /** Returns the empty history of {@code detainee}. */
  public static History empty(DetaineeId detainee) {
    return new History(checkNotNull(detainee, "detainee"), ImmutableList.of());
  }

  /**
   * Returns the history of {@code detainee} made of {@code events}, ordered by date (events of
   * one date keep their order).
   *
   * @throws InvalidTransitionException if an event does not apply to the state the earlier ones
   *     left; the message names the person's id, the event and that state
   */
  public static History of(DetaineeId detainee, Iterable<Event> events) {
    checkNotNull(detainee, "detainee");
    ImmutableList<Event> sorted =
        ImmutableList.sortedCopyOf((a, b) -> a.date().compareTo(b.date()), events);
    validate(detainee, sorted);
    return new History(detainee, sorted);
  }

  /**
   * Returns a builder of the history of {@code detainee}, which takes events in date order and
   * checks each as it is added.
   */
  public static Builder builder(DetaineeId detainee) {
    return new Builder(checkNotNull(detainee, "detainee"));
  }

  private static void validate(DetaineeId detainee, List<Event> events) {
    CustodyMachine machine = new CustodyMachine();
    for (Event e : events) {
      String refusal = machine.refusal(e);
      if (refusal != null) {
        throw new InvalidTransitionException(detainee, e, refusal);
      }
      machine.apply(e);
    }
  }

  /** Returns the id of the person this history belongs to. */
  public DetaineeId detainee() {
    return detainee;
  }

  /** Returns the events, ordered by date and then by the order they were added. */
  public ImmutableList<Event> events() {
    return events;
  }

  /** Returns whether the history has no event. */
  public boolean isEmpty() {
    return events.isEmpty();
  }

  /**
   * Returns this history with {@code event} added after every event of the same or an earlier
   * date.
   *
   * @throws InvalidTransitionException if the event, or an event after it, then does not apply
   */
  public History append(Event event) {
    checkNotNull(event, "event");
    int at = events.size();
    while (at > 0 && events.get(at - 1).date().isAfter(event.date())) {
      at--;
    }
    ImmutableList<Event> next =
        ImmutableList.<Event>builderWithExpectedSize(events.size() + 1)
            .addAll(events.subList(0, at))
            .add(event)
            .addAll(events.subList(at, events.size()))
            .build();
    validate(detainee, next);
    return new History(detainee, next);
  }

  /** Returns the person's status after every event, or empty when the history is empty. */
  public Optional<LegalStatus> status() {
    return statusAsOf(LocalDate.MAX);
  }

  /** Returns the person's status after the events dated on or before {@code date}. */
  public Optional<LegalStatus> statusAsOf(LocalDate date) {
    checkNotNull(date, "date");
    CustodyMachine machine = new CustodyMachine();
    for (Event e : events) {
      if (e.date().isAfter(date)) {
        break;
      }
      machine.apply(e);
    }
    return machine.started() ? Optional.of(machine.status()) : Optional.empty();
  }

  /**
   * Replays the history, calling {@code listener} after every event with the state it left.
   *
   * @see ReplayListener
   */
  public void replay(ReplayListener listener) {
    ReplayStep.replay(events, LocalDate.MAX, listener);
  }

  /**
   * Replays the events dated on or before {@code through}, calling {@code listener} after each
   * with the state it left.
   */
  public void replay(LocalDate through, ReplayListener listener) {
    ReplayStep.replay(events, through, listener);
  }

  /**
   * Returns the periods the person spent in custody up to {@code asOf}, as closed-open ranges
   * from each arrest to the release, exile or death that ended it; a custody still running on
   * {@code asOf} ends the day after it.
   */
  public ImmutableRangeSet<LocalDate> custodyPeriods(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    CustodyPeriods periods = new CustodyPeriods();
    replay(asOf, periods);
    return periods.through(asOf);
  }

  /** Collects the custody periods from the steps that enter and leave custody. */
  private static final class CustodyPeriods implements ReplayListener {
    private final TreeRangeSet<LocalDate> periods = TreeRangeSet.create();
    private @Nullable LocalDate start;

    @Override
    public void applied(ReplayStep step) {
      if (step.entered(CustodyState.IN_CUSTODY)) {
        start = step.event().date();
      } else if (step.left(CustodyState.IN_CUSTODY) && start != null) {
        periods.add(Range.closedOpen(start, step.event().date()));
        start = null;
      }
    }

    ImmutableRangeSet<LocalDate> through(LocalDate asOf) {
      if (start != null) {
        periods.add(Range.closedOpen(start, asOf.plusDays(1)));
      }
      return ImmutableRangeSet.copyOf(periods);
    }
  }

  /** Returns the number of days the person spent in custody up to and including {@code asOf}. */
  public long daysInCustody(LocalDate asOf) {
    long days = 0;
    for (Range<LocalDate> r : custodyPeriods(asOf).asRanges()) {
      days += ChronoUnit.DAYS.between(r.lowerEndpoint(), r.upperEndpoint());
    }
    return days;
  }

  /** Returns whether {@code o} is a history of the same person with the same events in order. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof History h && h.detainee.equals(detainee) && h.events.equals(events);
  }

  /** Returns a hash code consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(detainee, events);
  }

  /** Returns the person's id and the number of events; never personal data. */
  @Override
  public String toString() {
    return "History{" + detainee + ", " + events.size() + " events}";
  }

  /**
   * Grows the history of one person event by event, in date order, checking each event against
   * the state the earlier ones left, in time proportional to the events added (where {@link
   * History#append} replays the whole history each time). {@link #refusal} says, without
   * throwing, why an event would not apply. {@link #build()} may be called more than once, and
   * events added after it; each call returns the history of the events added so far. Not
   * thread-safe.
   */
  public static final class Builder {
    private final DetaineeId detainee;
    private final CustodyMachine machine = new CustodyMachine();
    private final ImmutableList.Builder<Event> events = ImmutableList.builder();
    private @Nullable LocalDate last;

    private Builder(DetaineeId detainee) {
      this.detainee = detainee;
    }

    /**
     * Returns why {@code event} would not apply after the events added so far, as "the state met;
     * what would be valid", or empty when it applies.
     *
     * @throws IllegalArgumentException if {@code event} is dated before the last event added
     */
    public Optional<String> refusal(Event event) {
      checkOrder(event);
      return Optional.ofNullable(machine.refusal(event));
    }

    /**
     * Adds {@code event} after the events added so far.
     *
     * @throws IllegalArgumentException if {@code event} is dated before the last event added
     * @throws InvalidTransitionException if it does not apply to the state the earlier events left
     */
    @CanIgnoreReturnValue
    public Builder add(Event event) {
      checkOrder(event);
      String refusal = machine.refusal(event);
      if (refusal != null) {
        throw new InvalidTransitionException(detainee, event, refusal);
      }
      machine.apply(event);
      events.add(event);
      last = event.date();
      return this;
    }

    /** Returns the status after the events added so far, or empty when none was added. */
    public Optional<LegalStatus> status() {
      return machine.started() ? Optional.of(machine.status()) : Optional.empty();
    }

    /** Returns the history of the events added so far. */
    public History build() {
      return new History(detainee, events.build());
    }

    private void checkOrder(Event event) {
      checkNotNull(event, "event");
      checkArgument(
          last == null || !event.date().isBefore(last),
          "events must be added in date order: %s on %s comes after an event on %s",
          event.type(),
          event.date(),
          last);
    }

    /** Returns the person's id and the state reached; never personal data. */
    @Override
    public String toString() {
      return "History.Builder{" + detainee + (machine.started() ? ", " + machine.status().describe() : "") + "}";
    }
  }
}
