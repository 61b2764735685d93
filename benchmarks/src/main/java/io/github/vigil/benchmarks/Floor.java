package io.github.vigil.benchmarks;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.EventType;
import io.github.vigil.core.MeasureType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: what a hand-written program over primitive arrays costs. It parses the CSV files
 * with a minimal RFC 4180 tokenizer into columns (person index, date and recording date as epoch
 * days, event type, measures as a bit set), sorts them by person, date and file order, and
 * counts categories by replaying the full state machine of docs/format.md section 3 over each person's
 * events — including the skipping of events that do not apply in a partial view — with
 * primitive state. It keeps only what category counts need (no names, facilities, sources,
 * notes, appearances), so it is the least work any implementation can do. Immutable once loaded.
 */
@SuppressWarnings("EnumOrdinal") // counts live in arrays indexed by category, on purpose
public final class Floor {
  private static final EventType[] TYPES = EventType.values();
  private static final int CATEGORIES = FreedomCategory.values().length;
  private static final int HOUSE_ARREST = 1 << MeasureType.HOUSE_ARREST.ordinal();

  private static final byte NONE = 0;
  private static final byte IN_CUSTODY = 1;
  private static final byte AT_LIBERTY = 2;
  private static final byte EXILED = 3;
  private static final byte DECEASED = 4;

  private final int people;
  private final int[] start; // events of person p are [start[p], start[p + 1])
  private final int[] date;
  private final int[] recorded;
  private final byte[] type;
  private final int[] measures; // bit set by MeasureType ordinal; 0 = blank

  private Floor(int people, int[] start, int[] date, int[] recorded, byte[] type, int[] measures) {
    this.people = people;
    this.start = start;
    this.date = date;
    this.recorded = recorded;
    this.type = type;
    this.measures = measures;
  }

  /** Returns the number of events held. */
  public int events() {
    return date.length;
  }

