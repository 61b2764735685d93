package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.internal.CompactStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated fact in a person's custody and case timeline: an arrest, a transfer, a release
 * order, a release, a measure imposed or lifted, a court appearance, a conviction, the case
 * closed, exile or death. Every event carries when it happened, when the registry learned of
 * it, how precisely its date is known, who reported it and whether it is verified or a claim. Whether it applies to a person's
 * history is decided by the replay ({@link History}); this type only guarantees it is
 * well-formed. The note is personal data and is never printed. Immutable and thread-safe.
 */
@Value.Immutable
@CompactStyle
public abstract class Event {
  Event() {}

  /** Returns what happened. */
  public abstract EventType type();

  /** Returns when it happened (the best estimate inside the month or year, if approximate). */
  public abstract LocalDate date();

  /** Returns when the registry learned of it; never before {@link #date()}. */
  @Value.Default
  public LocalDate recordedOn() {
    return date();
  }

  /** Returns how precisely the date is known. */
  @Value.Default
  public DatePrecision precision() {
    return DatePrecision.DAY;
  }

  /** Returns who reported it, if recorded. */
  public abstract Optional<Source> source();

  /**
   * Returns how well it is established: {@link Evidence#VERIFIED} unless recorded as a claim.
   * Views count claims only when they {@linkplain RegistryView#includingClaims() include them}.
   */
  @Value.Default
  public Evidence evidence() {
    return Evidence.VERIFIED;
  }

  /** Returns whether it is a claim, not yet verified. */
  public boolean isClaim() {
    return evidence() == Evidence.CLAIMED;
  }

  /** Returns the facility: where the person was taken, for an arrest or transfer. */
  public abstract Optional<FacilityId> facility();

  /**
   * Returns the measures: those set by a release order or at release, or those imposed or
   * lifted. Empty for every other type; for a release, empty means those of the pending order.
   */
  public abstract ImmutableList<Measure> measures();

  /**
   * Returns the detaining agency of an arrest (the optional {@code agency} column: SEBIN, DGCIM,
   * PNB...), 1 to 64 characters of {@code A–Z a–z 0–9 . _ -}; empty on every other type.
   */
  public abstract Optional<String> agency();

  /** Returns how the case ended, for a {@code CASE_CLOSED}; empty on every other type. */
  public abstract Optional<CaseOutcome> outcome();

  /**
   * Returns the event's id, 1 to 64 characters of {@code A–Z a–z 0–9 . _ -}, unique in the
   * registry: the optional {@code id} column, which a correction names. Empty when not given.
   */
  public abstract Optional<String> id();

  /**
   * Returns the correction that retracts or amends this event, if one was recorded: from its
   * recording date on, no view sees the event.
   */
  public abstract Optional<Correction> correction();

  /** Returns whether a correction retracts this event (as known on any date). */
  public boolean isCorrected() {
    return correction().isPresent();
  }

  /** Returns whether the correction of this event is known on {@code knownOn}. */
  public boolean isCorrectedAsKnownOn(LocalDate knownOn) {
    return correction().isPresent() && !correction().get().recordedOn().isAfter(knownOn);
  }

  /**
   * Returns this event retracted or amended by {@code correction}.
   *
   * @throws IllegalArgumentException if the event has no id, is corrected already, or the
   *     correction is recorded before the event was
   */
  public Event correctedBy(Correction correction) {
    checkNotNull(correction, "correction");
    checkArgument(correction().isEmpty(), "the event was already corrected");
    return builder().from(this).correction(correction).build();
  }

  /** Returns this event without its correction. */
  public Event uncorrected() {
    return correction().isEmpty() ? this : builder().from(this).correction(Optional.empty()).build();
  }

