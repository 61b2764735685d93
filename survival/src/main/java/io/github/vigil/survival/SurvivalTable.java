package io.github.vigil.survival;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@link SurvivalData} table from a CSV file (UTF-8, a header row naming the columns),
 * with Jackson's CSV parser, into primitive arrays. Columns are chosen by name ({@link
 * TableColumns}); a row with a blank or {@code NA} in a used column is dropped and counted; any
 * other value that cannot be read stops with a {@link TableException} naming the file and line
 * (the header being line 1).
 *
 * <p>Event values: {@code 1} event, {@code 0} censored; {@code true}/{@code false} (any case); and,
 * as R's {@code Surv()} does, when the column's largest value is {@code 2}, R's coding {@code 1}
 * censored, {@code 2} event (as in R's {@code lung} data). With {@link
 * TableColumns#competing()}, the column holds kinds of event instead: {@code 0} censored, a
 * positive whole number per kind (R's {@code Surv(time, factor(status))}).
 */
public final class SurvivalTable {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  /** Event codes as read, before the column's coding is known. */
  private static final byte ZERO = 0;
  private static final byte ONE = 1;
  private static final byte TWO = 2;
  private static final byte FALSE = 3;
  private static final byte TRUE = 4;

  private final String file;
  private final List<Used> used = new ArrayList<>();

  private SurvivalTable(Path path) {
    this.file = path.toString();
  }

  /** One used column: its role, its name, and what it holds. */
  private record Used(String role, String name, Kind kind) {}

  private enum Kind {
    TIME,
    EVENT,
    NUMBER,
    WEIGHT,
    LABEL
  }

  /**
   * Reads the columns named.
   *
   * @param path the CSV file
   * @param columns the columns to read
   * @return the rows with every used value present
   * @throws TableException if a named column is missing ({@link TableException#missingColumn()}),
   *     or the file cannot be read, is not UTF-8 or well-formed CSV, or holds a value that is
   *     neither blank, {@code NA} nor valid for its column
   */
  public static SurvivalData read(Path path, TableColumns columns) {
    return new SurvivalTable(path).run(path, columns);
  }

  private SurvivalData run(Path path, TableColumns c) {
    used.add(new Used("time", c.time(), Kind.TIME));
    used.add(new Used("event", c.event(), Kind.EVENT));
    c.start().ifPresent(s -> used.add(new Used("start", s, Kind.TIME)));
    c.weights().ifPresent(s -> used.add(new Used("weights", s, Kind.WEIGHT)));
    c.group().ifPresent(s -> used.add(new Used("group", s, Kind.LABEL)));
    c.strata().ifPresent(s -> used.add(new Used("strata", s, Kind.LABEL)));
    c.cluster().ifPresent(s -> used.add(new Used("cluster", s, Kind.LABEL)));
    for (String name : c.covariates()) {
      used.add(new Used("covariates", name, Kind.NUMBER));
    }
    int k = used.size();
    double[][] numbers = new double[k][1024];
    byte[] events = new byte[1024];
    int[] kinds = new int[c.competing() ? 1024 : 0];
    List<List<String>> labels = new ArrayList<>();
    for (int u = 0; u < k; u++) {
      labels.add(used.get(u).kind() == Kind.LABEL ? new ArrayList<>() : List.of());
    }
    int n = 0;
    long line = 0;
    long notOneTwoLine = -1;
    String notOneTwoText = "";
    int dropped = 0;
    try (Reader reader = open(path);
        CsvParser p = FACTORY.createParser(reader)) {
      p.setSchema(CsvSchema.emptySchema());
      int columns = -1;
      int[] slots = new int[k];
      List<String> fields = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_ARRAY -> {
            fields.clear();
            line = p.currentLocation().getLineNr();
          }
          case VALUE_STRING -> {
            if (fields.isEmpty()) {
              line = p.currentTokenLocation().getLineNr();
            }
            fields.add(p.getText());
          }
          case END_ARRAY -> {
            if (fields.stream().allMatch(String::isBlank)) {
              continue;
            }
            if (columns < 0) {
              columns = fields.size();
              slots = slots(fields.stream().map(String::strip).toList());
              continue;
            }
            if (fields.size() != columns) {
              throw fault(
                  "line " + line + " has " + fields.size() + " fields but the header has "
                      + columns + " columns");
            }
            boolean missing = false;
            for (int slot : slots) {
              String value = fields.get(slot).strip();
              missing |= value.isEmpty() || value.equals("NA");
            }
            if (missing) {
              dropped++;
              continue;
            }
            if (n == events.length) {
              int size = Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, 2L * n));
              events = Arrays.copyOf(events, size);
              if (c.competing()) {
                kinds = Arrays.copyOf(kinds, size);
              }
              for (int u = 0; u < k; u++) {
                numbers[u] = Arrays.copyOf(numbers[u], size);
              }
            }
            for (int u = 0; u < k; u++) {
              String value = fields.get(slots[u]).strip();
              Used column = used.get(u);
              switch (column.kind()) {
                case EVENT -> {
                  if (c.competing()) {
                    kinds[n] = kind(value, line, column);
                    events[n] = kinds[n] == 0 ? ZERO : ONE;
                    continue;
                  }
                  events[n] = event(value, line, column);
                  if (events[n] != ONE && events[n] != TWO && notOneTwoLine < 0) {
                    notOneTwoLine = line;
                    notOneTwoText = value;
                  }
                }
                case LABEL -> labels.get(u).add(value);
                default -> numbers[u][n] = number(value, line, column);
              }
            }
            n++;
          }
          default -> throw new IllegalStateException("unexpected CSV token " + t);
        }
      }
      if (columns < 0) {
        throw fault("is empty: a header line naming the columns is needed");
      }
    } catch (CharacterCodingException e) {
      throw fault("is not UTF-8 text (at or after line " + Math.max(line, 1) + ")");
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw fault(
          "is not well-formed CSV at line " + Math.max(at, 1) + " (a quoted field must end with"
              + " a quote, and a quote inside it must be doubled)");
    } catch (IOException e) {
      throw new TableException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
    }
    boolean twoCoding = false;
    for (int i = 0; i < n && !twoCoding && !c.competing(); i++) {
      twoCoding = events[i] == TWO;
    }
    if (twoCoding && notOneTwoLine >= 0) {
      throw fault(
          "line " + notOneTwoLine + ": event " + quote(notOneTwoText) + " in column '"
              + SafeText.of(c.event()) + "' is not 1 (censored) or 2 (event), as the column uses"
              + " R's 1/2 coding (its largest value is 2)");
    }
    boolean[] event = new boolean[n];
    for (int i = 0; i < n; i++) {
      byte code = events[i];
      event[i] = twoCoding ? code == TWO : code == ONE || code == TRUE;
    }
    double[] time = Arrays.copyOf(numbers[0], n);
    SurvivalData.Builder data = SurvivalData.builder(time, event).droppedRows(dropped);
    for (int u = 2; u < k; u++) {
      Used column = used.get(u);
      double[] values = column.kind() == Kind.LABEL ? new double[0] : Arrays.copyOf(numbers[u], n);
      numbers[u] = new double[0];
      switch (column.role()) {
        case "start" -> {
          for (int i = 0; i < n; i++) {
            if (values[i] < 0 || values[i] >= time[i]) {
              throw fault(
                  "has an entry time (column '" + SafeText.of(column.name()) + "') that is negative"
                      + " or not before its row's time (row " + (i + 1) + " of the rows kept)");
            }
          }
          data.entryTimes(values);
        }
        case "weights" -> data.weights(values);
        case "group" -> data.groups(labels.get(u));
        case "strata" -> data.strata(labels.get(u));
        case "cluster" -> data.clusters(labels.get(u));
        default -> data.covariate(column.name(), values);
      }
    }
    if (c.competing()) {
      kinds(data, Arrays.copyOf(kinds, n));
    }
    return data.build();
  }

  /** Names the kinds of event by their codes, in numeric order, and numbers them from 1. */
  private static void kinds(SurvivalData.Builder data, int[] codes) {
    int[] distinct = Arrays.stream(codes).filter(k -> k > 0).distinct().sorted().toArray();
    List<String> names = new ArrayList<>();
    for (int k : distinct) {
      names.add(Integer.toString(k));
    }
    if (names.isEmpty()) {
      names.add("1");
    }
    int[] numbered = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      numbered[i] = codes[i] == 0 ? 0 : Arrays.binarySearch(distinct, codes[i]) + 1;
    }
    data.causes(numbered, names);
  }

  private static Reader open(Path path) throws IOException {
    PushbackReader reader =
        new PushbackReader(Files.newBufferedReader(path, StandardCharsets.UTF_8), 1);
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /**
   * Finds each used column in the header. A missing column is named (the caller gave the name)
   * but the header's cells are never listed: a file saved without its header has a person's row
   * there.
   */
  private int[] slots(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (index.putIfAbsent(header.get(i), i) != null && !header.get(i).isEmpty()) {
        for (Used u : used) {
          if (u.name().equals(header.get(i))) {
            throw fault("names column '" + SafeText.of(u.name()) + "' twice in its header");
          }
        }
      }
    }
    int[] slots = new int[used.size()];
    for (int i = 0; i < used.size(); i++) {
      Used u = used.get(i);
      Integer at = index.get(u.name());
      if (at == null) {
        throw new TableException(
            u.role() + ": " + file + " has no column '" + SafeText.of(u.name()) + "' (its first"
                + " line has " + header.size() + (header.size() == 1 ? " field" : " fields")
                + "; it must be a header naming the columns)",
            true);
      }
      slots[i] = at;
    }
    return slots;
  }

  private double number(String text, long line, Used column) {
    if (!NUMBER.matcher(text).matches()) {
      throw fault("line " + line + ": " + quote(text) + " in column '" + SafeText.of(column.name())
          + "' is not a number");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw fault("line " + line + ": " + quote(text) + " in column '" + SafeText.of(column.name())
          + "' is too large");
    }
    if (column.kind() == Kind.TIME && value < 0) {
      throw fault("line " + line + ": " + column.role() + " " + quote(text) + " in column '"
          + SafeText.of(column.name()) + "' is negative");
    }
    if (column.kind() == Kind.WEIGHT && !(value > 0)) {
      throw fault("line " + line + ": weight " + quote(text) + " in column '"
          + SafeText.of(column.name()) + "' is not positive");
    }
    return value;
  }

  private byte event(String text, long line, Used column) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("true")) {
      return TRUE;
    }
    if (lower.equals("false")) {
      return FALSE;
    }
    if (NUMBER.matcher(text).matches()) {
      double v = Double.parseDouble(text);
      if (v == 0) {
        return ZERO;
      }
      if (v == 1) {
        return ONE;
      }
      if (v == 2) {
        return TWO;
      }
    }
    throw fault("line " + line + ": event " + quote(text) + " in column '" + SafeText.of(column.name())
        + "' is not 1 or true (event), 0 or false (censored), or R's 1/2 coding");
  }

  private int kind(String text, long line, Used column) {
    if (NUMBER.matcher(text).matches()) {
      double v = Double.parseDouble(text);
      if (v >= 0 && v <= 1e9 && v == Math.rint(v)) {
        return (int) v;
      }
    }
    throw fault("line " + line + ": event " + quote(text) + " in column '" + SafeText.of(column.name())
        + "' is not 0 (censored) or a positive whole number (a kind of event)");
  }

  private static String quote(String text) {
    return "'" + SafeText.of(text) + "'";
  }

  private TableException fault(String message) {
    return new TableException(file + " " + message, false);
  }
}
