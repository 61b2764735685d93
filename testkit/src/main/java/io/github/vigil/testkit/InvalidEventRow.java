package io.github.vigil.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A row of {@code events.csv} with one deliberate defect that a reader must reject, and a short
 * description of that defect. Most defects are in the row itself (a bad date, type, id or
 * measure); the last ones are well-formed rows that do not apply as a person's only event (a
 * release or a measure lifted before any arrest), so the row is rejected whenever it is the
 * only event of its person. The row names a detainee id and, where relevant, a facility from
 * {@link VigilGen#DEFAULT_FACILITIES}; its {@code note} holds a synthetic name, so a test can
 * check that no rejection message repeats it. Immutable and thread-safe.
 */
public final class InvalidEventRow {
  /** The columns of {@code events.csv}, in the order of docs/format.md section 2. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.of(
          "detainee_id",
          "date",
          "type",
          "facility_id",
          "measures",
          "source",
          "recorded_on",
          "date_precision",
          "note");

  private final ImmutableMap<String, String> columns;
  private final String defect;

  InvalidEventRow(Map<String, String> columns, String defect) {
    this.columns = ImmutableMap.copyOf(columns);
    this.defect = defect;
  }

  /** Returns every column of the row, in {@link #COLUMNS} order; blank values are empty. */
  public ImmutableMap<String, String> columns() {
    return columns;
  }

  /** Returns the value of {@code column}, empty when blank. */
  public String get(String column) {
    String v = columns.get(column);
    return v == null ? "" : v;
  }

  /** Returns what is wrong with the row, such as {@code "date not in ISO form"}. */
  public String defect() {
    return defect;
  }

  /** Returns the note, which holds a synthetic name that no message may repeat. */
  public String note() {
    return get("note");
  }

  /** Returns the row as one CSV line in {@link #COLUMNS} order, quoting values as RFC 4180 says. */
  public String toCsvLine() {
    StringBuilder s = new StringBuilder();
    for (String c : COLUMNS) {
      if (!c.equals(COLUMNS.get(0))) {
        s.append(',');
      }
      String v = get(c);
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        s.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        s.append(v);
      }
    }
    return s.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InvalidEventRow r && r.columns.equals(columns) && r.defect.equals(defect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, defect);
  }

  /** Returns the defect and the row without its note. */
  @Override
  public String toString() {
    Map<String, String> shown = new LinkedHashMap<>(columns);
    shown.remove("note");
    return "InvalidEventRow{" + defect + ": " + shown + "}";
  }

  /** One way of spoiling a valid row. */
  private interface Defect {
    void apply(Map<String, String> row);
  }

  private static final ImmutableList<Map.Entry<String, Defect>> DEFECTS =
      ImmutableList.of(
          Map.entry("date not in ISO form", r -> r.put("date", "09/01/2026")),
          Map.entry("date missing", r -> r.put("date", "")),
          Map.entry("impossible date", r -> r.put("date", "2026-02-30")),
          Map.entry("unknown event type", r -> r.put("type", "RELEASED")),
          Map.entry("event type missing", r -> r.put("type", "")),
          Map.entry(
              "recorded_on before date",
              r -> {
                r.put("date", "2026-01-09");
                r.put("recorded_on", "2026-01-08");
              }),
          Map.entry(
              "ARREST without facility",
              r -> {
                r.put("type", "ARREST");
                r.put("facility_id", "");
              }),
          Map.entry(
              "TRANSFER without facility",
              r -> {
                r.put("type", "TRANSFER");
                r.put("facility_id", "");
              }),
          Map.entry(
              "measures on a type that takes none",
              r -> {
                r.put("type", "WHEREABOUTS_UNKNOWN");
                r.put("measures", "SPEECH_BAN");
              }),
          Map.entry(
              "MEASURE_IMPOSED without measures",
              r -> {
                r.put("type", "MEASURE_IMPOSED");
                r.put("measures", "");
              }),
          Map.entry(
              "unknown measure code",
              r -> {
                r.put("type", "RELEASE");
                r.put("measures", "GAG_ORDER");
              }),
          Map.entry(
              "COURT_APPEARANCE without interval",
              r -> {
                r.put("type", "RELEASE");
                r.put("measures", "COURT_APPEARANCE;SPEECH_BAN");
              }),
          Map.entry(
              "COURT_APPEARANCE interval not a period",
              r -> {
                r.put("type", "RELEASE_ORDER");
                r.put("measures", "COURT_APPEARANCE(15 days)");
              }),
          Map.entry(
              "OTHER without text",
              r -> {
                r.put("type", "MEASURE_IMPOSED");
                r.put("measures", "OTHER");
              }),
          Map.entry(
              "unbalanced parentheses in measures",
              r -> {
                r.put("type", "RELEASE");
                r.put("measures", "COURT_APPEARANCE(P15D");
              }),
          Map.entry("invalid detainee id", r -> r.put("detainee_id", "A 1")),
          Map.entry("detainee id missing", r -> r.put("detainee_id", "")),
          Map.entry("invalid facility id", r -> r.put("facility_id", "el helicoide")),
          Map.entry("unknown date precision", r -> r.put("date_precision", "WEEK")),
          Map.entry(
              "first event not an ARREST",
              r -> {
                r.put("type", "RELEASE");
                r.put("facility_id", "");
              }),
          Map.entry(
              "MEASURE_LIFTED of a measure not active",
              r -> {
                r.put("type", "MEASURE_LIFTED");
                r.put("facility_id", "");
                r.put("measures", "SPEECH_BAN");
              }));

  /**
   * Returns the description of every defect the generator makes ({@link #defect()} of its rows),
   * in a fixed order, each once: what a test of a reader can expect to meet.
   */
  public static ImmutableList<String> defects() {
    return DEFECTS.stream().map(Map.Entry::getKey).collect(ImmutableList.toImmutableList());
  }

  static Gen<InvalidEventRow> generator() {
    Gen<Integer> defects = Generate.range(0, DEFECTS.size() - 1);
    Gen<String> ids = Generate.pick(ImmutableList.of("A", "B", "vp-0001", "x.9"));
    Gen<String> names = VigilGen.names();
    return in -> {
      Map<String, String> row = new LinkedHashMap<>();
      for (String c : COLUMNS) {
        row.put(c, "");
      }
      row.put("detainee_id", ids.generate(in));
      row.put("date", "2026-01-09");
      row.put("type", "ARREST");
      row.put("facility_id", VigilGen.DEFAULT_FACILITIES.get(0).value());
      row.put("source", "family");
      row.put("note", "reported by " + names.generate(in));
      Map.Entry<String, Defect> defect = DEFECTS.get(defects.generate(in));
      defect.getValue().apply(row);
      return new InvalidEventRow(row, defect.getKey());
    };
  }
}
