package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.TreeRangeSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.core.internal.CorrectionCheck;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person's events, ordered by date and, within a date, by the order they were added. A
 * history can only be built valid: every verified event applies, by the rules of the registry
 * format, to the state the earlier verified events left; claims ({@link Event#isClaim()}) are
 * kept beside them, in the same order, and never change how a verified event applies. A claim is
 * accepted when it applies to the state that the verified events and the claims before it left,
 * or when it repeats the last change of that state (a corroboration, or a date conflict). Immutable and thread-safe; appending returns a new history in
 * time proportional to its length, and a {@link Builder} grows one event by event in time
 * proportional to the events added. {@link #replay(ReplayListener)} shows the status after every
 * event.
 */
public final class History {
  private final DetaineeId detainee;
  private final ImmutableList<Event> events;
  private final ImmutableList<Event> withClaims;
  private final boolean claims;
  /**
   * The status after every verified event, once known: set by {@link #append} from the replay
   * that validated the history, or by the first {@link #status()}. An immutable value published
   * by a benign race: a thread that sees null replays the history itself.
   */
  private @Nullable LegalStatus finalStatus;

  private History(DetaineeId detainee, ImmutableList<Event> events) {
    this(detainee, events, events);
  }

  @SuppressWarnings("ReferenceEquality") // one list serves both when every event is in effect
  private History(DetaineeId detainee, ImmutableList<Event> events, ImmutableList<Event> withClaims) {
    this.detainee = detainee;
    this.events = events;
    this.withClaims = withClaims;
    this.claims = withClaims != events && withClaims.stream().anyMatch(Event::isClaim);
  }

  /** Returns whether {@code e} is one of the verified events in effect (not a claim, not corrected). */
  private static boolean inEffect(Event e) {
    return !e.isClaim() && !e.isCorrected();
  }

  private static History split(DetaineeId detainee, ImmutableList<Event> withClaims) {
    if (withClaims.stream().allMatch(History::inEffect)) {
      return new History(detainee, withClaims);
    }
    ImmutableList<Event> verified =
        withClaims.stream().filter(History::inEffect).collect(ImmutableList.toImmutableList());
    return new History(detainee, verified, withClaims);
  }

  /** Returns the empty history of {@code detainee}. */
  public static History empty(DetaineeId detainee) {
    return new History(checkNotNull(detainee, "detainee"), ImmutableList.of());
  }

  /**
   * Returns the history of {@code detainee} made of {@code events}, ordered by date (events of
   * one date keep their order).
   *
   * @throws InvalidTransitionException if a verified event does not apply to the state the
   *     earlier ones left, or a claim neither applies nor repeats the last change; the message
   *     names the person's id, the event and that state
   */
  public static History of(DetaineeId detainee, Iterable<Event> events) {
    checkNotNull(detainee, "detainee");
    ImmutableList<Event> sorted =
        ImmutableList.sortedCopyOf((a, b) -> a.date().compareTo(b.date()), events);
    History h = split(detainee, sorted);
    validate(detainee, h.events);
    if (h.hasClaims()) {
      MergedReplay merged = new MergedReplay();
      for (Event e : sorted) {
        checkClaim(detainee, merged, e);
      }
    }
    return h;
  }

  /**
   * Offers {@code e} to {@code merged}; a claim that neither applies nor repeats is refused. A
   * corrected event is not offered: it is no longer part of the history in effect.
   */
  private static void checkClaim(DetaineeId detainee, MergedReplay merged, Event e) {
    if (e.isCorrected()) {
      return;
    }
    if (e.isClaim()) {
      Refusal refusal = claimRefusal(merged, e);
      if (refusal != null) {
        throw new InvalidTransitionException(detainee, refusal);
      }
    }
    merged.offer(e);
  }

  /** Returns why the claim {@code e} is refused now: it neither applies nor repeats; or null. */
  private static @Nullable Refusal claimRefusal(MergedReplay merged, Event e) {
    Refusal refusal = merged.machine().refused(e);
    return refusal != null && merged.peek(e) == Repeat.NONE ? refusal : null;
  }

  /**
   * Returns a builder of the history of {@code detainee}, which takes events in date order and
   * checks each as it is added.
   */
  public static Builder builder(DetaineeId detainee) {
    return new Builder(checkNotNull(detainee, "detainee"));
  }

  private static void validate(DetaineeId detainee, List<Event> events) {
    Refusal refusal = firstRefusal(events, -1);
    if (refusal != null) {
      throw new InvalidTransitionException(detainee, refusal);
    }
  }

  /**
   * Returns the refusal of the first of {@code events} that does not apply, or null when all do;
   * a refused event after index {@code offeredAt} is a later event the offered one breaks.
   */
  private static @Nullable Refusal firstRefusal(List<Event> events, int offeredAt) {
    return firstRefusal(events, offeredAt, new CustodyMachine());
  }

  /** Replays {@code events} on {@code machine}, which is left after the last event that applied. */
  private static @Nullable Refusal firstRefusal(
      List<Event> events, int offeredAt, CustodyMachine machine) {
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      Refusal refusal = machine.refused(e);
      if (refusal != null) {
        return offeredAt >= 0 && i > offeredAt ? refusal.asLaterEvent() : refusal;
      }
      machine.apply(e);
    }
    return null;
  }

  /** Returns the id of the person this history belongs to. */
  public DetaineeId detainee() {
    return detainee;
  }

  /**
   * Returns the verified events in effect (those no correction retracts), ordered by date and
   * then by the order they were added; each applies to the state the earlier ones left.
   */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * Returns every event, verified or claimed, in effect or corrected, ordered by date and then by
   * the order they were added: the same list as {@link #events()} when the history holds no
   * claim and no corrected event.
   */
  public ImmutableList<Event> eventsWithClaims() {
    return withClaims;
  }

  /** Returns the claims, in order. */
  public ImmutableList<Event> claims() {
    if (!claims) {
      return ImmutableList.of();
    }
    return withClaims.stream().filter(Event::isClaim).collect(ImmutableList.toImmutableList());
  }

  /** Returns whether the history holds a claim. */
  public boolean hasClaims() {
    return claims;
  }

  /** Returns whether the history holds an event that a correction retracts. */
  public boolean hasCorrections() {
    return withClaims.size() != events.size()
        && withClaims.stream().anyMatch(Event::isCorrected);
  }

  /** Returns the event with id {@code id}, if the history holds one. */
  public Optional<Event> event(String id) {
    checkNotNull(id, "id");
    for (Event e : withClaims) {
      if (e.id().isPresent() && e.id().get().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns why {@code correction} cannot retract or amend the event with id {@code eventId}, or
   * empty when it can: the history holds no such event, the event was corrected already, the
   * correction is recorded before the event was, the replacement is not an event of this history
   * recorded on the correction's date, or the history without the event would no longer be valid
   * ("retracting ARREST on 2025-03-01 of P1 would leave RELEASE on 2026-01-09 not applying: ...").
   * The reason names ids, types, dates and states, never personal data.
   */
  public Optional<String> correctionRefusal(String eventId, Correction correction) {
    checkNotNull(eventId, "eventId");
    checkNotNull(correction, "correction");
    Optional<Event> target = event(eventId);
    if (target.isEmpty()) {
      return Optional.of("unknown event id " + eventId + " of " + detainee);
    }
    Optional<String> refusal =
        Correction.refusal(target.get(), correction, correction.replacedBy().flatMap(this::event));
    if (refusal.isPresent()) {
      return refusal;
    }
    refusal = breaking(withClaims, target.get());
    if (refusal.isPresent()) {
      return refusal;
    }
    return inRecordingOrder(correcting(withClaims, target.get(), correction), target.get());
  }

  /** Returns {@code events} with {@code target} (one of them) corrected by {@code correction}. */
  @SuppressWarnings("ReferenceEquality") // that very event, not an equal one recorded twice
  private static ImmutableList<Event> correcting(List<Event> events, Event target, Correction correction) {
    ImmutableList.Builder<Event> out = ImmutableList.builderWithExpectedSize(events.size());
    for (Event e : events) {
      out.add(e == target ? e.correctedBy(correction) : e);
    }
    return out.build();
  }

  /**
   * Returns why the corrections of {@code all}, checked one after another by the rule of {@link
   * CorrectionCheck} (by recording date, then in the history's order, as the file reader and the
   * store check them), do not all stand, where {@code target} is the event newly corrected; or
   * empty when they do. A history that a reader could not read back is thus never built.
   */
  private Optional<String> inRecordingOrder(ImmutableList<Event> all, Event target) {
    List<CorrectionCheck.Refused> refused = CorrectionCheck.refused(detainee, all);
    if (refused.isEmpty()) {
      return Optional.empty();
    }
    CorrectionCheck.Refused first = refused.get(0);
    Event corrected = all.get(first.index());
    if (corrected.id().equals(target.id())) {
      return Optional.of(first.reason());
    }
    return Optional.of(
        "corrections are checked in recording order, and with this one the correction of "
            + corrected.id().orElseThrow() + " recorded on "
            + corrected.correction().orElseThrow().recordedOn() + " no longer stands: "
            + first.reason());
  }

  /**
   * Returns why the events of {@code all} in effect, without {@code target}, do not make a valid
   * history: the first that does not apply, named as {@link Correction#breaking} says.
   */
  @SuppressWarnings("ReferenceEquality") // that very event, not an equal one recorded twice
  private Optional<String> breaking(List<Event> all, Event target) {
    CustodyMachine machine = new CustodyMachine();
    for (Event e : all) {
      if (!inEffect(e) || e == target) {
        continue;
      }
      String broken = machine.refusal(e);
      if (broken != null) {
        return Optional.of(Correction.breaking(detainee, target, e, broken));
      }
      machine.apply(e);
    }
    return Optional.empty();
  }

  /**
   * Returns this history with the event of id {@code eventId} amended: retracted by {@code
   * correction}, and {@code replacement} added in its stead, in one step (the replacement usually
   * would not apply beside the event it replaces).
   *
   * @throws IllegalArgumentException if {@code replacement} has no id, not the one {@code
   *     correction} names, an id the history already holds, is corrected itself, or is not
   *     recorded on the correction's date
   * @throws InvalidCorrectionException if the history holds no such event, the event was
   *     corrected already or recorded after the correction, or the history that results is not
   *     valid
   */
  public History withAmendment(String eventId, Correction correction, Event replacement) {
    checkNotNull(eventId, "eventId");
    checkNotNull(correction, "correction");
    checkNotNull(replacement, "replacement");
    checkArgument(
        replacement.id().isPresent() && replacement.id().equals(correction.replacedBy()),
        "the replacement's id must be the one the correction names");
    checkArgument(!replacement.isCorrected(), "the replacement must not be corrected");
    checkArgument(
        event(replacement.id().get()).isEmpty(),
        "duplicate event id %s in the history of %s",
        replacement.id().get(),
        detainee);
    Optional<Event> target = event(eventId);
    if (target.isEmpty()) {
      throw new InvalidCorrectionException("unknown event id " + eventId + " of " + detainee);
    }
    Optional<String> refusal = Correction.refusal(target.get(), correction, Optional.of(replacement));
    if (refusal.isPresent()) {
      throw new InvalidCorrectionException(refusal.get());
    }
    ImmutableList<Event> all = insert(withClaims, replacement);
    refusal = breaking(all, target.get());
    if (refusal.isPresent()) {
      throw new InvalidCorrectionException(refusal.get());
    }
    ImmutableList<Event> amended = correcting(all, target.get(), correction);
    refusal = inRecordingOrder(amended, target.get());
    if (refusal.isPresent()) {
      throw new InvalidCorrectionException(refusal.get());
    }
    return split(detainee, amended);
  }

  /**
   * Returns this history with the event of id {@code eventId} retracted or amended by {@code
   * correction}: the event stays, seen by views as known before the correction's date.
   *
   * @throws InvalidCorrectionException if {@link #correctionRefusal} gives a reason
   */
  public History withCorrection(String eventId, Correction correction) {
    Optional<String> refusal = correctionRefusal(eventId, correction);
    if (refusal.isPresent()) {
      throw new InvalidCorrectionException(refusal.get());
    }
    return split(detainee, correcting(withClaims, event(eventId).orElseThrow(), correction));
  }

  /** Returns whether the history has no event, verified or claimed. */
  public boolean isEmpty() {
    return withClaims.isEmpty();
  }

  /**
   * Returns this history with {@code event} added after every event of the same or an earlier
   * date.
   *
   * @throws InvalidTransitionException if a verified event, or a verified event after it, then
   *     does not apply; or if a claim neither applies nor repeats the last change of the state
   *     the events before it left (claims already held are not checked again)
   */
  public History append(Event event) {
    checkNotNull(event, "event");
    ImmutableList<Event> all = insert(withClaims, event);
    if (event.isCorrected()) {
      return new History(detainee, events, all);
    }
    if (event.isClaim()) {
      Refusal refusal = claimRefusal(replayBefore(event), event);
      if (refusal != null) {
        throw new InvalidTransitionException(detainee, refusal);
      }
      return new History(detainee, events, all);
    }
    ImmutableList<Event> next = insert(events, event);
    CustodyMachine machine = new CustodyMachine();
    Refusal refusal = firstRefusal(next, position(events, event), machine);
    if (refusal != null) {
      throw new InvalidTransitionException(detainee, event, refusal);
    }
    History appended =
        all.size() != next.size() ? new History(detainee, next, all) : new History(detainee, next);
    appended.finalStatus = machine.status(); // the new history's status, from the replay just made
    return appended;
  }

  /**
   * Returns why {@link #append append(event)} would throw, or empty when the event would apply:
   * the rule's stable {@link RefusalCode}, the reason, and the refused event — {@code event}
   * itself, or a later recorded event that it would break ({@link Refusal#isLaterEvent()}).
   * Nothing is changed and nothing is thrown.
   */
  public Optional<Refusal> refusal(Event event) {
    checkNotNull(event, "event");
    if (event.isCorrected()) {
      return Optional.empty(); // a corrected event is kept, not replayed
    }
    if (event.isClaim()) {
      return Optional.ofNullable(claimRefusal(replayBefore(event), event));
    }
    return Optional.ofNullable(firstRefusal(insert(events, event), position(events, event)));
  }

  /** Returns the replay of the events and claims in effect that {@code event} would follow. */
  private MergedReplay replayBefore(Event event) {
    MergedReplay merged = new MergedReplay();
    for (Event e : withClaims.subList(0, position(withClaims, event))) {
      if (!e.isCorrected()) {
        merged.offer(e);
      }
    }
    return merged;
  }

  /** Returns the index after every event of {@code list} of the same or an earlier date. */
  private static int position(ImmutableList<Event> list, Event event) {
    int at = list.size();
    while (at > 0 && list.get(at - 1).date().isAfter(event.date())) {
      at--;
    }
    return at;
  }

  private static ImmutableList<Event> insert(ImmutableList<Event> list, Event event) {
    int at = position(list, event);
    return ImmutableList.<Event>builderWithExpectedSize(list.size() + 1)
        .addAll(list.subList(0, at))
        .add(event)
        .addAll(list.subList(at, list.size()))
        .build();
  }

  /** Returns the person's status after every event, or empty when the history is empty. */
  public Optional<LegalStatus> status() {
    LegalStatus known = finalStatus;
    if (known != null) {
      return Optional.of(known);
    }
    Optional<LegalStatus> status = statusAsOf(LocalDate.MAX);
    status.ifPresent(st -> finalStatus = st);
    return status;
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
    return o instanceof History h && h.detainee.equals(detainee) && h.withClaims.equals(withClaims);
  }

  /** Returns a hash code consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(detainee, withClaims);
  }

  /** Returns the person's id and the number of events; never personal data. */
  @Override
  public String toString() {
    long corrected = withClaims.stream().filter(Event::isCorrected).count();
    long claims = withClaims.size() - events.size() - corrected;
    return "History{" + detainee + ", " + events.size() + " events"
        + (claims > 0 ? ", " + claims + " claims" : "")
        + (corrected > 0 ? ", " + corrected + " corrected" : "")
        + "}";
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
    private final MergedReplay merged = new MergedReplay();
    private final ImmutableList.Builder<Event> withClaims = ImmutableList.builder();
    private boolean extra;
    private @Nullable LocalDate last;

    private Builder(DetaineeId detainee) {
      this.detainee = detainee;
    }

    /**
     * Returns why {@code event} would not apply after the events added so far (a stable code and
     * "the state met; what would be valid"), or empty when it applies.
     *
     * @throws IllegalArgumentException if {@code event} is dated before the last event added
     */
    public Optional<Refusal> refusal(Event event) {
      checkOrder(event);
      if (event.isCorrected()) {
        return Optional.empty();
      }
      if (event.isClaim()) {
        return Optional.ofNullable(claimRefusal(merged, event));
      }
      return Optional.ofNullable(machine.refused(event));
    }

    /**
     * Returns whether {@code event}, added now, would disagree on the date with the last change
     * it repeats, where a claim is involved: a date conflict, which the history keeps and
     * reports count (a verified event still applies to the verified events).
     *
     * @throws IllegalArgumentException if {@code event} is dated before the last event added
     */
    public boolean isDateConflict(Event event) {
      checkOrder(event);
      return !event.isCorrected() && merged.peek(event) == Repeat.DATE_CONFLICT;
    }

    /**
     * Adds {@code event} after the events added so far.
     *
     * @throws IllegalArgumentException if {@code event} is dated before the last event added
     * @throws InvalidTransitionException if it does not apply to the state the earlier events left
     *     (for a claim: if it neither applies nor repeats the last change, see {@link History}); a
     *     corrected event is not checked, being no longer part of the history in effect
     */
    @CanIgnoreReturnValue
    public Builder add(Event event) {
      Optional<Refusal> refusal = refusal(event);
      if (refusal.isPresent()) {
        throw new InvalidTransitionException(detainee, refusal.get());
      }
      if (event.isCorrected()) {
        extra = true;
        withClaims.add(event);
        last = event.date();
        return this;
      }
      if (event.isClaim()) {
        extra = true;
      } else {
        machine.apply(event);
        events.add(event);
      }
      merged.offer(event);
      withClaims.add(event);
      last = event.date();
      return this;
    }

    /** Returns the status after the events added so far, or empty when none was added. */
    public Optional<LegalStatus> status() {
      return machine.started() ? Optional.of(machine.status()) : Optional.empty();
    }

    /** Returns the history of the events added so far. */
    public History build() {
      ImmutableList<Event> verified = events.build();
      return extra ? new History(detainee, verified, withClaims.build()) : new History(detainee, verified);
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
