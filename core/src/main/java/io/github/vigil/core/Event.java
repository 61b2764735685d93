package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One dated fact in a person's custody and case timeline: an arrest, a transfer, a release
 * order, a release, a measure imposed or lifted, a court appearance, a conviction, the case
 * closed, exile or death. Every event carries when it happened, when the registry learned of
 * it, how precisely its date is known, who reported it and whether it is verified or a claim.
 * Whether it applies to a person's history is decided by the replay ({@link History}); this type
 * only guarantees it is well-formed. The note is personal data and is never printed. Immutable
 * and thread-safe.
 *
 * <p>A registry holds millions of events, so an event is written to be small (40 bytes with
 * compressed references, against 64 for one field per attribute): its four codes share one
 * {@code int}, and the attributes most events lack (agency, correction, note) share one
 * reference with the id. Equality, hashing and {@code toString} take every attribute, as a value
 * with one field per attribute would.
 */
public final class Event {
  private static final EventType[] TYPES = EventType.values();
  private static final DatePrecision[] PRECISIONS = DatePrecision.values();
  private static final Evidence[] EVIDENCE = Evidence.values();
  private static final CaseOutcome[] OUTCOMES = CaseOutcome.values();

  /**
   * The codes, a byte each: the type's ordinal, the precision's, the evidence's, and the
   * outcome's plus one (zero when there is none).
   */
  private final int codes;

  private final LocalDate date;
  private final LocalDate recordedOn;
  private final @Nullable Source source;
  private final @Nullable FacilityId facility;
  private final ImmutableList<Measure> measures;

  /** Null when the event has no id, agency, correction or note; the id alone; or a {@link Rare}. */
  private final @Nullable Object extra;

  /** The attributes most events lack, kept together so that an event without them pays one reference. */
  private static final class Rare {
    final @Nullable String id;
    final @Nullable String agency;
    final @Nullable Correction correction;
    final @Nullable String note;

    Rare(
        @Nullable String id,
        @Nullable String agency,
        @Nullable Correction correction,
        @Nullable String note) {
      this.id = id;
      this.agency = agency;
      this.correction = correction;
      this.note = note;
    }
  }

  // The ordinals are read back only by this class in the same run (TYPES and the others), never
  // written anywhere: a reordered enum changes nothing outside a running JVM.
  @SuppressWarnings("EnumOrdinal")
  private Event(Builder b, EventType type, LocalDate date) {
    DatePrecision precision = b.precision == null ? DatePrecision.DAY : b.precision;
    Evidence evidence = b.evidence == null ? Evidence.VERIFIED : b.evidence;
    this.codes =
        type.ordinal()
            | precision.ordinal() << 8
            | evidence.ordinal() << 16
            | (b.outcome == null ? 0 : b.outcome.ordinal() + 1) << 24;
    this.date = date;
    this.recordedOn = b.recordedOn == null ? date : b.recordedOn;
    this.source = b.source;
    this.facility = b.facility;
    this.measures = b.measures == null ? ImmutableList.of() : b.measures.build();
    this.extra =
        b.agency == null && b.correction == null && b.note == null
            ? b.id
            : new Rare(b.id, b.agency, b.correction, b.note);
  }

  /** Returns what happened. */
  public EventType type() {
    return TYPES[codes & 0xff];
  }

  /** Returns when it happened (the best estimate inside the month or year, if approximate). */
  public LocalDate date() {
    return date;
  }

  /** Returns when the registry learned of it; never before {@link #date()}. */
  public LocalDate recordedOn() {
    return recordedOn;
  }

  /** Returns how precisely the date is known. */
  public DatePrecision precision() {
    return PRECISIONS[codes >>> 8 & 0xff];
  }

  /** Returns who reported it, if recorded. */
  public Optional<Source> source() {
    return Optional.ofNullable(source);
  }

  /** Returns who reported it, or null: {@link #source()} without an {@code Optional}. */
  @Nullable Source sourceOrNull() {
    return source;
  }

  /**
   * Returns how well it is established: {@link Evidence#VERIFIED} unless recorded as a claim.
   * Views count claims only when they {@linkplain RegistryView#includingClaims() include them}.
   */
  public Evidence evidence() {
    return EVIDENCE[codes >>> 16 & 0xff];
  }

  /** Returns whether it is a claim, not yet verified. */
  public boolean isClaim() {
    return evidence() == Evidence.CLAIMED;
  }

  /** Returns the facility: where the person was taken, for an arrest or transfer. */
  public Optional<FacilityId> facility() {
    return Optional.ofNullable(facility);
  }

  /** Returns the facility, or null: {@link #facility()} without an {@code Optional}. */
  @Nullable FacilityId facilityOrNull() {
    return facility;
  }

