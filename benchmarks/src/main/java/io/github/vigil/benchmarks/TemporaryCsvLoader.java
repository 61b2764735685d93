package io.github.vigil.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Affiliation;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.LoadResult;
import io.github.vigil.core.Measure;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * TEMPORARY: reads a CSV registry folder into {@link Registry#builder()} with Jackson, until the
 * io module's reader is on main; then {@link VigilWorkloads#load} uses that reader and this class
 * goes. It follows FORMAT.md only as far as the generated registries need (headers by name,
 * blank values, RFC 4180 quoting); it is not the project's reader.
 */
final class TemporaryCsvLoader {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final Map<String, FacilityId> facilityIds = new HashMap<>();
  private final Map<String, Source> sources = new HashMap<>();
  private final Map<String, ImmutableList<Measure>> measures = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  private TemporaryCsvLoader() {}

  static LoadResult load(Path folder) {
    try {
      return new TemporaryCsvLoader().read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registry in " + folder, e);
    }
  }

  private LoadResult read(Path folder) throws IOException {
    Registry.Builder b = Registry.builder();
    Path props = folder.resolve("registry.properties");
    if (Files.exists(props)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      String country = p.getProperty("country");
      if (country != null && !country.isBlank()) {
        b.country(country.strip());
      }
      String name = p.getProperty("name");
      if (name != null && !name.isBlank()) {
        b.name(name.strip());
      }
    }
    readRows(folder, "facilities.csv", (row, origin) -> b.addFacility(facility(row), origin), b);
    readRows(folder, "detainees.csv", (row, origin) -> b.addDetainee(detainee(row), origin), b);
    readRows(
        folder,
        "events.csv",
        (row, origin) -> b.addEvent(DetaineeId.of(row.get("detainee_id")), event(row), origin),
        b);
    return b.build();
  }

  private interface RowHandler {
    void accept(Row row, Origin origin);
  }

  /** One row, by column name; blank values are {@code ""}. */
  private static final class Row {
    private final Map<String, Integer> columns;
    private String[] values = new String[0];

    Row(String[] header) {
      columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i].strip(), i);
      }
    }

    String get(String column) {
      Integer i = columns.get(column);
      return i == null || i >= values.length ? "" : values[i].strip();
    }
  }

  private static void readRows(Path folder, String file, RowHandler handler, Registry.Builder b)
      throws IOException {
    Path path = folder.resolve(file);
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        MappingIterator<String[]> it =
            MAPPER
                .readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(reader)) {
      if (!it.hasNext()) {
        return;
      }
      Row row = new Row(it.next());
      while (it.hasNext()) {
        String[] values = it.next();
        long line = (long) it.getCurrentLocation().getLineNr() - 1;
        row.values = values;
        Origin origin = Origin.of(file, line);
        try {
          handler.accept(row, origin);
        } catch (IllegalArgumentException e) {
          b.reject(origin, String.valueOf(e.getMessage()));
        }
      }
    }
  }

  private Facility facility(Row row) {
    Facility.Builder f = Facility.builder().id(facilityId(row.get("id")));
    String kind = row.get("kind");
    if (!kind.isEmpty()) {
      f.kind(FacilityKind.valueOf(kind));
    }
    optional(row, "name").ifPresent(f::name);
    optional(row, "region").ifPresent(f::region);
    optional(row, "country").ifPresent(f::country);
    return f.build();
  }

  private Detainee detainee(Row row) {
    Detainee.Builder d = Detainee.builder().id(DetaineeId.of(row.get("id")));
    optional(row, "name").ifPresent(d::name);
    optional(row, "birth_date").ifPresent(s -> d.birthDate(date(s)));
    optional(row, "gender").ifPresent(s -> d.gender(Gender.valueOf(s)));
    optional(row, "nationality").ifPresent(s -> d.nationality(s.intern()));
    optional(row, "affiliation").ifPresent(s -> d.affiliation(Affiliation.valueOf(s)));
    String health = row.get("serious_health_condition");
    if (!health.isEmpty()) {
      d.seriousHealthCondition(Boolean.parseBoolean(health));
    }
    return d.build();
  }

  private Event event(Row row) {
    Event.Builder e = Event.builder().type(EventType.valueOf(row.get("type")));
    e.date(date(row.get("date")));
    String recorded = row.get("recorded_on");
    if (!recorded.isEmpty()) {
      e.recordedOn(date(recorded));
    }
    String precision = row.get("date_precision");
    if (!precision.isEmpty()) {
      e.precision(DatePrecision.valueOf(precision));
    }
    String facility = row.get("facility_id");
    if (!facility.isEmpty()) {
      e.facility(facilityId(facility));
    }
    String m = row.get("measures");
    if (!m.isEmpty()) {
      e.measures(measures.computeIfAbsent(m, Measures::parse));
    }
    String source = row.get("source");
    if (!source.isEmpty()) {
      e.source(sources.computeIfAbsent(source, Source::of));
    }
    optional(row, "note").ifPresent(e::note);
    return e.build();
  }

  private FacilityId facilityId(String id) {
    return facilityIds.computeIfAbsent(id, FacilityId::of);
  }

  private LocalDate date(String text) {
    LocalDate d = dates.get(text);
    if (d == null) {
      d = LocalDate.parse(text);
      dates.put(text, d);
    }
    return d;
  }

  private static java.util.Optional<String> optional(Row row, String column) {
    String v = row.get(column);
    return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v);
  }
}
