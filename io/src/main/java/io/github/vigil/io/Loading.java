package io.github.vigil.io;

import static com.google.common.base.Verify.verify;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Rejection;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.LoadResult;
import io.github.vigil.core.internal.RegistryLoader;
import io.github.vigil.io.internal.Canonical;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Records;
import io.github.vigil.io.internal.Row;
import io.github.vigil.io.internal.Warnings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One load in progress: turns rows into records, feeds them to the core's {@link
 * RegistryLoader}, and counts what each file gave. Rows of facilities and people must come
 * before events. A row that cannot be read, names an unknown or rejected person or facility, or
 * repeats an id is rejected here, as it is read, and passed on at once when a consumer was given
 * (so that millions of bad rows cost no memory); the events that do not apply to their person's
 * history are known only once every event is read. Not thread-safe.
 */
final class Loading {
  private final RegistryLoader loader = new RegistryLoader();
  private final LocalDate today;
  private final @Nullable Consumer<? super Rejection> sink;
  private final List<Rejection> kept = new ArrayList<>();
  private final Warnings warnings = new Warnings();
  /** Rows read per file, in the order files were started or first seen. */
  private final Map<String, Long> read = new LinkedHashMap<>();
  private Set<Source> claimedSources = Set.of();
  private final Map<String, Long> rejected = new HashMap<>();
  private final Map<FacilityId, Origin> facilities = new HashMap<>();
  private final Map<DetaineeId, Origin> detainees = new HashMap<>();
  private final Map<String, Origin> rejectedFacilities = new HashMap<>();
  private final Map<String, Origin> rejectedDetainees = new HashMap<>();
  private long unidentifiedPeople;
  private long rejectedRows;
  private final Canonical canonical = new Canonical();

  /**
   * Starts a load.
   *
   * @param sink where each rejection goes as it is found; when null, they are kept and returned
   *     in the result, sorted by file and line
   */
  Loading(ReadOptions options, @Nullable Consumer<? super Rejection> sink) {
    this.today = options.todayOrNow();
    this.sink = sink;
  }

  /**
   * Makes the events of {@code sources} claims unless their {@code verification} says otherwise
   * (registry.properties {@code claimed_sources}).
   */
  void claimedSources(Set<Source> sources) {
    claimedSources = Set.copyOf(sources);
  }

  RegistryLoader loader() {
    return loader;
  }

  Warnings warnings() {
    return warnings;
  }

  void start(String file) {
    read.putIfAbsent(file, 0L);
    rejected.putIfAbsent(file, 0L);
  }

  /**
   * Reads one row of {@code file}; returns whether its facility or person was accepted (for an
   * event, whether it passed the row's own checks: the replay may still reject it).
   */
  @CanIgnoreReturnValue
  boolean row(Columns kind, String file, Row row) {
    return take(make(kind, file, row));
  }

  /**
   * Makes the record of one row of {@code file}: the part of reading a row that depends on the
   * row alone, so that rows may be made on any thread, in any order. Pass the result to {@link
   * #take}, in the order of the rows.
   */
  Made make(Columns kind, String file, Row row) {
    if (row.problem().isPresent()) {
      return new Made(kind, file, row, Optional.empty(), List.of());
    }
    List<String> problems = new ArrayList<>(0); // most rows have none
    Optional<?> record =
        switch (kind) {
          case FACILITIES -> Records.facility(row, problems);
          case DETAINEES -> Records.detainee(row, problems, canonical);
          case EVENTS -> Records.event(row, problems, canonical, today);
          case CORRECTIONS -> Records.correction(row, problems, canonical, today);
        };
    return new Made(kind, file, row, record, problems);
  }

  /**
   * Takes the record {@link #make} made of a row: counts it, and accepts or rejects it against
   * what the rows before it gave. Returns as {@link #row}.
   */
  @CanIgnoreReturnValue
  boolean take(Made made) {
    Row row = made.row;
    read.merge(made.file, 1L, Long::sum);
    Origin origin = Origin.of(made.file, row.line());
    if (row.problem().isPresent()) {
      reject(origin, row.problem().get());
      if (made.kind != Columns.EVENTS) {
        remember(made.kind, row.get("id"), origin);
      }
      return false;
    }
    return switch (made.kind) {
      case FACILITIES -> facility(made.as(Facility.class), row, origin, made.problems);
      case DETAINEES -> detainee(made.as(Detainee.class), row, origin, made.problems);
      case EVENTS -> event(made.as(Records.EventRow.class), row, origin, made.problems);
      case CORRECTIONS -> correction(made.as(Records.CorrectionRow.class), origin, made.problems);
    };
  }

  /** A row and the record made of it, or the problems that kept it from being one. */
  static final class Made {
    private final Columns kind;
    private final String file;
    private final Row row;
    private final Optional<?> record;
    private final List<String> problems;

    private Made(Columns kind, String file, Row row, Optional<?> record, List<String> problems) {
      this.kind = kind;
      this.file = file;
      this.row = row;
      this.record = record;
      this.problems = problems;
    }

    /** Returns the record as the type its kind makes (without a new {@code Optional} per row). */
    @SuppressWarnings("unchecked") // checked by the type of the record, when there is one
    private <T> Optional<T> as(Class<T> type) {
      verify(record.isEmpty() || type.isInstance(record.get()), "not a %s", type);
      return (Optional<T>) record;
    }
  }

  /** Rejects a row that never became a record (its reader could not make values of it). */
  void rejectUnread(Origin origin, String reason) {
    read.merge(origin.file(), 1L, Long::sum);
    reject(origin, reason);
  }

