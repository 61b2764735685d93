package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.pcollections.TreePMap;

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
      new Registry(null, null, TreePMap.empty(), TreePMap.empty(), null, 0);

  private final @Nullable String country;
  private final @Nullable String name;
  private final TreePMap<FacilityId, Facility> facilities;
  private final TreePMap<DetaineeId, Entry> people;
  private final @Nullable LocalDate latestEventDate;
  private final long eventCount;

  private Registry(
      @Nullable String country,
      @Nullable String name,
      TreePMap<FacilityId, Facility> facilities,
      TreePMap<DetaineeId, Entry> people,
      @Nullable LocalDate latestEventDate,
      long eventCount) {
    this.country = country;
    this.name = name;
    this.facilities = facilities;
    this.people = people;
    this.latestEventDate = latestEventDate;
    this.eventCount = eventCount;
  }

  /** Returns the empty registry, with no country. */
  public static Registry empty() {
    return EMPTY;
  }

  /** Returns a builder for bulk loading, which collects rejections instead of throwing. */
  public static Builder builder() {
    return new Builder();
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
    return new Registry(country, name, facilities, people, latestEventDate, eventCount);
  }

  /** Returns this registry with the given name. */
  public Registry withName(String name) {
    return new Registry(country, checkNotNull(name, "name"), facilities, people, latestEventDate, eventCount);
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

  /** Returns this registry with {@code facility} added, or replacing the one with its id. */
  public Registry withFacility(Facility facility) {
    checkNotNull(facility, "facility");
    return new Registry(
        country, name, facilities.plus(facility.id(), facility), people, latestEventDate, eventCount);
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
        eventCount);
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
    Entry old = people.get(detainee);
    if (old == null) {
      throw new UnknownIdException("unknown detainee " + detainee);
    }
    if (event.facility().isPresent() && !facilities.containsKey(event.facility().get())) {
      throw new UnknownIdException(
          event.type() + " on " + event.date() + " for " + detainee + " names unknown facility "
              + event.facility().get());
    }
    History history = old.history().append(event);
    LocalDate latest =
        latestEventDate == null || event.date().isAfter(latestEventDate) ? event.date() : latestEventDate;
    return new Registry(
        country,
        name,
        facilities,
        people.plus(detainee, new Entry(old.detainee(), history)),
        latest,
        eventCount + 1);
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
   * histories.
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
   * Loads a registry in bulk, by the same rules as {@link Registry#withEvent}, but collecting a
   * {@link Rejection} for each row that does not load instead of throwing. Events are ordered
   * per person by date and then by the order they were added, and replayed; an event that does
   * not apply is rejected and leaves the person's state as it was. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String country;
    private @Nullable String name;
    private final Map<FacilityId, Facility> facilities = new HashMap<>();
    private final Map<FacilityId, Origin> facilityOrigins = new HashMap<>();
    private final Map<DetaineeId, Detainee> detainees = new HashMap<>();
    private final Map<DetaineeId, Origin> detaineeOrigins = new HashMap<>();
    private final Map<DetaineeId, List<Pending>> events = new HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private long eventsOffered;

    Builder() {}

    /**
     * Sets the registry's country.
     *
     * @throws IllegalArgumentException if {@code country} is not an ISO 3166-1 alpha-2 code
     */
    public Builder country(String country) {
      Countries.check("registry country", country);
      this.country = country;
      return this;
    }

    /** Sets the registry's name. */
    public Builder name(String name) {
      this.name = checkNotNull(name, "name");
      return this;
    }

    /**
     * Adds a facility read at {@code origin}; a second facility with the same id is rejected.
     *
     * @return whether it was accepted
     */
    public boolean addFacility(Facility facility, Origin origin) {
      checkNotNull(facility, "facility");
      checkNotNull(origin, "origin");
      Origin first = facilityOrigins.putIfAbsent(facility.id(), origin);
      if (first != null) {
        reject(origin, "duplicate facility id " + facility.id() + " (first at " + first + ")");
        return false;
      }
      facilities.put(facility.id(), facility);
      return true;
    }

    /**
     * Adds a person read at {@code origin}; a second person with the same id is rejected.
     *
     * @return whether it was accepted
     */
    public boolean addDetainee(Detainee detainee, Origin origin) {
      checkNotNull(detainee, "detainee");
      checkNotNull(origin, "origin");
      Origin first = detaineeOrigins.putIfAbsent(detainee.id(), origin);
      if (first != null) {
        reject(origin, "duplicate detainee id " + detainee.id() + " (first at " + first + ")");
        return false;
      }
      detainees.put(detainee.id(), detainee);
      return true;
    }

    /**
     * Adds an event of {@code detainee} read at {@code origin}. Whether it applies is decided at
     * {@link #build()}, once the person's events are in date order.
     */
    public void addEvent(DetaineeId detainee, Event event, Origin origin) {
      checkNotNull(detainee, "detainee");
      checkNotNull(event, "event");
      checkNotNull(origin, "origin");
      eventsOffered++;
      events.computeIfAbsent(detainee, k -> new ArrayList<>(4)).add(new Pending(event, origin));
    }

    /** Records a row that could not even be read, so that every rejection is in one list. */
    public void reject(Origin origin, String reason) {
      checkNotNull(origin, "origin");
      checkNotNull(reason, "reason");
      rejections.add(Rejection.of(origin, reason));
    }

    /**
     * Returns the registry of every row that loaded, and a rejection for every row that did not,
     * ordered by file and line.
     */
    public LoadResult build() {
      TreeMap<DetaineeId, Entry> people = new TreeMap<>();
      for (Detainee d : detainees.values()) {
        people.put(d.id(), new Entry(d, History.empty(d.id())));
      }
      @Nullable LocalDate latest = null;
      long accepted = 0;
      Comparator<Pending> byDate = Comparator.comparing(p -> p.event.date());
      for (Map.Entry<DetaineeId, List<Pending>> e : events.entrySet()) {
        DetaineeId id = e.getKey();
        List<Pending> list = e.getValue();
        list.sort(byDate);
        Entry entry = people.get(id);
        if (entry == null) {
          for (Pending p : list) {
            reject(p.origin, "unknown detainee " + id);
          }
          continue;
        }
        CustodyMachine machine = new CustodyMachine();
        ImmutableList.Builder<Event> kept = ImmutableList.builderWithExpectedSize(list.size());
        for (Pending p : list) {
          Event ev = p.event;
          if (ev.facility().isPresent() && !facilities.containsKey(ev.facility().get())) {
            reject(p.origin, "unknown facility " + ev.facility().get());
            continue;
          }
          String refusal = machine.refusal(ev);
          if (refusal != null) {
            reject(p.origin, ev.type() + " on " + ev.date() + " does not apply to " + id + ": " + refusal);
            continue;
          }
          machine.apply(ev);
          kept.add(intern(ev));
          accepted++;
          if (latest == null || ev.date().isAfter(latest)) {
            latest = ev.date();
          }
        }
        people.put(id, new Entry(entry.detainee(), History.trusted(id, kept.build())));
      }
      Collections.sort(rejections);
      Registry registry =
          new Registry(
              country,
              name,
              TreePMap.from(new TreeMap<>(facilities)),
              TreePMap.from(people),
              latest,
              accepted);
      return new LoadResult(registry, ImmutableList.copyOf(rejections), eventsOffered, accepted);
    }

    @SuppressWarnings("ReferenceEquality") // deliberately: only a different instance is replaced
    private Event intern(Event e) {
      LocalDate date = dates.computeIfAbsent(e.date(), d -> d);
      LocalDate recorded = dates.computeIfAbsent(e.recordedOn(), d -> d);
      if (date == e.date() && recorded == e.recordedOn()) {
        return e;
      }
      return Event.builder().from(e).date(date).recordedOn(recorded).build();
    }

    private static final class Pending {
      final Event event;
      final Origin origin;

      Pending(Event event, Origin origin) {
        this.event = event;
        this.origin = origin;
      }
    }
  }
}