  /** Returns the free-text note: personal data, redacted from {@code toString}. */
  @Value.Redacted
  public abstract Optional<String> note();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an event of the given type on the given date, with nothing else recorded.
   *
   * @throws IllegalArgumentException if {@code type} needs a facility or measures (use {@link
   *     #builder()} for those)
   */
  public static Event of(EventType type, LocalDate date) {
    return builder().type(type).date(date).build();
  }

  /**
   * Returns an event of a type that names a facility ({@code ARREST} at it, {@code TRANSFER} to
   * it) on the given date.
   *
   * @throws IllegalArgumentException if {@code type} names no facility
   */
  public static Event of(EventType type, LocalDate date, FacilityId facility) {
    return builder().type(type).date(date).facility(facility).build();
  }

  /**
   * Returns an event of a type that carries measures, with the given measures.
   *
   * @throws IllegalArgumentException if {@code type} takes no measures, needs at least one and
   *     none is given, or a measure lacks its parameter on any type but {@code MEASURE_LIFTED}
   */
  public static Event of(EventType type, LocalDate date, Measure... measures) {
    return builder().type(type).date(date).addMeasures(measures).build();
  }

  /** Returns whether the date is an estimate (precision month or year). */
  public boolean isApproximate() {
    return precision().isApproximate();
  }

  /**
   * Returns whether this event is visible as of {@code asOf}, as known on {@code knownOn}: dated
   * on or before {@code asOf}, recorded on or before {@code knownOn}, and not corrected by then.
   */
  public boolean isSeen(LocalDate asOf, LocalDate knownOn) {
    return !date().isAfter(asOf) && !recordedOn().isAfter(knownOn) && !isCorrectedAsKnownOn(knownOn);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !recordedOn().isBefore(date()),
        "recorded_on %s is before the event's date %s",
        recordedOn(),
        date());
    id().ifPresent(i -> checkArgument(Ids.isValid(i), "%s", Ids.explain("event id", i)));
    if (correction().isPresent()) {
      checkArgument(id().isPresent(), "a corrected event needs an id, which its correction names");
      checkArgument(
          !correction().get().recordedOn().isBefore(recordedOn()),
          "the correction is recorded on %s, before the event was recorded (%s)",
          correction().get().recordedOn(),
          recordedOn());
    }
    checkArgument(
        facility().isPresent() || !type().requiresFacility(), "%s needs a facility", type());
    if (!type().carriesMeasures()) {
      checkArgument(measures().isEmpty(), "%s takes no measures", type());
    }
    if (type().requiresMeasures()) {
      checkArgument(!measures().isEmpty(), "%s needs at least one measure", type());
    }
    checkArgument(
        agency().isEmpty() || type() == EventType.ARREST, "%s takes no agency", type());
    agency().ifPresent(a -> checkArgument(Ids.isValid(a), "%s", Ids.explain("agency", a)));
    checkArgument(
        outcome().isEmpty() || type() == EventType.CASE_CLOSED, "%s takes no outcome", type());
    if (type() != EventType.MEASURE_LIFTED) {
      for (Measure m : measures()) {
        checkArgument(
            m.isComplete(),
            "%s needs a parameter on %s, such as %s",
            m.type(),
            type(),
            m.type() == MeasureType.COURT_APPEARANCE ? "COURT_APPEARANCE(P15D)" : "OTHER(text)");
      }
    }
  }

  /**
   * Builds {@link Event}s. {@code build()} throws {@link IllegalStateException} if the type or
   * date is not set, and {@link IllegalArgumentException} if the event is not well formed: a
   * recording date before the date, no facility on an arrest or transfer, measures on a type
   * that takes none, none on a type that needs them, or a measure without its parameter on any
   * type but {@code MEASURE_LIFTED}, an agency on any type but {@code ARREST} or one that is not
   * 1 to 64 characters of {@code A–Z a–z 0–9 . _ -}, an outcome on any type but {@code
   * CASE_CLOSED}, an id that is not 1 to 64 such characters, or a correction on an event without
   * an id or recorded before the event was.
   */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
