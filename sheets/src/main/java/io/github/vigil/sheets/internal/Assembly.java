package io.github.vigil.sheets.internal;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.History;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.ReadOptions;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RecordLoader;
import io.github.vigil.core.internal.Echo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the sheets of a book into the records of a registry. Each sheet's first non-blank row is
 * its header; the sheet's name, or failing that its header, says whether it holds facilities,
 * people or events. Cells become the text the format's files would hold (dates as {@code
 * yyyy-mm-dd}, words as codes). Sheets are held in memory until the whole book is read, then
 * offered to a {@link RecordLoader}: facilities, people, then events.
 *
 * <p>A sheet of events may carry the person's fields on every row (the shape most registries
 * are kept in): a person's details come from their first row; a later row repeats them or
 * leaves them blank, and a row that gives a different value is rejected. Without a sheet of
 * people, the events' ids make the people; without a sheet of facilities, the events' facility
 * cells make the facilities (id from the name: {@code El Helicoide} is {@code el-helicoide}).
 * Every row is rejected at most once, so that read = accepted + rejected per sheet.
 */
public final class Assembly implements Book.Sink {
  private static final Pattern EVERY =
      Pattern.compile("(.*) cada (\\d{1,4}) (dia|dias|semana|semanas|mes|meses)");

  private final String file;
  private final Mapping mapping;
  private final DateReader dates;
  private final List<SheetData> sheets = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** Returns an assembly of the sheets of {@code file}. */
  public Assembly(String file, Mapping mapping, DateReader dates) {
    this.file = file;
    this.mapping = mapping;
    this.dates = dates;
  }

  /** A row read: its number, its values as the format's text, and why it cannot load. */
  private static final class Converted {
    final long row;
    final EnumMap<Field, String> values = new EnumMap<>(Field.class);
    final List<String> problems = new ArrayList<>(1);
    /** Whether a problem lies in a field of the person (their row rejects the person). */
    boolean personProblem;

    Converted(long row) {
      this.row = row;
    }
  }

  private final class SheetData implements Consumer<SheetRow> {
    final String name;
    final String label;
    @Nullable SheetKind kind;
    boolean skipped;
    Field[] byColumn = new Field[0];
    final EnumMap<Field, String> headers = new EnumMap<>(Field.class);
    final Map<Integer, Integer> unnamedWithData = new LinkedHashMap<>();
    List<String> names = List.of();
    final List<Converted> rows = new ArrayList<>();

    SheetData(String name, String label) {
      this.name = name;
      this.label = label;
    }

    @Override
    public void accept(SheetRow row) {
      if (skipped) {
        return;
      }
      if (kind == null) {
        header(this, row);
        return;
      }
      rows.add(convert(this, row));
    }
  }

  @Override
  public Consumer<SheetRow> sheet(String name, String label) {
    SheetData s = new SheetData(name, label);
    sheets.add(s);
    return s;
  }

