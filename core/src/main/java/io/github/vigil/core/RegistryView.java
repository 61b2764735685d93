package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A registry seen as of a date D, as known on a date K, and optionally from chosen sources:
 * only events dated on or before D, recorded on or before K, and reported by one of the
 * sources are seen; claims ({@link Event#isClaim()}) are seen only in a view {@linkplain
 * #includingClaims() including claims}. Each person's seen events are replayed in order from an empty state; an
 * event that does not apply in this partial view is skipped and counted. Building a view never
 * changes the registry. Immutable and thread-safe.
 */
public final class RegistryView {
  private final Registry registry;
  private final LocalDate asOf;
  private final LocalDate knownOn;
  private final @Nullable ImmutableSet<Source> sources;
  private final boolean claims;

  RegistryView(
      Registry registry, LocalDate asOf, LocalDate knownOn, @Nullable ImmutableSet<Source> sources) {
    this(registry, asOf, knownOn, sources, false);
  }

  private RegistryView(
      Registry registry,
      LocalDate asOf,
      LocalDate knownOn,
      @Nullable ImmutableSet<Source> sources,
      boolean claims) {
    this.registry = registry;
    this.asOf = asOf;
    this.knownOn = knownOn;
    this.sources = sources;
    this.claims = claims;
  }

  /**
   * Returns this view with claims seen as well as verified events (the official figure, where
   * the default is the verified one). A claim that a verified event of the same type and date
   * repeats is then a corroboration, and one that disagrees on the date a date conflict: both
   * are counted ({@link PersonView#corroborations()}, {@link PersonView#dateConflicts()}), not
   * skipped.
   */
  public RegistryView includingClaims() {
    return new RegistryView(registry, asOf, knownOn, sources, true);
  }

  /** Returns this view with verified events only seen: the default of every view. */
  public RegistryView verifiedOnly() {
    return new RegistryView(registry, asOf, knownOn, sources, false);
  }

  /** Returns whether claims are seen. */
  public boolean includesClaims() {
    return claims;
  }

  /** Returns the registry this view looks at. */
  public Registry registry() {
    return registry;
  }

  /** Returns the date D: events after it are not seen. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the date K: events recorded after it are not seen. Defaults to {@link #asOf()}. */
  public LocalDate knownOn() {
    return knownOn;
  }

  /** Returns the sources whose events are seen, or empty when every event is seen. */
  public Optional<ImmutableSet<Source>> sources() {
    return Optional.ofNullable(sources);
  }

  /** Returns this view as known on {@code date} instead. */
  public RegistryView knownOn(LocalDate date) {
    return new RegistryView(registry, asOf, checkNotNull(date, "date"), sources, claims);
  }

  /**
   * Returns this view restricted to events reported by one of {@code sources}; events without
   * a source are then not seen.
   *
   * @throws IllegalArgumentException if {@code sources} is empty
   */
  public RegistryView fromSources(Set<Source> sources) {
    checkArgument(!sources.isEmpty(), "sources must not be empty");
    return new RegistryView(registry, asOf, knownOn, ImmutableSet.copyOf(sources), claims);
  }

  /** Returns whether {@code event} is seen in this view. */
  public boolean sees(Event event) {
    checkNotNull(event, "event");
    return event.isSeen(asOf, knownOn) && takes(event);
  }

  /** Returns whether the view takes {@code event} by its claims and sources, whatever its dates. */
  private boolean takes(Event event) {
    return (claims || !event.isClaim())
        && (sources == null || sources.contains(event.sourceOrNull()));
  }

  /** Returns how {@code id} is seen, or empty when the registry does not hold that person. */
  public Optional<PersonView> person(DetaineeId id) {
    return registry.entry(id).map(this::replay);
  }

  /** Returns every person of the registry as seen in this view, in id order. */
  public Stream<PersonView> people() {
    return registry.entries().stream().map(this::replay);
  }

  /** Returns the people with at least one applied event, in id order. */
  public Stream<PersonView> population() {
    return people().filter(PersonView::inPopulation);
  }

  /**
   * Returns every person's status as of each of {@code dates}, in id order, replaying each
   * person's seen events once (not once per date). The status as of a date is the one a view as
   * of that date, as known on {@link #knownOn()} and from the same sources, gives; events after
   * {@link #asOf()} are never seen.
   *
   * @param dates ascending dates; may be empty
   * @return one list per person, holding one entry per date, empty before the person's first
   *     applied event
   * @throws IllegalArgumentException if {@code dates} is not in strictly ascending order
   */
  public Stream<ImmutableList<Optional<LegalStatus>>> statusesOn(List<LocalDate> dates) {
    ImmutableList<LocalDate> sorted = ImmutableList.copyOf(dates);
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(
          sorted.get(i - 1).isBefore(sorted.get(i)),
          "dates must be in strictly ascending order: %s is not before %s",
          sorted.get(i - 1),
          sorted.get(i));
    }
    return registry.entries().stream().map(e -> timeline(e, sorted));
  }

  private ImmutableList<Optional<LegalStatus>> timeline(
      Registry.Entry entry, ImmutableList<LocalDate> dates) {
    CustodyMachine machine = new CustodyMachine();
    ImmutableList<Event> events = entry.history().eventsWithClaims();
    ImmutableList.Builder<Optional<LegalStatus>> out =
        ImmutableList.builderWithExpectedSize(dates.size());
    Optional<LegalStatus> last = Optional.empty();
    boolean changed = false;
    int next = 0;
    for (LocalDate date : dates) {
      while (next < events.size() && !events.get(next).date().isAfter(date)) {
        Event e = events.get(next++);
        if (sees(e) && machine.offer(e)) {
          changed = true;
        }
      }
      if (changed) {
        last = Optional.of(machine.status());
        changed = false;
      }
      out.add(last);
    }
    return out.build();
  }

  PersonView replay(Registry.Entry entry) {
    MergedReplay replay = new MergedReplay();
    CustodyMachine machine = replay.machine();
    ImmutableList<Event> events = entry.history().eventsWithClaims();
    ImmutableList.Builder<Event> applied = ImmutableList.builderWithExpectedSize(events.size());
    int seen = 0;
    int skipped = 0;
    int approximate = 0;
    int corroborations = 0;
    int conflicts = 0;
    int notYetKnown = 0;
    List<Event> claimsSeen = new ArrayList<>(0);
    List<Event> verifiedSeen = claims && entry.history().hasClaims() ? new ArrayList<>() : List.of();
    for (Event e : events) {
      if (e.date().isAfter(asOf)) {
        break;
      }
      boolean taken = takes(e);
      if (!taken || !e.isSeen(asOf, knownOn)) {
        if (taken && e.recordedOn().isAfter(knownOn)) {
          notYetKnown++;
        }
        continue;
      }
      seen++;
      if (e.isClaim()) {
        claimsSeen.add(e);
      } else if (claims && entry.history().hasClaims()) {
        verifiedSeen.add(e);
      }
      Repeat repeat = replay.offer(e);
      if (e.isApproximate() && repeat != Repeat.CORROBORATION) {
        approximate++; // a corroboration repeats an event already counted
      }
      if (repeat == null) {
        applied.add(e);
      } else if (repeat == Repeat.CORROBORATION) {
        corroborations++;
      } else if (repeat == Repeat.DATE_CONFLICT) {
        conflicts++;
      } else {
        skipped++;
      }
    }
    return new PersonView(
        entry.detainee(),
        machine.started() ? machine.status() : null,
        applied.build(),
        seen,
        skipped,
        approximate,
        corroborations,
        conflicts,
        unverified(claimsSeen, verifiedSeen),
        notYetKnown);
  }

  /** Returns the claims that no seen verified event of the same type and date confirms. */
  private static ImmutableList<Event> unverified(List<Event> claimsSeen, List<Event> verifiedSeen) {
    if (claimsSeen.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Event> out = ImmutableList.builder();
    for (Event c : claimsSeen) {
      boolean confirmed = false;
      for (Event v : verifiedSeen) {
        if (v.type() == c.type() && v.date().equals(c.date())) {
          confirmed = true;
          break;
        }
      }
      if (!confirmed) {
        out.add(c);
      }
    }
    return out.build();
  }

  /** Returns the view's dates, sources and registry summary; never personal data. */
  @Override
  public String toString() {
    return "RegistryView{asOf="
        + asOf
        + ", knownOn="
        + knownOn
        + (sources == null ? "" : ", sources=" + sources)
        + (claims ? ", including claims" : "")
        + "}";
  }
}
