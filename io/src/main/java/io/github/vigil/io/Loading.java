package io.github.vigil.io;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.LoadResult;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.internal.Canonical;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Records;
import io.github.vigil.io.internal.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One load in progress: turns rows into records, feeds them to the core's bulk {@link
 * Registry.Builder}, and counts what each file gave. Rows of facilities and people must come
 * before events. Not thread-safe.
 */
final class Loading {
  private final Registry.Builder builder = Registry.builder();
  private final List<String> warnings = new ArrayList<>();
  /** Rows read per file, in the order files were started or first seen. */
  private final Map<String, Long> read = new LinkedHashMap<>();
  private final Set<FacilityId> facilities = new HashSet<>();
  private final Set<DetaineeId> detainees = new HashSet<>();
  private final Map<String, Origin> rejectedFacilities = new HashMap<>();
  private final Map<String, Origin> rejectedDetainees = new HashMap<>();
  private final Canonical canonical = new Canonical();

  Registry.Builder builder() {
    return builder;
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void start(String file) {
    read.putIfAbsent(file, 0L);
  }

  /**
   * Reads one row of {@code file}; returns whether its facility or person was accepted (for an
   * event, whether it passed the row's own checks: the replay may still reject it).
   */
  boolean row(Columns kind, String file, Row row) {
    read.merge(file, 1L, Long::sum);
    Origin origin = Origin.of(file, row.line());
    if (row.problem().isPresent()) {
      builder.reject(origin, row.problem().get());
      if (kind != Columns.EVENTS) {
        remember(kind, row.get("id"), origin);
      }
      return false;
    }
    List<String> problems = new ArrayList<>(2);
    return switch (kind) {
      case FACILITIES -> facility(row, origin, problems);
      case DETAINEES -> detainee(row, origin, problems);
      case EVENTS -> event(row, origin, problems);
    };
  }

  /** Rejects a row that never became a record (its reader could not make values of it). */
  void reject(Origin origin, String reason) {
    read.merge(origin.file(), 1L, Long::sum);
    builder.reject(origin, reason);
  }

  /**
   * Remembers that the row of a facility or person with a valid {@code id} not yet accepted was
   * rejected, so that a later row with that id is a duplicate and the events naming it say why.
   */
  private void remember(Columns kind, String id, Origin origin) {
    if (!DetaineeId.isValid(id)) {
      return;
    }
    if (kind == Columns.FACILITIES && !facilities.contains(FacilityId.of(id))) {
      rejectedFacilities.putIfAbsent(id, origin);
    } else if (kind == Columns.DETAINEES && !detainees.contains(DetaineeId.of(id))) {
      rejectedDetainees.putIfAbsent(id, origin);
    }
  }

  private boolean facility(Row row, Origin origin, List<String> problems) {
    Optional<Facility> f = Records.facility(row, problems);
    if (admissible(Columns.FACILITIES, f.isPresent(), row.get("id"), origin, problems)
        && builder.addFacility(f.get(), origin)) {
      facilities.add(f.get().id());
      return true;
    }
    return false;
  }

  private boolean detainee(Row row, Origin origin, List<String> problems) {
    Optional<Detainee> d = Records.detainee(row, problems);
    if (admissible(Columns.DETAINEES, d.isPresent(), row.get("id"), origin, problems)
        && builder.addDetainee(d.get(), origin)) {
      detainees.add(d.get().id());
      return true;
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
      builder.reject(origin, String.join("; ", problems));
      remember(kind, id, origin);
      return false;
    }
    boolean facility = kind == Columns.FACILITIES;
    Origin first = (facility ? rejectedFacilities : rejectedDetainees).get(id);
    if (first != null) {
      builder.reject(
          origin,
          "duplicate " + (facility ? "facility" : "detainee") + " id " + id + " (first at " + first
              + ", rejected)");
      return false;
    }
    return true;
  }

  private boolean event(Row row, Origin origin, List<String> problems) {
    Optional<Records.EventRow> e = Records.event(row, problems, canonical);
    if (e.isEmpty()) {
      builder.reject(origin, String.join("; ", problems));
      return false;
    }
    DetaineeId id = e.get().detainee();
    Origin person = rejectedDetainees.get(id.value());
    if (person != null) {
      builder.reject(origin, "detainee " + id + " was rejected (" + person + ")");
      return false;
    }
    Optional<FacilityId> facility = e.get().event().facility();
    if (facility.isPresent()) {
      Origin place = rejectedFacilities.get(facility.get().value());
      if (place != null) {
        builder.reject(origin, "facility " + facility.get() + " was rejected (" + place + ")");
        return false;
      }
    }
    builder.addEvent(id, e.get().event(), origin);
    return true;
  }

  ReadResult finish() {
    facilities.clear();
    detainees.clear();
    LoadResult result = builder.build();
    Map<String, Long> rejected = new HashMap<>();
    for (Rejection r : result.rejections()) {
      rejected.merge(r.origin().file(), 1L, Long::sum);
    }
    ImmutableList.Builder<FileCounts> counts = ImmutableList.builder();
    for (Map.Entry<String, Long> f : read.entrySet()) {
      counts.add(FileCounts.of(f.getKey(), f.getValue(), rejected.getOrDefault(f.getKey(), 0L)));
    }
    return new ReadResult(
        result.registry(), result.rejections(), ImmutableList.copyOf(warnings), counts.build());
  }
}