  /**
   * Returns the measures: those set by a release order or at release, or those imposed or
   * lifted. Empty for every other type; for a release, empty means those of the pending order.
   */
  public ImmutableList<Measure> measures() {
    return measures;
  }

  /**
   * Returns the detaining agency of an arrest (the optional {@code agency} column: SEBIN, DGCIM,
   * PNB...), 1 to 64 characters of {@code A–Z a–z 0–9 . _ -}; empty on every other type.
   */
  public Optional<String> agency() {
    return Optional.ofNullable(agencyOrNull());
  }

  private @Nullable String agencyOrNull() {
    return extra instanceof Rare r ? r.agency : null;
  }

  /** Returns how the case ended, for a {@code CASE_CLOSED}; empty on every other type. */
  public Optional<CaseOutcome> outcome() {
    return Optional.ofNullable(outcomeOrNull());
  }

  /**
   * Returns the event's id, 1 to 64 characters of {@code A–Z a–z 0–9 . _ -}, unique in the
   * registry: the optional {@code id} column, which a correction names. Empty when not given.
   */
  public Optional<String> id() {
    return Optional.ofNullable(idOrNull());
  }

  private @Nullable String idOrNull() {
    return extra instanceof Rare r ? r.id : (String) extra;
  }

  /**
   * Returns the correction that retracts or amends this event, if one was recorded: from its
   * recording date on, no view sees the event.
   */
  public Optional<Correction> correction() {
    return Optional.ofNullable(correctionOrNull());
  }

  private @Nullable Correction correctionOrNull() {
    return extra instanceof Rare r ? r.correction : null;
  }

  /** Returns whether a correction retracts this event (as known on any date). */
  public boolean isCorrected() {
    return correctionOrNull() != null;
  }

  /** Returns whether the correction of this event is known on {@code knownOn}. */
  public boolean isCorrectedAsKnownOn(LocalDate knownOn) {
    Correction c = correctionOrNull();
    return c != null && !c.recordedOn().isAfter(knownOn);
  }

  /**
   * Returns this event retracted or amended by {@code correction}.
   *
   * @throws IllegalArgumentException if the event has no id, is corrected already, or the
   *     correction is recorded before the event was
   */
  public Event correctedBy(Correction correction) {
    checkNotNull(correction, "correction");
    checkArgument(!isCorrected(), "the event was already corrected");
    return builder().from(this).correction(correction).build();
  }

  /** Returns this event without its correction. */
  public Event uncorrected() {
    return isCorrected() ? builder().from(this).correction(Optional.empty()).build() : this;
  }

  /** Returns the free-text note: personal data, redacted from {@code toString}. */
  public Optional<String> note() {
    return Optional.ofNullable(noteOrNull());
  }

  private @Nullable String noteOrNull() {
    return extra instanceof Rare r ? r.note : null;
  }

