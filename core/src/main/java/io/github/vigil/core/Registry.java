package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A registry of detained people: the jurisdiction's country, the facilities, the people and
 * each person's valid {@link History}. Immutable and thread-safe. It is a persistent structure:
 * {@link #withEvent} returns a new registry that shares everything but the one person's
 * history, in time proportional to that history and logarithmic in the registry's size.
 *
 * <p>Read it through a {@link RegistryView}: {@link #asOf(LocalDate)}, then optionally {@link
 * RegistryView#knownOn(LocalDate)} and {@link RegistryView#fromSources(java.util.Set)}.
 */
public final class Registry {
  private static final Registry EMPTY =
      new Registry(
          null,
          null,
          SortedTree.empty(Registry::facilityPrefix),
          SortedTree.empty(Registry::idPrefix),
          null,
          0,
          0,
          0);

  private final @Nullable String country;
  private final @Nullable String name;
  private final SortedTree<FacilityId, Facility> facilities;
  private final SortedTree<DetaineeId, Entry> people;
  private final @Nullable LocalDate latestEventDate;
  private final long eventCount;
  private final long rejectedRows;
  private final long rejectedPeople;

  private Registry(
      @Nullable String country,
      @Nullable String name,
      SortedTree<FacilityId, Facility> facilities,
      SortedTree<DetaineeId, Entry> people,
      @Nullable LocalDate latestEventDate,
      long eventCount,
      long rejectedRows,
      long rejectedPeople) {
    this.country = country;
    this.name = name;
    this.facilities = facilities;
    this.people = people;
    this.latestEventDate = latestEventDate;
    this.eventCount = eventCount;
    this.rejectedRows = rejectedRows;
    this.rejectedPeople = rejectedPeople;
  }

  /** Returns the empty registry, with no country. */
  public static Registry empty() {
    return EMPTY;
  }

  /**
   * Returns a builder that assembles a registry in one pass from facilities and people with
   * their histories.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the prefix the index of people compares first ({@link Ids#sortPrefix}). */
  private static long idPrefix(DetaineeId id) {
    return Ids.sortPrefix(id.value());
  }

  /** Returns the prefix the index of facilities compares first ({@link Ids#sortPrefix}). */
  private static long facilityPrefix(FacilityId id) {
    return Ids.sortPrefix(id.value());
  }

  /** Returns the jurisdiction's country as an ISO 3166-1 alpha-2 code, if set. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** Returns the registry's name, if set. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns this registry with the given country.
   *
   * @throws IllegalArgumentException if {@code country} is not an ISO 3166-1 alpha-2 code
   */
  public Registry withCountry(String country) {
    Countries.check("registry country", country);
    return new Registry(
        country, name, facilities, people, latestEventDate, eventCount, rejectedRows, rejectedPeople);
  }

  /** Returns this registry with the given name. */
  public Registry withName(String name) {
    return new Registry(
        country, checkNotNull(name, "name"), facilities, people, latestEventDate, eventCount,
        rejectedRows, rejectedPeople);
  }

  /** Returns the facilities in id order. */
  public Collection<Facility> facilities() {
    return Collections.unmodifiableCollection(facilities.values());
  }

  /** Returns the facility with the given id, if held. */
  public Optional<Facility> facility(FacilityId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(facilities.get(id));
  }

  /** Returns the people in id order. */
  public List<Detainee> detainees() {
    List<Detainee> out = new ArrayList<>(people.size());
    for (Entry e : people.values()) {
      out.add(e.detainee());
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the histories of the people, in the id order of their people. */
  public List<History> histories() {
    List<History> out = new ArrayList<>(people.size());
    for (Entry e : people.values()) {
      out.add(e.history());
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the person with the given id, if held. */
  public Optional<Detainee> detainee(DetaineeId id) {
    return entry(id).map(Entry::detainee);
  }

  /** Returns the history of the person with the given id, if held. */
  public Optional<History> history(DetaineeId id) {
    return entry(id).map(Entry::history);
  }

  Optional<Entry> entry(DetaineeId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(people.get(id));
  }

  Collection<Entry> entries() {
    return people.values();
  }

  /** Returns the number of people. */
  public int size() {
    return people.size();
  }

  /** Returns the number of events across every history. */
  public long eventCount() {
    return eventCount;
  }

  /** Returns the date of the latest event, or empty when there is none. */
  public Optional<LocalDate> latestEventDate() {
    return Optional.ofNullable(latestEventDate);
  }

  /**
   * Returns how many rows were rejected while this registry was read from files (docs/format.md,
   * "Rejections"); 0 for a registry built in code. Kept by every copy ({@code with…}), so a
   * report of the registry, or of anything built on it, says how much it left out.
   */
  public long rejectedRows() {
    return rejectedRows;
  }

  /**
   * Returns how many people were left out while this registry was read because their row was
   * rejected; 0 for a registry built in code. Kept by every copy.
   */
  public long rejectedPeople() {
    return rejectedPeople;
  }

  /**
   * Returns this registry as read with {@code rows} rows rejected, leaving out {@code people}
   * people: what a reader records of the rows it could not load.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public Registry withRejections(long rows, long people) {
    checkArgument(rows >= 0, "rejected rows must not be negative: %s", rows);
    checkArgument(people >= 0, "rejected people must not be negative: %s", people);
    return new Registry(
        country, name, facilities, this.people, latestEventDate, eventCount, rows, people);
  }

  /** Returns this registry with {@code facility} added, or replacing the one with its id. */
  public Registry withFacility(Facility facility) {
    checkNotNull(facility, "facility");
    return new Registry(
        country, name, facilities.plus(facility.id(), facility), people, latestEventDate, eventCount, rejectedRows, rejectedPeople);
  }

  /**
   * Returns this registry with {@code detainee} added, or replacing the data of the person with
   * that id (their history is kept).
   */
  public Registry withDetainee(Detainee detainee) {
    checkNotNull(detainee, "detainee");
    Entry old = people.get(detainee.id());
    History history = old == null ? History.empty(detainee.id()) : old.history();
    return new Registry(
        country,
        name,
        facilities,
        people.plus(detainee.id(), new Entry(detainee, history)),
        latestEventDate,
        eventCount,
        rejectedRows,
        rejectedPeople);
  }

  /**
   * Returns this registry with {@code event} added to the history of {@code detainee}.
   *
   * @throws UnknownIdException if the registry holds no such person, or the event names a
   *     facility it does not hold
   * @throws InvalidTransitionException if the event does not apply to the person's history
   */
  public Registry withEvent(DetaineeId detainee, Event event) {
    checkNotNull(detainee, "detainee");
    checkNotNull(event, "event");
    Entry old = held(detainee);
    checkFacility(facilities::containsKey, detainee, event);
    return with(old, old.history().append(event), event);
  }

  /**
   * Returns why {@link #withEvent withEvent(detainee, event)} would throw, or empty when the event
   * would apply: {@link RefusalCode#UNKNOWN_DETAINEE} or {@link RefusalCode#UNKNOWN_FACILITY} when
   * the registry does not hold an id, otherwise the person's {@link History#refusal}. Nothing is
   * changed and nothing is thrown.
   */
  public Optional<Refusal> refusal(DetaineeId detainee, Event event) {
    checkNotNull(detainee, "detainee");
    checkNotNull(event, "event");
    Entry entry = people.get(detainee);
    if (entry == null) {
      return Optional.of(
          new Refusal(
              RefusalCode.UNKNOWN_DETAINEE, "the registry holds no such person", event.type(),
              event.date(), false));
    }
    FacilityId facility = event.facilityOrNull();
    if (facility != null && !facilities.containsKey(facility)) {
      return Optional.of(
          new Refusal(
              RefusalCode.UNKNOWN_FACILITY, "the registry holds no facility " + facility,
              event.type(), event.date(), false));
    }
    return entry.history().refusal(event);
  }

  /**
   * Returns this registry with the event of id {@code eventId}, in the history of {@code
   * detainee}, retracted or amended by {@code correction} (see {@link
   * History#withCorrection}).
   *
   * @throws UnknownIdException if the registry holds no such person
   * @throws InvalidCorrectionException if the correction cannot apply (the reasons of {@link
   *     History#correctionRefusal})
   */
  public Registry withCorrection(DetaineeId detainee, String eventId, Correction correction) {
    checkNotNull(detainee, "detainee");
    checkNotNull(eventId, "eventId");
    checkNotNull(correction, "correction");
    Entry old = held(detainee);
    return with(old, old.history().withCorrection(eventId, correction), null);
  }

  /**
   * Returns this registry with the event of id {@code eventId}, in the history of {@code
   * detainee}, amended: retracted by {@code correction} and replaced by {@code replacement}
   * (see {@link History#withAmendment}).
   *
   * @throws UnknownIdException if the registry holds no such person, or the replacement names a
   *     facility it does not hold
   * @throws IllegalArgumentException if the replacement does not match the correction
   * @throws InvalidCorrectionException if the amendment cannot apply
   */
  public Registry withAmendment(
      DetaineeId detainee, String eventId, Correction correction, Event replacement) {
    checkNotNull(detainee, "detainee");
    checkNotNull(eventId, "eventId");
    checkNotNull(correction, "correction");
    checkNotNull(replacement, "replacement");
    Entry old = held(detainee);
    checkFacility(facilities::containsKey, detainee, replacement);
    return with(old, old.history().withAmendment(eventId, correction, replacement), replacement);
  }

  /** Returns the entry of {@code detainee}; throws when the registry holds no such person. */
  private Entry held(DetaineeId detainee) {
    Entry e = people.get(detainee);
    if (e == null) {
      throw new UnknownIdException(detainee);
    }
    return e;
  }

  /** Throws when {@code event} of {@code detainee} names a facility that is not {@code held}. */
  private static void checkFacility(
      Predicate<FacilityId> held, DetaineeId detainee, Event event) {
    FacilityId facility = event.facilityOrNull();
    if (facility != null && !held.test(facility)) {
      throw new UnknownIdException(
          facility,
          event.type() + " on " + event.date() + " for " + detainee + " names unknown facility "
              + facility);
    }
  }

  /**
   * Returns this registry with {@code old}'s person given {@code history}, one event more when
   * {@code added} is not null (a correction alone adds none).
   */
  private Registry with(Entry old, History history, @Nullable Event added) {
    LocalDate latest = latestEventDate;
    if (added != null && (latest == null || added.date().isAfter(latest))) {
      latest = added.date();
    }
    return new Registry(
        country,
        name,
        facilities,
        people.plus(old.detainee().id(), new Entry(old.detainee(), history)),
        latest,
        added == null ? eventCount : eventCount + 1,
        rejectedRows,
        rejectedPeople);
  }

  /** Returns the view as of {@code date}, as known on the same date, from every source. */
  public RegistryView asOf(LocalDate date) {
    checkNotNull(date, "date");
    return new RegistryView(this, date, date, null);
  }

  /**
   * Returns the view as of the latest event's date.
   *
   * @throws IllegalStateException if the registry has no event
   */
  public RegistryView asOfLatest() {
    if (latestEventDate == null) {
      throw new IllegalStateException("the registry has no event, so it has no latest date");
    }
    return asOf(latestEventDate);
  }

  /**
   * Returns whether {@code o} is a registry with the same country, name, facilities, people and
   * histories: what it holds, not how it was read ({@link #rejectedRows()} is not compared, so a
   * registry written and read back equals the one read with rejections).
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Registry r
        && Objects.equals(country, r.country)
        && Objects.equals(name, r.name)
        && facilities.equals(r.facilities)
        && people.equals(r.people);
  }

  /** Returns a hash code consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(country, name, facilities, people);
  }

  /** Returns counts only; never personal data. */
  @Override
  public String toString() {
    return "Registry{country="
        + country
        + ", facilities="
        + facilities.size()
        + ", detainees="
        + people.size()
        + ", events="
        + eventCount
        + "}";
  }

  /** A person and their history. */
  static final class Entry {
    private final Detainee detainee;
    private final History history;

    Entry(Detainee detainee, History history) {
      this.detainee = detainee;
      this.history = history;
    }

    Detainee detainee() {
      return detainee;
    }

    History history() {
      return history;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Entry e && e.detainee.equals(detainee) && e.history.equals(history);
    }

    @Override
    public int hashCode() {
      return Objects.hash(detainee, history);
    }

    @Override
    public String toString() {
      return history.toString();
    }
  }

  /**
   * Assembles a registry in one pass from parts that are already valid: facilities, and people
   * with their {@link History histories} (which can only be built valid). It checks what ties
   * the parts together — one facility or person per id, every facility an event names held — and
   * throws on the first fault; loading rows that may be bad, with a rejection for each, is the
   * interchange format's business ({@code vigil-io}). {@link #build()} may be called more than
   * once; each call returns the registry of the parts added so far. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String country;
    private @Nullable String name;
    private final TreeMap<FacilityId, Facility> facilities = new TreeMap<>();
    private final TreeMap<DetaineeId, Entry> people = new TreeMap<>();

    Builder() {}

    /**
     * Sets the registry's country.
     *
     * @throws IllegalArgumentException if {@code country} is not an ISO 3166-1 alpha-2 code
     */
    @CanIgnoreReturnValue
    public Builder country(String country) {
      Countries.check("registry country", country);
      this.country = country;
      return this;
    }

    /** Sets the registry's name. */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      this.name = checkNotNull(name, "name");
      return this;
    }

    /**
     * Adds a facility.
     *
     * @throws IllegalArgumentException if a facility with its id was already added
     */
    @CanIgnoreReturnValue
    public Builder addFacility(Facility facility) {
      checkNotNull(facility, "facility");
      checkArgument(
          !facilities.containsKey(facility.id()), "facility %s was already added", facility.id());
      facilities.put(facility.id(), facility);
      return this;
    }

    /**
     * Adds a person with their history.
     *
     * @throws IllegalArgumentException if a person with their id was already added, or {@code
     *     history} is another person's
     */
    @CanIgnoreReturnValue
    public Builder addPerson(Detainee detainee, History history) {
      checkNotNull(detainee, "detainee");
      checkNotNull(history, "history");
      checkArgument(
          history.detainee().equals(detainee.id()),
          "the history of %s was given for %s",
          history.detainee(),
          detainee.id());
      checkArgument(!people.containsKey(detainee.id()), "person %s was already added", detainee.id());
      people.put(detainee.id(), new Entry(detainee, history));
      return this;
    }

    /**
     * Returns the registry of the parts added so far.
     *
     * @throws UnknownIdException if an event names a facility that was not added
     */
    public Registry build() {
      @Nullable LocalDate latest = null;
      long events = 0;
      Set<FacilityId> held = new HashSet<>(facilities.keySet());
      for (Entry e : people.values()) {
        ImmutableList<Event> history = e.history().eventsWithClaims();
        for (int i = 0; i < history.size(); i++) {
          checkFacility(held::contains, e.detainee().id(), history.get(i));
        }
        if (!history.isEmpty()) {
          LocalDate last = history.get(history.size() - 1).date();
          latest = latest == null || last.isAfter(latest) ? last : latest;
          events += history.size();
        }
      }
      return new Registry(
          country, name, SortedTree.fromSorted(facilities.entrySet(), Registry::facilityPrefix),
          SortedTree.fromSorted(people.entrySet(), Registry::idPrefix), latest, events, 0, 0);
    }

    /** Returns counts only; never personal data. */
    @Override
    public String toString() {
      return "Registry.Builder{facilities=" + facilities.size() + ", detainees=" + people.size() + "}";
    }
  }
}