  /**
   * Loads the registry in {@code folder}: detainees.csv and events.csv.
   *
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a row names an unknown person or type
   */
  public static Floor load(Path folder) {
    try {
      return read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private static Floor read(Path folder) throws IOException {
    Tokenizer d = new Tokenizer(Files.readAllBytes(folder.resolve("detainees.csv")));
    int idColumn = d.header().indexOf("id");
    Map<String, Integer> index = new HashMap<>();
    while (d.nextRow()) {
      index.putIfAbsent(d.field(idColumn), index.size());
    }
    int people = index.size();

    Tokenizer e = new Tokenizer(Files.readAllBytes(folder.resolve("events.csv")));
    Header h = e.header();
    int cPerson = h.indexOf("detainee_id");
    int cDate = h.indexOf("date");
    int cType = h.indexOf("type");
    int cMeasures = h.indexOf("measures");
    int cRecorded = h.indexOf("recorded_on");
    int capacity = 1 << 16;
    int[] person = new int[capacity];
    int[] date = new int[capacity];
    int[] recorded = new int[capacity];
    byte[] type = new byte[capacity];
    int[] measures = new int[capacity];
    int n = 0;
    while (e.nextRow()) {
      if (n == person.length) {
        capacity *= 2;
        person = Arrays.copyOf(person, capacity);
        date = Arrays.copyOf(date, capacity);
        recorded = Arrays.copyOf(recorded, capacity);
        type = Arrays.copyOf(type, capacity);
        measures = Arrays.copyOf(measures, capacity);
      }
      Integer p = index.get(e.field(cPerson));
      if (p == null) {
        throw new IllegalArgumentException("unknown detainee on row " + (n + 2));
      }
      person[n] = p;
      date[n] = e.date(cDate);
      recorded[n] = cRecorded >= 0 && e.length(cRecorded) > 0 ? e.date(cRecorded) : date[n];
      type[n] = (byte) EventType.valueOf(e.field(cType)).ordinal();
      measures[n] = cMeasures >= 0 ? e.measures(cMeasures) : 0;
      n++;
    }

    // counting sort by person (stable: file order kept), then by date within a person
    int[] start = new int[people + 1];
    for (int i = 0; i < n; i++) {
      start[person[i] + 1]++;
    }
    for (int p = 0; p < people; p++) {
      start[p + 1] += start[p];
    }
    int[] next = Arrays.copyOf(start, people);
    int[] sDate = new int[n];
    int[] sRecorded = new int[n];
    byte[] sType = new byte[n];
    int[] sMeasures = new int[n];
    for (int i = 0; i < n; i++) {
      int at = next[person[i]]++;
      sDate[at] = date[i];
      sRecorded[at] = recorded[i];
      sType[at] = type[i];
      sMeasures[at] = measures[i];
    }
    for (int p = 0; p < people; p++) {
      // stable insertion sort by date; histories are short and usually sorted already
      for (int i = start[p] + 1; i < start[p + 1]; i++) {
        int j = i;
        while (j > start[p] && sDate[j - 1] > sDate[i]) {
          j--;
        }
        if (j < i) {
          int dd = sDate[i];
          int rr = sRecorded[i];
          byte tt = sType[i];
          int mm = sMeasures[i];
          System.arraycopy(sDate, j, sDate, j + 1, i - j);
          System.arraycopy(sRecorded, j, sRecorded, j + 1, i - j);
          System.arraycopy(sType, j, sType, j + 1, i - j);
          System.arraycopy(sMeasures, j, sMeasures, j + 1, i - j);
          sDate[j] = dd;
          sRecorded[j] = rr;
          sType[j] = tt;
          sMeasures[j] = mm;
        }
      }
    }
    return new Floor(people, start, sDate, sRecorded, sType, sMeasures);
  }

  /** Returns the category counts as of {@code asOf}, as known on {@code knownOn}. */
  public CategoryCounts report(LocalDate asOf, LocalDate knownOn) {
    int d = (int) asOf.toEpochDay();
    int k = (int) knownOn.toEpochDay();
    long[] counts = new long[CATEGORIES];
    long population = 0;
    Replay replay = new Replay();
    for (int p = 0; p < people; p++) {
      replay.reset();
      for (int i = start[p], end = start[p + 1]; i < end; i++) {
        if (date[i] > d) {
          break;
        }
        if (recorded[i] <= k) {
          replay.apply(TYPES[type[i]], measures[i]);
        }
      }
      int c = replay.category();
      if (c >= 0) {
        population++;
        counts[c]++;
      }
    }
    return CategoryCounts.of(population, counts);
  }

  /**
   * Returns the category counts as of each of {@code dates} (ascending), all as known on {@code
   * knownOn}, replaying each person's events once and recording only the points where their
   * category changes (summed over the dates at the end).
   *
   * @throws IllegalArgumentException if the dates are not ascending
   */
  public List<CategoryCounts> series(List<LocalDate> dates, LocalDate knownOn) {
    int n = dates.size();
    if (n == 0) {
      return List.of();
    }
    int[] ends = new int[n];
    for (int j = 0; j < n; j++) {
      ends[j] = (int) dates.get(j).toEpochDay();
      if (j > 0 && ends[j] < ends[j - 1]) {
        throw new IllegalArgumentException("dates must be ascending");
      }
    }
    int k = (int) knownOn.toEpochDay();
    // changes[j][c]: people entering category c at point j, less those leaving it; summed later
    long[][] changes = new long[n + 1][CATEGORIES];
    Replay replay = new Replay();
    for (int p = 0; p < people; p++) {
      replay.reset();
      int j = 0;
      int shown = -1; // the category counted from point j on, or -1
      for (int i = start[p], end = start[p + 1]; i < end; i++) {
        if (date[i] > ends[j]) {
          shown = change(changes[j], shown, replay.category());
          while (j < n && date[i] > ends[j]) {
            j++;
          }
          if (j == n) {
            break;
          }
        }
        if (recorded[i] <= k) {
          replay.apply(TYPES[type[i]], measures[i]);
        }
      }
      if (j < n) {
        change(changes[j], shown, replay.category());
      }
    }
    List<CategoryCounts> out = new ArrayList<>(n);
    long[] running = new long[CATEGORIES];
    for (int j = 0; j < n; j++) {
      long population = 0;
      for (int c = 0; c < CATEGORIES; c++) {
        running[c] += changes[j][c];
        population += running[c];
      }
      out.add(CategoryCounts.of(population, running));
    }
    return out;
  }

  /** Moves {@code shown} to category {@code now} at one point of a series; returns {@code now}. */
  private static int change(long[] point, int shown, int now) {
    if (now != shown) {
      if (shown >= 0) {
        point[shown]--;
      }
      if (now >= 0) {
        point[now]++;
      }
    }
    return now;
  }

  /**
   * One person's state in primitive fields, replayed by the rules of docs/format.md section 3 (an
   * event that does not apply is skipped); measures are a bit set of codes.
   */
  private static final class Replay {
    private byte custody;
    private boolean known;
    private boolean orderPending;
    private int orderMeasures;
    private int active;
    private boolean caseOpen;

    void reset() {
      custody = NONE;
      known = true;
      orderPending = false;
      orderMeasures = 0;
      active = 0;
      caseOpen = false;
    }

    void apply(EventType type, int m) {
      if (custody == DECEASED) {
        return;
      }
      switch (type) {
        case ARREST -> {
          if (custody != IN_CUSTODY) {
            custody = IN_CUSTODY;
            known = true;
            orderPending = false;
            caseOpen = true;
            active = 0;
          }
        }
        case TRANSFER, WHEREABOUTS_CONFIRMED -> known = custody == IN_CUSTODY || known;
        case WHEREABOUTS_UNKNOWN -> known = custody != IN_CUSTODY && known;
        case RELEASE_ORDER -> {
          if (custody == IN_CUSTODY) {
            orderPending = true;
            orderMeasures = m;
          }
        }
        case RELEASE -> {
          if (custody == IN_CUSTODY) {
            custody = AT_LIBERTY;
            known = true;
            active = m != 0 || !orderPending ? m : orderMeasures;
            orderPending = false;
          }
        }
        case MEASURE_IMPOSED -> {
          if (custody == AT_LIBERTY) {
            active |= m;
          }
        }
        case MEASURE_LIFTED -> {
          if (custody == AT_LIBERTY && (active & m) == m) {
            active &= ~m;
          }
        }
        case CASE_CLOSED -> {
          if (custody != NONE && caseOpen) {
            caseOpen = false;
            active = 0;
          }
        }
        case APPEARANCE_ATTENDED, APPEARANCE_MISSED, CONVICTION -> {
          // compliance records and convictions change no category
        }
        case EXILE -> {
          if (custody != NONE) {
            custody = EXILED;
            known = true;
            orderPending = false;
          }
        }
        case DEATH -> {
          if (custody != NONE) {
            custody = DECEASED;
          }
        }
      }
    }

    /** Returns the category's ordinal, or -1 before any event applied. */
    int category() {
      return switch (custody) {
        case NONE -> -1;
        case DECEASED -> FreedomCategory.DECEASED.ordinal();
        case EXILED -> FreedomCategory.EXILED.ordinal();
        case IN_CUSTODY ->
            (!known
                    ? FreedomCategory.WHEREABOUTS_UNKNOWN
                    : orderPending ? FreedomCategory.RELEASE_PENDING : FreedomCategory.DETAINED)
                .ordinal();
        default ->
            ((active & HOUSE_ARREST) != 0
                    ? FreedomCategory.HOUSE_ARREST
                    : active != 0 || caseOpen ? FreedomCategory.CONDITIONAL : FreedomCategory.FULL)
                .ordinal();
      };
    }
  }

  /** The header of a CSV file: column names in order. */
  private static final class Header {
    private final String[] names;

    Header(String[] names) {
      this.names = names;
    }

    int indexOf(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * A minimal RFC 4180 tokenizer over a whole file: quoted fields (with doubled quotes and
   * embedded commas and newlines), a leading BOM, blank lines skipped. Fields are reported as
   * byte ranges; values are trimmed of spaces.
   */
  private static final class Tokenizer {
    private final byte[] b;
    private int pos;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private boolean[] quoted = new boolean[16];
    private int fields;

    Tokenizer(byte[] bytes) {
      this.b = bytes;
      if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
        pos = 3;
      }
    }

    Header header() {
      if (!nextRow()) {
        return new Header(new String[0]);
      }
      String[] names = new String[fields];
      for (int i = 0; i < fields; i++) {
        names[i] = field(i);
      }
      return new Header(names);
    }

    boolean nextRow() {
      while (pos < b.length && (b[pos] == '\n' || b[pos] == '\r')) {
        pos++;
      }
      if (pos >= b.length) {
        return false;
      }
      fields = 0;
      while (true) {
        if (fields == from.length) {
          from = Arrays.copyOf(from, fields * 2);
          to = Arrays.copyOf(to, fields * 2);
          quoted = Arrays.copyOf(quoted, fields * 2);
        }
        int f = fields++;
        if (pos < b.length && b[pos] == '"') {
          quoted[f] = true;
          from[f] = ++pos;
          while (pos < b.length) {
            if (b[pos] == '"') {
              if (pos + 1 < b.length && b[pos + 1] == '"') {
                pos += 2;
                continue;
              }
              break;
            }
            pos++;
          }
          to[f] = pos;
          pos++; // closing quote
          while (pos < b.length && b[pos] != ',' && b[pos] != '\n') {
            pos++;
          }
        } else {
          quoted[f] = false;
          from[f] = pos;
          while (pos < b.length && b[pos] != ',' && b[pos] != '\n') {
            pos++;
          }
          int end = pos;
          if (end > from[f] && b[end - 1] == '\r') {
            end--;
          }
          while (from[f] < end && b[from[f]] == ' ') {
            from[f]++;
          }
          while (end > from[f] && b[end - 1] == ' ') {
            end--;
          }
          to[f] = end;
        }
        if (pos >= b.length || b[pos] == '\n') {
          pos++;
          return true;
        }
        pos++; // comma
      }
    }

    int length(int f) {
      return f < fields ? to[f] - from[f] : 0;
    }

    String field(int f) {
      if (f < 0 || f >= fields) {
        return "";
      }
      String s = new String(b, from[f], to[f] - from[f], StandardCharsets.UTF_8);
      return quoted[f] ? s.replace("\"\"", "\"") : s;
    }

    /** Parses an ISO date yyyy-mm-dd to its epoch day. */
    int date(int f) {
      int i = from[f];
      if (to[f] - i != 10 || b[i + 4] != '-' || b[i + 7] != '-') {
        throw new IllegalArgumentException("not an ISO date: " + field(f));
      }
      int y = digits(i, 4);
      int m = digits(i + 5, 2);
      int d = digits(i + 8, 2);
      return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    private int digits(int at, int count) {
      int v = 0;
      for (int i = at; i < at + count; i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9) {
          throw new IllegalArgumentException("not a digit at byte " + i);
        }
        v = v * 10 + c;
      }
      return v;
    }

    /** Parses a measures list into a bit set of codes; parameters are ignored. */
    int measures(int f) {
      if (f >= fields) {
        return 0;
      }
      int bits = 0;
      int i = from[f];
      int end = to[f];
      while (i < end) {
        int codeEnd = i;
        while (codeEnd < end && b[codeEnd] != ';' && b[codeEnd] != '(') {
          codeEnd++;
        }
        bits |= 1 << MeasureType.valueOf(new String(b, i, codeEnd - i, StandardCharsets.US_ASCII).strip()).ordinal();
        i = codeEnd;
        if (i < end && b[i] == '(') {
          while (i < end && b[i] != ')') {
            i++;
          }
          i++;
        }
        while (i < end && b[i] != ';') {
          i++;
        }
        i++;
      }
      return bits;
    }
  }
}
