package io.github.vigil.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.core.Correction;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.History;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Refusal;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a registry from rows of bulk input, by the rules of {@link Registry#withEvent}, but
 * collecting a {@link Rejection} for each row that does not load instead of throwing: the
 * engine of the interchange format's readers. Events are ordered per person by date and then by
 * the order they were added, and offered to a {@link History.Builder}; an event that does not
 * apply is rejected with the state it met and leaves the person's state as it was; one that
 * disagrees on the date with the change it repeats, where a claim is involved, is kept and listed
 * as a date conflict. It uses only
 * the core's public API.
 *
 * <p>One loader makes one registry: {@link #build()} may be called once, and nothing may be
 * added after it ({@link IllegalStateException}). Not thread-safe.
 */
public final class RegistryLoader {
  private static final Comparator<Pending> BY_DATE = Comparator.comparing(p -> p.event.date());

  private final Registry.Builder registry = Registry.builder();
  private final Map<FacilityId, Facility> facilities = new HashMap<>();
  private final Map<FacilityId, Origin> facilityOrigins = new HashMap<>();
  private final Map<DetaineeId, Person> detainees = new HashMap<>();
  /** Events of people not added (yet): moved to the person when added, rejected at build. */
  private final Map<DetaineeId, List<Pending>> orphans = new HashMap<>();
  private final Map<String, Pending> eventIds = new HashMap<>();
  private final List<PendingCorrection> corrections = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Rejection> conflicts = new ArrayList<>();
  private final Map<LocalDate, LocalDate> dates = new ConcurrentHashMap<>();
  private long eventsOffered;
  private boolean built;

  /** Returns an empty loader. */
  public RegistryLoader() {}

  /**
   * Sets the registry's country.
   *
   * @throws IllegalArgumentException if {@code country} is not an ISO 3166-1 alpha-2 code
   */
  @CanIgnoreReturnValue
  public RegistryLoader country(String country) {
    open();
    registry.country(country);
    return this;
  }

  /** Sets the registry's name. */
  @CanIgnoreReturnValue
  public RegistryLoader name(String name) {
    open();
    registry.name(name);
    return this;
  }

  /**
   * Adds a facility read at {@code origin}; a second facility with the same id is rejected.
   *
   * @return whether it was accepted
   */
  @CanIgnoreReturnValue
  public boolean addFacility(Facility facility, Origin origin) {
    checkNotNull(facility, "facility");
    checkNotNull(origin, "origin");
    open();
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
  @CanIgnoreReturnValue
  public boolean addDetainee(Detainee detainee, Origin origin) {
    checkNotNull(detainee, "detainee");
    checkNotNull(origin, "origin");
    open();
    Person first = detainees.get(detainee.id());
    if (first != null) {
      reject(origin, "duplicate detainee id " + detainee.id() + " (first at " + first.origin() + ")");
      return false;
    }
    Person person = new Person(detainee, origin);
    if (!orphans.isEmpty()) {
      List<Pending> early = orphans.remove(detainee.id());
      if (early != null) {
        person.events.addAll(early);
      }
    }
    detainees.put(detainee.id(), person);
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
    open();
    eventsOffered++;
    Person person = detainees.get(detainee);
    // the person's own id, so that the row's copy is garbage at once instead of held to the build
    Pending p = new Pending(person != null ? person.detainee.id() : detainee, event, origin);
    if (event.id().isPresent()) {
      Pending first = eventIds.putIfAbsent(event.id().get(), p);
      if (first != null) {
        rejections.add(
            Rejection.of(
                origin, "duplicate event id " + event.id().get() + " (first at " + first.origin() + ")"));
        return;
      }
    }
    if (person != null) {
      person.events.add(p);
    } else {
      orphans.computeIfAbsent(detainee, k -> new ArrayList<>(4)).add(p);
    }
  }

  /**
   * Adds a correction, read at {@code origin}, of the event with id {@code eventId}. Whether it
   * applies is decided at {@link #build()}: its event must be known (and not itself rejected as
   * a duplicate id), not corrected by an earlier correction, recorded no later than the
   * correction; a replacement must be an event of the same person recorded on the correction's
   * date; and the person's history without the event must still be valid.
   */
  public void addCorrection(String eventId, Correction correction, Origin origin) {
    checkNotNull(eventId, "eventId");
    checkNotNull(correction, "correction");
    checkNotNull(origin, "origin");
    open();
    corrections.add(new PendingCorrection(eventId, correction, origin));
  }

  /** Records a row that could not even be read, so that every rejection is in one list. */
  public void reject(Origin origin, String reason) {
    checkNotNull(origin, "origin");
    checkNotNull(reason, "reason");
    open();
    rejections.add(Rejection.of(origin, reason));
  }

  /**
   * Returns the registry of every row that loaded, and a rejection for every row that did not,
   * ordered by file and line.
   *
   * @throws IllegalStateException if called a second time
   */
  public LoadResult build() {
    open();
    built = true;
    facilities.values().forEach(registry::addFacility);
    attachCorrections();
    // People are independent of one another: their histories are built in parallel, and what
    // each gives is gathered in the order of the people, so the result is the same as in turn.
    List<Built> built =
        new ArrayList<>(detainees.values()).parallelStream().map(this::history).toList();
    long accepted = 0;
    for (Built b : built) {
      registry.addPerson(b.detainee, checkNotNull(b.history));
      rejections.addAll(b.rejections);
      conflicts.addAll(b.conflicts);
      accepted += b.accepted;
    }
    // what is left are the events of people never added
    for (Map.Entry<DetaineeId, List<Pending>> e : orphans.entrySet()) {
      for (Pending p : e.getValue()) {
        rejections.add(Rejection.of(p.origin(), "unknown detainee " + e.getKey()));
      }
    }
    Collections.sort(rejections);
    Collections.sort(conflicts);
    return new LoadResult(
        registry.build(),
        ImmutableList.copyOf(rejections),
        ImmutableList.copyOf(conflicts),
        eventsOffered,
        accepted);
  }

  /**
   * Builds one person's history of the events that apply; rejects the others. What it keeps is
   * the history alone: the builder's replay state and the person's waiting events are let go
   * here, person by person, not held for every person until the registry is assembled (at five
   * million people they did not fit in eight gigabytes).
   */
  private Built history(Person person) {
    Detainee d = person.detainee;
    // the person's own id object, so that the history does not keep a second copy of it
    History.Builder history = History.builder(d.id());
    Built out = new Built(d);
    List<Pending> list = person.events;
    person.events = List.of();
    if (!list.isEmpty()) {
      list.sort(BY_DATE);
      keepHistoryValid(d.id(), list, out);
      for (Pending p : list) {
        if (offer(d.id(), history, p, out)) {
          out.accepted++;
        }
      }
    }
    out.history = history.build();
    return out;
  }

  /**
   * Attaches each correction to its event, in the order the corrections were read, or rejects it
   * with the reason {@link Correction#refusal} gives (or an unknown event or replacement).
   */
  private void attachCorrections() {
    for (PendingCorrection c : corrections) {
      Pending target = eventIds.get(c.eventId);
      if (target == null || !detainees.containsKey(target.detainee)) {
        rejections.add(Rejection.of(c.origin, "correction of unknown event id " + c.eventId));
        continue;
      }
      Optional<Event> replacement = Optional.empty();
      if (c.correction.replacedBy().isPresent()) {
        Pending r = eventIds.get(c.correction.replacedBy().get());
        if (r != null && !r.detainee.equals(target.detainee)) {
          rejections.add(
              Rejection.of(
                  c.origin,
                  "the replacement of event " + c.eventId + ", event "
                      + c.correction.replacedBy().get() + ", is an event of another person"));
          continue;
        }
        replacement = r == null ? Optional.empty() : Optional.of(r.event);
      }
      Optional<String> refusal = Correction.refusal(target.event, c.correction, replacement);
      if (refusal.isPresent()) {
        rejections.add(Rejection.of(c.origin, refusal.get()));
        continue;
      }
      target.event = target.event.correctedBy(c.correction);
      target.correctedAt = c.origin;
    }
  }

  /**
   * Checks the corrections of {@code list} (one person's events in date order) by the rule of
   * {@link CorrectionCheck}; a refused one is rejected at its line, naming the first event it
   * would leave not applying, and its event stays in effect.
   */
  private static void keepHistoryValid(DetaineeId id, List<Pending> list, Built out) {
    if (!anyCorrected(list)) {
      return; // most people: no list of their events to make
    }
    List<Event> events = new ArrayList<>(list.size());
    for (Pending p : list) {
      events.add(p.event);
    }
    for (CorrectionCheck.Refused r : CorrectionCheck.refused(id, events)) {
      Pending q = list.get(r.index());
      out.rejections.add(Rejection.of(checkNotNull(q.correctedAt), r.reason()));
      q.event = q.event.uncorrected();
      q.correctedAt = null;
    }
  }

  private static boolean anyCorrected(List<Pending> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).correctedAt != null) {
        return true;
      }
    }
    return false;
  }

  /** Adds the event to the history if it applies, or rejects it; returns whether it applied. */
  private boolean offer(DetaineeId id, History.Builder history, Pending p, Built out) {
    Event ev = p.event;
    FacilityId facility = ev.facility().orElse(null);
    if (facility != null && !facilities.containsKey(facility)) {
      out.rejections.add(Rejection.of(p.origin(), "unknown facility " + facility));
      return false;
    }
    Optional<Refusal> refusal = history.refusal(ev);
    if (refusal.isPresent()) {
      out.rejections.add(
          Rejection.of(
              p.origin(),
              ev.type() + " on " + ev.date() + " does not apply to " + id + ": " + refusal.get().reason()));
      return false;
    }
    if (history.isDateConflict(ev)) {
      out.conflicts.add(
          Rejection.of(
              p.origin(),
              ev.type() + " on " + ev.date() + " (" + ev.evidence().name().toLowerCase(Locale.ROOT)
                  + ") of " + id + " disagrees on the date with the " + ev.type()
                  + " reported before it"));
    }
    history.add(intern(ev));
    return true;
  }

  private void open() {
    checkState(!built, "build() was already called: a loader makes one registry");
  }

  @SuppressWarnings("ReferenceEquality") // deliberately: only a different instance is replaced
  private Event intern(Event e) {
    LocalDate date = intern(e.date());
    LocalDate recorded = intern(e.recordedOn());
    if (date == e.date() && recorded == e.recordedOn()) {
      return e;
    }
    return Event.builder().from(e).date(date).recordedOn(recorded).build();
  }

  private LocalDate intern(LocalDate date) {
    // a lookup first: on the map's usual hit it takes no lock, where putIfAbsent locks the bin
    LocalDate shared = dates.get(date);
    if (shared == null) {
      shared = dates.putIfAbsent(date, date);
    }
    return shared == null ? date : shared;
  }

  /** What building one person's history gave. */
  private static final class Built {
    final Detainee detainee;
    @Nullable History history;
    final List<Rejection> rejections = new ArrayList<>(0);
    final List<Rejection> conflicts = new ArrayList<>(0);
    long accepted;

    Built(Detainee detainee) {
      this.detainee = detainee;
    }
  }

  /** Returns counts only; never personal data. */
  @Override
  public String toString() {
    return "RegistryLoader{facilities="
        + facilities.size()
        + ", detainees="
        + detainees.size()
        + ", events="
        + eventsOffered
        + ", rejections="
        + rejections.size()
        + (built ? ", built" : "")
        + "}";
  }

  /**
   * An event waiting for the build. It keeps where it was read as a file and a line, not as an
   * {@link Origin}: millions are held until the build, and only those rejected need one.
   */
  private static final class Pending {
    final DetaineeId detainee;
    Event event;
    private final String file;
    private final long line;
    /** Where the correction that retracts the event was read, if one does. */
    @Nullable Origin correctedAt;

    Pending(DetaineeId detainee, Event event, Origin origin) {
      this.detainee = detainee;
      this.event = event;
      this.file = origin.file();
      this.line = origin.line();
    }

    Origin origin() {
      return Origin.of(file, line);
    }
  }

  /** A person added, where their row was read, and their events read so far, in file order. */
  private static final class Person {
    final Detainee detainee;
    private final String file;
    private final long line;
    /** The person's waiting events; emptied once their history is built. */
    List<Pending> events = new ArrayList<>(4);

    Person(Detainee detainee, Origin origin) {
      this.detainee = detainee;
      this.file = origin.file();
      this.line = origin.line();
    }

    Origin origin() {
      return Origin.of(file, line);
    }
  }

  private static final class PendingCorrection {
    final String eventId;
    final Correction correction;
    final Origin origin;

    PendingCorrection(String eventId, Correction correction, Origin origin) {
      this.eventId = eventId;
      this.correction = correction;
      this.origin = origin;
    }
  }
}