  private void header(SheetData s, SheetRow row) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      Cell c = row.cell(i);
      names.add(c == null ? "" : c.text().strip());
    }
    Optional<SheetKind> named = mapping.sheet(s.name);
    if (named.isPresent() && named.get() == SheetKind.REGISTRY) {
      // only a sheet of the registry's own settings is one: anything else is read for records
      Field[] f = resolve(SheetKind.REGISTRY, names);
      for (int i = 0; i < f.length; i++) {
        if (f[i] == null && !names.get(i).isEmpty()) {
          named = Optional.empty();
        }
      }
    }
    SheetKind kind = null;
    Field[] fields = null;
    if (named.isPresent()) {
      kind = named.get();
      fields = resolve(kind, names);
      Set<Field> missing = missing(kind, fields);
      if (!missing.isEmpty()) {
        throw new SheetFormatException(
            s.label + ": the sheet's name says it holds " + kind.key() + ", but its header (row "
                + row.number() + ") has no column for " + keys(missing) + " (see the column names"
                + " in docs/format.md, Spreadsheets, or map them in a mapping file)");
      }
    } else {
      int bestUnknown = Integer.MAX_VALUE;
      for (SheetKind k : List.of(SheetKind.EVENTS, SheetKind.DETAINEES, SheetKind.FACILITIES)) {
        Field[] f = resolve(k, names);
        if (missing(k, f).isEmpty()) {
          int unknown = 0;
          for (int i = 0; i < f.length; i++) {
            if (f[i] == null && !names.get(i).isEmpty()) {
              unknown++;
            }
          }
          if (unknown < bestUnknown) {
            bestUnknown = unknown;
            kind = k;
            fields = f;
          }
        }
      }
      if (kind == null || fields == null) {
        s.skipped = true;
        warnings.add(
            s.label + ": not imported: its first row (row " + row.number() + ") names no columns"
                + " of events (the person's id, the date, the type of event), of people or of"
                + " facilities");
        return;
      }
    }
    Map<Field, Integer> seen = new EnumMap<>(Field.class);
    for (int i = 0; i < fields.length; i++) {
      Field f = fields[i];
      if (f == null) {
        if (!names.get(i).isEmpty()) {
          warnings.add(
              s.label + ": column " + (i + 1) + " " + unknownHeader(names.get(i)) + " is not imported (no field of"
                  + " the format has that name; name it in a mapping file to import it)");
        }
        continue;
      }
      Integer before = seen.put(f, i);
      if (before != null) {
        throw new SheetFormatException(
            s.label + ": columns " + header(names.get(before)) + " and "
                + header(names.get(i)) + " both mean " + f.column(kind) + "; keep one");
      }
      s.headers.put(f, names.get(i));
    }
    s.kind = kind;
    s.byColumn = fields;
    s.names = names;
    StringJoiner columns = new StringJoiner(", ");
    for (Map.Entry<Field, String> e : s.headers.entrySet()) {
      columns.add(header(e.getValue()) + " = " + e.getKey().column(kind));
    }
    notes.add(s.label + ": " + kind.key() + "; " + columns);
  }

  /**
   * Returns a header that names a field (or a facility's name), quoted: it is one of the
   * format's or the mapping's names, never a person's data, so its letters are kept (Spanish
   * headers read as written) and only what could disturb a terminal is replaced.
   */
  static String header(String name) {
    String cut =
        name.codePointCount(0, name.length()) > Echo.MAX_SHOWN
            ? name.substring(0, name.offsetByCodePoints(0, Echo.MAX_SHOWN)) + "..."
            : name;
    return "'" + Echo.line(cut) + "'";
  }

  /**
   * Returns a header that names no field as {@link #header} does when it is one word, and
   * otherwise only its length: a first row taken for a header may hold a person's name.
   */
  static String unknownHeader(String name) {
    return Echo.Shape.TOKEN.test(name) ? header(name) : Echo.notShown(name);
  }

  private Field[] resolve(SheetKind kind, List<String> names) {
    Field[] out = new Field[names.size()];
    for (int i = 0; i < names.size(); i++) {
      out[i] = names.get(i).isEmpty() ? null : mapping.column(kind, names.get(i)).orElse(null);
    }
    return out;
  }

  private static Set<Field> missing(SheetKind kind, @Nullable Field[] fields) {
    Set<Field> missing = new HashSet<>(kind.required());
    for (Field f : fields) {
      if (f != null) {
        missing.remove(f);
      }
    }
    return missing;
  }

  private static String keys(Set<Field> fields) {
    StringJoiner j = new StringJoiner(", ");
    for (Field f : Field.values()) {
      if (fields.contains(f)) {
        j.add(f.key());
      }
    }
    return j.toString();
  }

  private Converted convert(SheetData s, SheetRow row) {
    Converted c = new Converted(row.number());
    if (row.problem() != null) {
      c.problems.add(row.problem());
    }
    for (int i = 0; i < row.size(); i++) {
      Cell cell = row.cell(i);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      Field f = i < s.byColumn.length ? s.byColumn[i] : null;
      if (f == null) {
        if (i >= s.names.size() || s.names.get(i).isEmpty()) {
          s.unnamedWithData.merge(i, 1, Integer::sum);
        }
        continue;
      }
      value(s, f, cell, c);
    }
    return c;
  }

  private void value(SheetData s, Field f, Cell cell, Converted c) {
    int before = c.problems.size();
    read(s, f, cell, c);
    if (c.problems.size() > before && f.isPerson()) {
      c.personProblem = true;
    }
  }

  private void read(SheetData s, Field f, Cell cell, Converted c) {
    String header = header(s.headers.getOrDefault(f, f.key()));
    if (cell.kind() == Cell.Kind.ERROR) {
      c.problems.add(header + " holds a spreadsheet error (" + Echo.quote(cell.text()) + ")");
      return;
    }
    String text = cell.text().strip();
    switch (f.value()) {
      case DATE -> {
        if (!dates.hasPattern() && cell.kind() == Cell.Kind.TEXT) {
          evidence(s, c, text);
        }
        dates.read(header, cell, c.problems).ifPresent(d -> date(header, d, f, c));
      }
      case ID, PERSONAL, TEXT, FACILITY -> c.values.put(f, text);
      case CODE, BOOLEAN -> c.values.put(f, mapping.value(f, text).orElse(text));
      case COUNTRY -> c.values.put(f, country(f, text));
      case MEASURES -> c.values.put(f, measures(text));
      case CODES -> c.values.put(f, codes(f, text));
    }
  }

  /**
   * Returns the codes of a cell of codes separated by {@code ;}: each item the code a word of the
   * mapping stands for, or the item as written (the format's reader judges it); empty items are
   * dropped.
   */
  private String codes(Field f, String text) {
    return items(text, it -> mapping.value(f, it).orElse(it));
  }

  /** Returns the non-empty {@code ;}-separated items of {@code text}, each stripped and turned by {@code each}. */
  private static String items(String text, java.util.function.UnaryOperator<String> each) {
    StringJoiner out = new StringJoiner(";");
    for (String item : text.split(";", -1)) {
      String it = item.strip();
      if (!it.isEmpty()) {
        out.add(each.apply(it));
      }
    }
    return out.toString();
  }

  /** What the dates written as text, without a pattern, say about their order. */
  private long notIso;
  private @Nullable Origin dayFirst;
  private @Nullable Origin monthFirst;

  private void evidence(SheetData s, Converted c, String text) {
    DateReader.Order order = DateReader.order(text);
    if (order == DateReader.Order.NONE) {
      return;
    }
    notIso++;
    if (order == DateReader.Order.DAY_FIRST && dayFirst == null) {
      dayFirst = Origin.of(s.label, c.row);
    } else if (order == DateReader.Order.MONTH_FIRST && monthFirst == null) {
      monthFirst = Origin.of(s.label, c.row);
    }
  }

  /** Returns the advice on the dates' order, when dates were refused for want of a pattern. */
  private Optional<String> dateAdvice() {
    if (notIso == 0) {
      return Optional.empty();
    }
    String start = file + ": " + notIso + (notIso == 1 ? " date is" : " dates are")
        + " written with / or - instead of yyyy-mm-dd and " + (notIso == 1 ? "was" : "were")
        + " rejected; ";
    if (dayFirst != null && monthFirst != null) {
      return Optional.of(start + "some read only as day/month/year (" + dayFirst + ") and some"
          + " only as month/day/year (" + monthFirst + "): the file mixes both; correct them or"
          + " write them as yyyy-mm-dd");
    }
    if (dayFirst != null) {
      return Optional.of(start + "those that can be read one way only are day/month/year (such"
          + " as " + dayFirst + "): if all are, run again with --date-format dd/MM/yyyy");
    }
    if (monthFirst != null) {
      return Optional.of(start + "those that can be read one way only are month/day/year (such"
          + " as " + monthFirst + "): if all are, run again with --date-format MM/dd/yyyy");
    }
    return Optional.of(start + "none can be read one way only: give --date-format dd/MM/yyyy if"
        + " the day comes first, --date-format MM/dd/yyyy if the month does");
  }

  private static void date(String header, LocalDate d, Field f, Converted c) {
    if (d.getYear() < 0 || d.getYear() > 9999) {
      c.problems.add(header + " " + d + " is outside the years 0000 to 9999");
    } else {
      c.values.put(f, d.toString());
    }
  }

  private String country(Field f, String text) {
    if (f == Field.NATIONALITY && text.indexOf(';') >= 0) {
      return items(text, it -> country(f, it));
    }
    if (text.length() == 2 && Character.isLetter(text.charAt(0)) && Character.isLetter(text.charAt(1))) {
      return text.toUpperCase(java.util.Locale.ROOT);
    }
    return mapping.value(f, text).orElse(text);
  }

  /** Turns each {@code ;}-separated item into a measure code where the mapping knows it. */
  private String measures(String text) {
    StringJoiner out = new StringJoiner(";");
    for (String item : text.split(";", -1)) {
      String it = item.strip();
      if (it.isEmpty()) {
        continue;
      }
      Optional<String> code = mapping.value(Field.MEASURES, it);
      if (code.isPresent()) {
        out.add(code.get());
        continue;
      }
      Matcher m = EVERY.matcher(Fold.fold(it));
      if (m.matches() && mapping.value(Field.MEASURES, m.group(1)).filter("COURT_APPEARANCE"::equals).isPresent()) {
        String unit = m.group(3).startsWith("dia") ? "D" : m.group(3).startsWith("sem") ? "W" : "M";
        out.add("COURT_APPEARANCE(P" + Integer.parseInt(m.group(2)) + unit + ")");
        continue;
      }
      out.add(it);
    }
    return out.toString();
  }

  // ------------------------------------------------------------------------------ loading

  /** A person as their first row gave them. */
  private static final class Person {
    final Origin origin;
    final EnumMap<Field, String> values;
    final boolean accepted;
    /** Whether the import itself rejected the person's row (the loader never saw the person). */
    final boolean rejectedHere;

    Person(Origin origin, EnumMap<Field, String> values, boolean accepted, boolean rejectedHere) {
      this.origin = origin;
      this.values = values;
      this.accepted = accepted;
      this.rejectedHere = rejectedHere;
    }
  }

  /** A facility made from the events' facility cells. */
  private static final class Place {
    final Origin origin;
    final String name;
    final @Nullable String kind;
    final boolean accepted;

    Place(Origin origin, String name, @Nullable String kind, boolean accepted) {
      this.origin = origin;
      this.name = name;
      this.kind = kind;
      this.accepted = accepted;
    }
  }

  /** What an import gave: the load, the counts per sheet, and how many people fell out. */
  public static final class Outcome {
    public final ReadResult result;
    public final List<FileCounts> counts;
    public final List<String> notes;
    public final List<String> warnings;
    public final long peopleWithEvents;
    public final long peopleLeftOut;
    public final long peoplePartly;

    Outcome(
        ReadResult result, List<FileCounts> counts, List<String> notes, List<String> warnings,
        long peopleWithEvents, long peopleLeftOut, long peoplePartly) {
      this.result = result;
      this.counts = counts;
      this.notes = notes;
      this.warnings = warnings;
      this.peopleWithEvents = peopleWithEvents;
      this.peopleLeftOut = peopleLeftOut;
      this.peoplePartly = peoplePartly;
    }
  }

  /**
   * Offers every sheet's rows to a loader and returns the outcome.
   *
   * @param country the registry's country, if given
   * @param options the day of reading
   * @throws SheetFormatException if no sheet of the book could be imported
   */
  public Outcome finish(Optional<String> country, ReadOptions options) {
    for (SheetData s : sheets) {
      for (Map.Entry<Integer, Integer> e : s.unnamedWithData.entrySet()) {
        warnings.add(
            s.label + ": column " + (e.getKey() + 1) + " has no name in the header but holds data"
                + " in " + e.getValue() + (e.getValue() == 1 ? " row" : " rows")
                + "; it is not imported");
      }
    }
    dateAdvice().ifPresent(warnings::add);
    if (sheets.stream().allMatch(s -> s.kind == null || s.kind == SheetKind.REGISTRY)) {
      throw new SheetFormatException(
          file + ": no sheet can be imported: a sheet of events needs columns for the person's id,"
              + " the date and the type of event (such as cédula, fecha, tipo de evento); see"
              + " docs/format.md, Spreadsheets");
    }
    RecordLoader loader = RecordLoader.create(options);
    settings(country, loader);
    for (String w : warnings) {
      loader.warn(w);
    }
    boolean facilitySheet = sheets.stream().anyMatch(s -> s.kind == SheetKind.FACILITIES);
    boolean peopleSheet = sheets.stream().anyMatch(s -> s.kind == SheetKind.DETAINEES);
    Set<String> facilityIds = new HashSet<>();
    Map<String, String> facilityNames = new HashMap<>();
    for (SheetData s : of(SheetKind.FACILITIES)) {
      for (Converted c : s.rows) {
        Origin origin = Origin.of(s.label, c.row);
        if (!c.problems.isEmpty()) {
          loader.reject(origin, String.join("; ", c.problems));
          continue;
        }
        Map<String, String> record = record(SheetKind.FACILITIES, c.values);
        loader.facility(origin, record);
        String id = c.values.get(Field.FACILITY_ID);
        if (id != null) {
          facilityIds.add(id);
          String name = c.values.get(Field.FACILITY_NAME);
          if (name != null) {
            facilityNames.putIfAbsent(Fold.fold(name), id);
          }
        }
      }
    }
    Map<String, Person> people = new HashMap<>();
    for (SheetData s : of(SheetKind.DETAINEES)) {
      for (Converted c : s.rows) {
        Origin origin = Origin.of(s.label, c.row);
        String id = c.values.get(Field.DETAINEE_ID);
        boolean here = !c.problems.isEmpty();
        boolean ok;
        if (here) {
          loader.reject(origin, String.join("; ", c.problems));
          ok = false;
        } else {
          ok = loader.detainee(origin, record(SheetKind.DETAINEES, c.values));
        }
        if (id != null && !people.containsKey(id)) {
          people.put(id, new Person(origin, person(c.values), ok, here));
        }
      }
    }
    Map<String, Place> made = new LinkedHashMap<>();
    Map<String, List<Origin>> eventRows = new LinkedHashMap<>();
    for (SheetData s : of(SheetKind.EVENTS)) {
      for (Converted c : s.rows) {
        Origin origin = Origin.of(s.label, c.row);
        String id = c.values.get(Field.DETAINEE_ID);
        if (id != null) {
          eventRows.computeIfAbsent(id, k -> new ArrayList<>()).add(origin);
        }
        Person p = id == null ? null : people.get(id);
        if (id != null && p == null && !peopleSheet) {
          // the person's first row: it makes the person, or rejects them with its own reason
          EnumMap<Field, String> values = person(c.values);
          if (c.personProblem) {
            loader.reject(origin, String.join("; ", c.problems));
            people.put(id, new Person(origin, values, false, true));
            continue;
          }
          boolean ok = loader.detainee(origin, record(SheetKind.DETAINEES, values));
          people.put(id, new Person(origin, values, ok, false));
          if (!ok) {
            continue;
          }
        } else if (p != null && p.rejectedHere) {
          loader.reject(origin, "detainee " + id + " was rejected (" + p.origin + ")");
          continue;
        } else if (p != null && p.accepted) {
          List<String> conflicts = conflicts(s, c, p);
          if (!conflicts.isEmpty() || !c.problems.isEmpty()) {
            c.problems.addAll(conflicts);
            loader.reject(origin, String.join("; ", c.problems));
            continue;
          }
        }
        if (!c.problems.isEmpty()) {
          loader.reject(origin, String.join("; ", c.problems));
          continue;
        }
        EnumMap<Field, String> event = new EnumMap<>(c.values);
        String facility = c.values.get(Field.FACILITY_ID);
        if (facility != null) {
          if (facilitySheet) {
            if (!facilityIds.contains(facility)) {
              event.put(Field.FACILITY_ID, facilityNames.getOrDefault(Fold.fold(facility), facility));
            }
          } else {
            String slug = Fold.slug(facility);
            if (!slug.isEmpty()) {
              String kind = c.values.get(Field.FACILITY_KIND);
              Place place = made.get(slug);
              if (place == null) {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("id", slug);
                f.put("name", facility);
                if (kind != null) {
                  f.put("kind", kind);
                }
                boolean ok = loader.facility(origin, f);
                made.put(slug, new Place(origin, facility, kind, ok));
                if (!ok) {
                  continue;
                }
              } else if (place.accepted && kind != null && !kind.equals(place.kind)) {
                String h = header(s.headers.getOrDefault(Field.FACILITY_KIND, "facility_kind"));
                loader.reject(
                    origin,
                    h + " " + Echo.quote(kind) + " differs from the facility's first row ("
                        + place.origin + ")" + (place.kind == null ? ", where it is blank" : "")
                        + "; a facility's kind comes from the first row that names it");
                continue;
              }
              event.put(Field.FACILITY_ID, slug);
            }
          }
        }
        loader.event(origin, record(SheetKind.EVENTS, event));
      }
    }
    if (!made.isEmpty()) {
      StringJoiner j = new StringJoiner(", ");
      int shown = 0;
      for (Map.Entry<String, Place> e : made.entrySet()) {
        if (shown++ < 30) {
          j.add(e.getKey() + " (" + header(e.getValue().name) + ")");
        }
      }
      notes.add(
          "facilities made from the events' facility column: " + j
              + (made.size() > 30 ? " and " + (made.size() - 30) + " more" : ""));
    }
    ReadResult result = loader.finish();
    return outcome(result, eventRows);
  }

  /** Sets the registry's country and name from the options and the registry sheet, if any. */
  private void settings(Optional<String> country, RecordLoader loader) {
    Optional<String> c = country;
    for (SheetData s : of(SheetKind.REGISTRY)) {
      if (s.rows.size() > 1) {
        throw new SheetFormatException(
            s.label + ": the registry sheet holds " + s.rows.size() + " rows under its header;"
                + " it has one (country, name)");
      }
      for (Converted row : s.rows) {
        if (!row.problems.isEmpty()) {
          throw new SheetFormatException(s.label + ": " + String.join("; ", row.problems));
        }
        String sheetCountry = row.values.get(Field.REGISTRY_COUNTRY);
        if (sheetCountry != null) {
          if (!io.github.vigil.io.internal.Records.isCountry(sheetCountry)) {
            throw new SheetFormatException(
                s.label + ": country " + Echo.quote(sheetCountry) + " is not an ISO 3166-1"
                    + " alpha-2 code such as VE");
          }
          if (c.isPresent() && !c.get().equals(sheetCountry)) {
            throw new SheetFormatException(
                s.label + ": the registry sheet says the country is " + sheetCountry + ", but "
                    + c.get() + " was given");
          }
          c = Optional.of(sheetCountry);
        }
        String name = row.values.get(Field.REGISTRY_NAME);
        if (name != null) {
          loader.name(name);
        }
      }
    }
    c.ifPresent(loader::country);
  }

  private Outcome outcome(ReadResult result, Map<String, List<Origin>> eventRows) {
    Map<String, Long> rejected = new HashMap<>();
    Set<Origin> rejectedRows = new HashSet<>();
    for (Rejection r : result.rejections()) {
      rejected.merge(r.origin().file(), 1L, Long::sum);
      rejectedRows.add(r.origin());
    }
    List<FileCounts> counts = new ArrayList<>();
    for (SheetData s : sheets) {
      if (s.kind != null && s.kind != SheetKind.REGISTRY) {
        counts.add(FileCounts.of(s.label, s.rows.size(), rejected.getOrDefault(s.label, 0L)));
      }
    }
    long leftOut = 0;
    long partly = 0;
    for (Map.Entry<String, List<Origin>> e : eventRows.entrySet()) {
      long bad = e.getValue().stream().filter(rejectedRows::contains).count();
      boolean present =
          DetaineeId.isValid(e.getKey())
              && result.registry().history(DetaineeId.of(e.getKey())).map(History::events)
                  .map(l -> !l.isEmpty()).orElse(false);
      if (!present) {
        leftOut++;
      } else if (bad > 0) {
        partly++;
      }
    }
    return new Outcome(
        result, List.copyOf(counts), List.copyOf(notes), result.warnings(), eventRows.size(),
        leftOut, partly);
  }

  private List<SheetData> of(SheetKind kind) {
    List<SheetData> out = new ArrayList<>();
    for (SheetData s : sheets) {
      if (s.kind == kind) {
        out.add(s);
      }
    }
    return out;
  }

  private static EnumMap<Field, String> person(EnumMap<Field, String> values) {
    EnumMap<Field, String> out = new EnumMap<>(Field.class);
    for (Map.Entry<Field, String> e : values.entrySet()) {
      if (e.getKey().isPerson()) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static Map<String, String> record(SheetKind kind, Map<Field, String> values) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<Field, String> e : values.entrySet()) {
      Field f = e.getKey();
      boolean keep =
          switch (kind) {
            case FACILITIES, REGISTRY -> kind.allows(f);
            case DETAINEES -> f.isPerson();
            case EVENTS -> f == Field.DETAINEE_ID
                || (!f.isPerson() && kind.allows(f) && f != Field.FACILITY_KIND);
          };
      if (keep) {
        out.put(f.column(kind), e.getValue());
      }
    }
    return out;
  }

  /** Returns why a later row's details of a person differ from their first row's, if they do. */
  private static List<String> conflicts(SheetData s, Converted c, Person p) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Field, String> e : c.values.entrySet()) {
      Field f = e.getKey();
      if (!f.isPerson() || f == Field.DETAINEE_ID) {
        continue;
      }
      String first = p.values.get(f);
      boolean same =
          first != null
              && (f == Field.NAME ? Fold.fold(first).equals(Fold.fold(e.getValue())) : first.equals(e.getValue()));
      if (same) {
        continue;
      }
      String h = header(s.headers.getOrDefault(f, f.key()));
      if (f.value() == Field.Value.PERSONAL || f == Field.CONFIDENTIAL) {
        out.add(h + " differs from the person's first row (" + p.origin + ")"
            + (first == null ? ", where it is blank" : "")
            + "; a person's details come from their first row");
      } else {
        out.add(h + " " + Echo.quote(e.getValue()) + " differs from the person's first row ("
            + p.origin + "): " + (first == null ? "blank there" : Echo.quote(first))
            + "; a person's details come from their first row");
      }
    }
    return out;
  }
}