  private void reject(Origin origin, String reason) {
    rejectedRows++;
    rejected.merge(origin.file(), 1L, Long::sum);
    Rejection r = Rejection.of(origin, reason);
    if (sink != null) {
      sink.accept(r);
    } else {
      kept.add(r);
    }
  }

  /**
   * Remembers that the row of a facility or person with a valid {@code id} not yet accepted was
   * rejected, so that a later row with that id is a duplicate and the events naming it say why;
   * counts the person left out.
   */
  private void remember(Columns kind, String id, Origin origin) {
    if (!DetaineeId.isValid(id)) {
      if (kind == Columns.DETAINEES) {
        unidentifiedPeople++;
      }
      return;
    }
    if (kind == Columns.FACILITIES && !facilities.containsKey(FacilityId.of(id))) {
      rejectedFacilities.putIfAbsent(id, origin);
    } else if (kind == Columns.DETAINEES && !detainees.containsKey(DetaineeId.of(id))) {
      rejectedDetainees.putIfAbsent(id, origin);
    }
  }

  private boolean facility(
      Optional<Facility> f, Row row, Origin origin, List<String> problems) {
    if (admissible(Columns.FACILITIES, f.isPresent(), row.get("id"), origin, problems)) {
      FacilityId id = f.get().id();
      Origin first = facilities.putIfAbsent(id, origin);
      if (first != null) {
        reject(origin, "duplicate facility id " + id + " (first at " + first + ")");
      } else {
        verify(loader.addFacility(f.get(), origin)); // duplicates were rejected above
        return true;
      }
    }
    return false;
  }

  private boolean detainee(
      Optional<Detainee> d, Row row, Origin origin, List<String> problems) {
    if (admissible(Columns.DETAINEES, d.isPresent(), row.get("id"), origin, problems)) {
      DetaineeId id = d.get().id();
      Origin first = detainees.putIfAbsent(id, origin);
      if (first != null) {
        reject(origin, "duplicate detainee id " + id + " (first at " + first + ")");
      } else {
        verify(loader.addDetainee(d.get(), origin)); // duplicates were rejected above
        return true;
      }
    }
    return false;
  }

  /**
   * Rejects the row of a facility or person that could not be read ({@code parsed} false), or
   * whose id an earlier rejected row already used; returns whether its record may be added.
   */
  private boolean admissible(
      Columns kind, boolean parsed, String id, Origin origin, List<String> problems) {
    if (!parsed) {
      reject(origin, String.join("; ", problems));
      remember(kind, id, origin);
      return false;
    }
    boolean facility = kind == Columns.FACILITIES;
    Origin first = (facility ? rejectedFacilities : rejectedDetainees).get(id);
    if (first != null) {
      reject(
          origin,
          "duplicate " + (facility ? "facility" : "detainee") + " id " + id + " (first at " + first
              + ", rejected)");
      return false;
    }
    return true;
  }

  private boolean event(
      Optional<Records.EventRow> e, Row row, Origin origin, List<String> problems) {
    if (e.isEmpty()) {
      reject(origin, String.join("; ", problems));
      return false;
    }
    DetaineeId id = e.get().detainee();
    Origin person = rejectedDetainees.get(id.value());
    if (person != null) {
      reject(origin, "detainee " + id + " was rejected (" + person + ")");
      return false;
    }
    if (!detainees.containsKey(id)) {
      reject(origin, "unknown detainee " + id);
      return false;
    }
    Optional<FacilityId> facility = e.get().event().facility();
    if (facility.isPresent()) {
      Origin place = rejectedFacilities.get(facility.get().value());
      if (place != null) {
        reject(origin, "facility " + facility.get() + " was rejected (" + place + ")");
        return false;
      }
      if (!facilities.containsKey(facility.get())) {
        reject(origin, "unknown facility " + facility.get());
        return false;
      }
    }
    Event event = e.get().event();
    if (!claimedSources.isEmpty()
        && !event.isClaim()
        && row.get("verification").isEmpty()
        && event.source().isPresent()
        && claimedSources.contains(event.source().get())) {
      event = Event.builder().from(event).evidence(Evidence.CLAIMED).build();
    }
    loader.addEvent(id, event, origin);
    return true;
  }

  private boolean correction(
      Optional<Records.CorrectionRow> c, Origin origin, List<String> problems) {
    if (c.isEmpty()) {
      reject(origin, String.join("; ", problems));
      return false;
    }
    loader.addCorrection(c.get().eventId(), c.get().correction(), origin);
    return true;
  }

  ReadResult finish() {
    // every row is read: the ids seen are no longer needed, and the build needs the room
    facilities.clear();
    detainees.clear();
    LoadResult result = loader.build();
    // What the loader rejects (events that do not apply, once in date order) comes last.
    for (Rejection r : result.rejections()) {
      reject(r.origin(), r.reason());
    }
    ImmutableList.Builder<FileCounts> counts = ImmutableList.builder();
    for (Map.Entry<String, Long> f : read.entrySet()) {
      counts.add(FileCounts.of(f.getKey(), f.getValue(), rejected.getOrDefault(f.getKey(), 0L)));
    }
    Collections.sort(kept);
    long rejectedPeople = rejectedDetainees.size() + unidentifiedPeople;
    return new ReadResult(
        result.registry().withRejections(rejectedRows, rejectedPeople),
        ImmutableList.copyOf(kept),
        result.dateConflicts(),
        rejectedRows,
        rejectedPeople,
        warnings.list(),
        counts.build());
  }
}