  private @Nullable CaseOutcome outcomeOrNull() {
    int code = codes >>> 24;
    return code == 0 ? null : OUTCOMES[code - 1];
  }

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
    return !date.isAfter(asOf) && !recordedOn.isAfter(knownOn) && !isCorrectedAsKnownOn(knownOn);
  }

  private void check() {
    EventType type = type();
    checkArgument(
        !recordedOn.isBefore(date), "recorded_on %s is before the event's date %s", recordedOn, date);
    String id = idOrNull();
    if (id != null) {
      checkArgument(Ids.isValid(id), "%s", Ids.explain("event id", id));
    }
    Correction correction = correctionOrNull();
    if (correction != null) {
      checkArgument(id != null, "a corrected event needs an id, which its correction names");
      checkArgument(
          !correction.recordedOn().isBefore(recordedOn),
          "the correction is recorded on %s, before the event was recorded (%s)",
          correction.recordedOn(),
          recordedOn);
    }
    checkArgument(facility != null || !type.requiresFacility(), "%s needs a facility", type);
    if (!type.carriesMeasures()) {
      checkArgument(measures.isEmpty(), "%s takes no measures", type);
    }
    if (type.requiresMeasures()) {
      checkArgument(!measures.isEmpty(), "%s needs at least one measure", type);
    }
    String agency = agencyOrNull();
    checkArgument(agency == null || type == EventType.ARREST, "%s takes no agency", type);
    if (agency != null) {
      checkArgument(Ids.isValid(agency), "%s", Ids.explain("agency", agency));
    }
    checkArgument(
        codes >>> 24 == 0 || type == EventType.CASE_CLOSED, "%s takes no outcome", type);
    if (type != EventType.MEASURE_LIFTED) {
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        checkArgument(
            m.isComplete(),
            "%s needs a parameter on %s, such as %s",
            m.type(),
            type,
            m.type() == MeasureType.COURT_APPEARANCE ? "COURT_APPEARANCE(P15D)" : "OTHER(text)");
      }
    }
  }

  /** Returns whether {@code other} is an event with the same attributes, the note among them. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Event e)) {
      return false;
    }
    return codes == e.codes
        && date.equals(e.date)
        && recordedOn.equals(e.recordedOn)
        && Objects.equals(source, e.source)
        && Objects.equals(facility, e.facility)
        && measures.equals(e.measures)
        && Objects.equals(idOrNull(), e.idOrNull())
        && Objects.equals(agencyOrNull(), e.agencyOrNull())
        && Objects.equals(correctionOrNull(), e.correctionOrNull())
        && Objects.equals(noteOrNull(), e.noteOrNull());
  }

  /** Returns a hash of all the attributes. */
  @Override
  public int hashCode() {
    return Objects.hash(
        codes, date, recordedOn, source, facility, measures, idOrNull(), agencyOrNull(),
        correctionOrNull(), noteOrNull());
  }

  /**
   * Returns the attributes for a developer to read, the note shown as {@code <redacted>} whether
   * there is one or not.
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Event")
        .omitNullValues()
        .add("type", type())
        .add("date", date)
        .add("recordedOn", recordedOn)
        .add("precision", precision())
        .add("source", source)
        .add("evidence", evidence())
        .add("facility", facility)
        .add("measures", measures)
        .add("agency", agencyOrNull())
        .add("outcome", outcomeOrNull())
        .add("id", idOrNull())
        .add("correction", correctionOrNull())
        .add("note", "<redacted>")
        .toString();
  }

  /**
   * Builds {@link Event}s. {@code build()} throws {@link IllegalStateException} if the type or
   * date is not set, and {@link IllegalArgumentException} if the event is not well formed: a
   * recording date before the date, no facility on an arrest or transfer, measures on a type
   * that takes none, none on a type that needs them, or a measure without its parameter on any
   * type but {@code MEASURE_LIFTED}, an agency on any type but {@code ARREST} or one that is not
   * 1 to 64 characters of {@code A–Z a–z 0–9 . _ -}, an outcome on any type but {@code
   * CASE_CLOSED}, an id that is not 1 to 64 such characters, or a correction on an event without
   * an id or recorded before the event was. A builder may be used again: later changes leave the
   * events it built alone. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable EventType type;
    private @Nullable LocalDate date;
    private @Nullable LocalDate recordedOn;
    private @Nullable DatePrecision precision;
    private @Nullable Source source;
    private @Nullable Evidence evidence;
    private @Nullable FacilityId facility;
    private ImmutableList.@Nullable Builder<Measure> measures;
    private @Nullable String agency;
    private @Nullable CaseOutcome outcome;
    private @Nullable String id;
    private @Nullable Correction correction;
    private @Nullable String note;

    Builder() {}

    /**
     * Sets every attribute {@code event} has: its type, dates, precision and evidence replace
     * this builder's; its optional attributes replace them only where present; its measures are
     * added to those already here.
     */
    @CanIgnoreReturnValue
    public Builder from(Event event) {
      checkNotNull(event, "instance");
      type(event.type());
      date(event.date);
      recordedOn(event.recordedOn);
      precision(event.precision());
      if (event.source != null) {
        source(event.source);
      }
      evidence(event.evidence());
      if (event.facility != null) {
        facility(event.facility);
      }
      addAllMeasures(event.measures);
      String eventAgency = event.agencyOrNull();
      if (eventAgency != null) {
        agency(eventAgency);
      }
      CaseOutcome eventOutcome = event.outcomeOrNull();
      if (eventOutcome != null) {
        outcome(eventOutcome);
      }
      String eventId = event.idOrNull();
      if (eventId != null) {
        id(eventId);
      }
      Correction eventCorrection = event.correctionOrNull();
      if (eventCorrection != null) {
        correction(eventCorrection);
      }
      String eventNote = event.noteOrNull();
      if (eventNote != null) {
        note(eventNote);
      }
      return this;
    }

    /** Sets what happened (required). */
    @CanIgnoreReturnValue
    public Builder type(EventType type) {
      this.type = checkNotNull(type, "type");
      return this;
    }

    /** Sets when it happened (required). */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      this.date = checkNotNull(date, "date");
      return this;
    }

    /** Sets when the registry learned of it; the date itself if not set. */
    @CanIgnoreReturnValue
    public Builder recordedOn(LocalDate recordedOn) {
      this.recordedOn = checkNotNull(recordedOn, "recordedOn");
      return this;
    }

    /** Sets how precisely the date is known; {@link DatePrecision#DAY} if not set. */
    @CanIgnoreReturnValue
    public Builder precision(DatePrecision precision) {
      this.precision = checkNotNull(precision, "precision");
      return this;
    }

    /** Sets who reported it. */
    @CanIgnoreReturnValue
    public Builder source(Source source) {
      this.source = checkNotNull(source, "source");
      return this;
    }

    /** Sets who reported it, or that it is not recorded. */
    @CanIgnoreReturnValue
    public Builder source(Optional<? extends Source> source) {
      this.source = source.orElse(null);
      return this;
    }

    /** Sets how well it is established; {@link Evidence#VERIFIED} if not set. */
    @CanIgnoreReturnValue
    public Builder evidence(Evidence evidence) {
      this.evidence = checkNotNull(evidence, "evidence");
      return this;
    }

    /** Sets the facility the person was taken to. */
    @CanIgnoreReturnValue
    public Builder facility(FacilityId facility) {
      this.facility = checkNotNull(facility, "facility");
      return this;
    }

    /** Sets the facility the person was taken to, or that there is none. */
    @CanIgnoreReturnValue
    public Builder facility(Optional<? extends FacilityId> facility) {
      this.facility = facility.orElse(null);
      return this;
    }

    /** Adds a measure. */
    @CanIgnoreReturnValue
    public Builder addMeasures(Measure measure) {
      measureList().add(measure);
      return this;
    }

    /** Adds measures, in order. */
    @CanIgnoreReturnValue
    public Builder addMeasures(Measure... measures) {
      measureList().add(measures);
      return this;
    }

    /** Replaces the measures added so far with {@code measures}. */
    @CanIgnoreReturnValue
    public Builder measures(Iterable<? extends Measure> measures) {
      this.measures = null;
      return addAllMeasures(measures);
    }

    /** Adds measures, in order. */
    @CanIgnoreReturnValue
    public Builder addAllMeasures(Iterable<? extends Measure> measures) {
      measureList().addAll(measures);
      return this;
    }

    private ImmutableList.Builder<Measure> measureList() {
      ImmutableList.Builder<Measure> list = measures;
      if (list == null) {
        list = ImmutableList.builder();
        measures = list;
      }
      return list;
    }

    /** Sets the detaining agency of an arrest. */
    @CanIgnoreReturnValue
    public Builder agency(String agency) {
      this.agency = checkNotNull(agency, "agency");
      return this;
    }

    /** Sets the detaining agency of an arrest, or that there is none. */
    @CanIgnoreReturnValue
    public Builder agency(Optional<String> agency) {
      this.agency = agency.orElse(null);
      return this;
    }

    /** Sets how the case ended. */
    @CanIgnoreReturnValue
    public Builder outcome(CaseOutcome outcome) {
      this.outcome = checkNotNull(outcome, "outcome");
      return this;
    }

    /** Sets how the case ended, or that it is not recorded. */
    @CanIgnoreReturnValue
    public Builder outcome(Optional<? extends CaseOutcome> outcome) {
      this.outcome = outcome.orElse(null);
      return this;
    }

    /** Sets the event's id. */
    @CanIgnoreReturnValue
    public Builder id(String id) {
      this.id = checkNotNull(id, "id");
      return this;
    }

    /** Sets the event's id, or that it has none. */
    @CanIgnoreReturnValue
    public Builder id(Optional<String> id) {
      this.id = id.orElse(null);
      return this;
    }

    /** Sets the correction that retracts or amends the event. */
    @CanIgnoreReturnValue
    public Builder correction(Correction correction) {
      this.correction = checkNotNull(correction, "correction");
      return this;
    }

    /** Sets the correction that retracts or amends the event, or that there is none. */
    @CanIgnoreReturnValue
    public Builder correction(Optional<? extends Correction> correction) {
      this.correction = correction.orElse(null);
      return this;
    }

    /** Sets the free-text note (personal data). */
    @CanIgnoreReturnValue
    public Builder note(String note) {
      this.note = checkNotNull(note, "note");
      return this;
    }

    /** Sets the free-text note (personal data), or that there is none. */
    @CanIgnoreReturnValue
    public Builder note(Optional<String> note) {
      this.note = note.orElse(null);
      return this;
    }

    /**
     * Returns the event.
     *
     * @throws IllegalStateException if the type or date is not set
     * @throws IllegalArgumentException if the event is not well formed (see {@link Builder})
     */
    public Event build() {
      EventType t = type;
      LocalDate d = date;
      if (t == null || d == null) {
        List<String> missing = new ArrayList<>(2);
        if (t == null) {
          missing.add("type");
        }
        if (d == null) {
          missing.add("date");
        }
        throw new IllegalStateException(
            "Cannot build Event, some of required attributes are not set " + missing);
      }
      Event event = new Event(this, t, d);
      event.check();
      return event;
    }
  }
}
