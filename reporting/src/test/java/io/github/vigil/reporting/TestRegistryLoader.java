package io.github.vigil.reporting;

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
import io.github.vigil.core.Measures;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A small loader of FORMAT.md CSV folders, for tests only, until the io module exists: just
 * enough to load the conformance registries, their bad rows included. A row that cannot be
 * read is recorded as a rejection of the builder, so {@code rejections().size()} counts every
 * rejected row.
 */
final class TestRegistryLoader {
  private TestRegistryLoader() {}

  /** A CSV row and the physical line it starts on. */
  record Row(long line, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  static LoadResult load(Path folder) throws IOException {
    Registry.Builder b = Registry.builder();
    Path props = folder.resolve("registry.properties");
    if (Files.exists(props)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(props)) {
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      String country = p.getProperty("country", "").trim();
      if (!country.isEmpty()) {
        b.country(country);
      }
      String name = p.getProperty("name", "").trim();
      if (!name.isEmpty()) {
        b.name(name);
      }
    }
    for (Row r : read(folder.resolve("facilities.csv"))) {
      Origin o = Origin.of("facilities.csv", r.line());
      try {
        Facility.Builder f = Facility.builder().id(FacilityId.of(r.get("id")));
        optional(r.get("name")).ifPresent(f::name);
        optional(r.get("kind")).ifPresent(k -> f.kind(FacilityKind.valueOf(k)));
        optional(r.get("region")).ifPresent(f::region);
        optional(r.get("country")).ifPresent(f::country);
        b.addFacility(f.build(), o);
      } catch (RuntimeException e) {
        b.reject(o, "bad facility row: " + e.getMessage());
      }
    }
    for (Row r : read(folder.resolve("detainees.csv"))) {
      Origin o = Origin.of("detainees.csv", r.line());
      try {
        Detainee.Builder d = Detainee.builder().id(DetaineeId.of(r.get("id")));
        optional(r.get("name")).ifPresent(d::name);
        optional(r.get("birth_date")).ifPresent(s -> d.birthDate(LocalDate.parse(s)));
        optional(r.get("gender")).ifPresent(s -> d.gender(Gender.valueOf(s)));
        optional(r.get("nationality")).ifPresent(d::nationality);
        optional(r.get("affiliation")).ifPresent(s -> d.affiliation(Affiliation.valueOf(s)));
        optional(r.get("serious_health_condition"))
            .ifPresent(
                s -> {
                  if (!s.equals("true") && !s.equals("false")) {
                    throw new IllegalArgumentException("serious_health_condition " + s);
                  }
                  d.seriousHealthCondition(Boolean.parseBoolean(s));
                });
        b.addDetainee(d.build(), o);
      } catch (RuntimeException e) {
        b.reject(o, "bad detainee row: " + e.getMessage());
      }
    }
    for (Row r : read(folder.resolve("events.csv"))) {
      Origin o = Origin.of("events.csv", r.line());
      try {
        DetaineeId id = DetaineeId.of(r.get("detainee_id"));
        EventType type = EventType.valueOf(r.get("type"));
        Event.Builder e = Event.builder().type(type).date(LocalDate.parse(r.get("date")));
        optional(r.get("facility_id")).ifPresent(s -> e.facility(FacilityId.of(s)));
        optional(r.get("measures")).ifPresent(s -> e.addAllMeasures(Measures.parse(s)));
        optional(r.get("source")).ifPresent(s -> e.source(Source.of(s)));
        optional(r.get("recorded_on")).ifPresent(s -> e.recordedOn(LocalDate.parse(s)));
        optional(r.get("date_precision")).ifPresent(s -> e.precision(DatePrecision.valueOf(s)));
        optional(r.get("note")).ifPresent(e::note);
        b.addEvent(id, e.build(), o);
      } catch (RuntimeException e) {
        b.reject(o, "bad event row: " + e.getClass().getSimpleName());
      }
    }
    return b.build();
  }

  private static java.util.Optional<String> optional(String s) {
    return s.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s);
  }

  /** Reads an RFC 4180 file: quotes, embedded commas and newlines, BOM, blank lines, trimming. */
  static List<Row> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    long line = 1;
    long start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        lines.add(start);
        fields = new ArrayList<>();
        line++;
        start = line;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
      lines.add(start);
    }
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    for (int r = 0; r < records.size(); r++) {
      List<String> rec = records.get(r);
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      if (header == null) {
        header = new ArrayList<>();
        for (String h : rec) {
          header.add(h.trim().toLowerCase(Locale.ROOT));
        }
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < header.size() && i < rec.size(); i++) {
        values.put(header.get(i), rec.get(i).trim());
      }
      rows.add(new Row(lines.get(r), values));
    }
    return rows;
  }
}
