package io.github.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the table of {@code vigil survival --data}: a CSV file (UTF-8, a header row naming the
 * columns), with Jackson's CSV parser. Columns are chosen by name; a row with a blank or {@code
 * NA} in a used column is dropped and counted; any other value that cannot be read stops the
 * command with one line naming the file and line (the header being line 1).
 *
 * <p>Event values: {@code 1} event, {@code 0} censored; {@code true}/{@code false} (any case); and,
 * as R's {@code Surv()} does, when the column's largest value is {@code 2}, R's coding {@code 1}
 * censored, {@code 2} event (as in R's {@code lung} data).
 */
final class SurvivalTable {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final int MAX_QUOTED = 24;

  private final Path path;
  private final String file;

  private SurvivalTable(Path path) {
    this.path = path;
    this.file = path.toString();
  }

  /**
   * Reads the columns named by the options.
   *
   * @param path the CSV file, which exists
   * @param time the time column
   * @param event the event column
   * @param group the group column, if any
   * @param covariates the covariate columns, possibly none
   * @param usage makes the usage error for a message (a column named in an option is missing)
   * @return the rows with every used value present
   * @throws DataException if the file cannot be read, is not UTF-8 or well-formed CSV, or holds a
   *     value that is neither blank, {@code NA} nor valid for its column
   */
  static SurvivalData read(
      Path path,
      String time,
      String event,
      @Nullable String group,
      List<String> covariates,
      Function<String, RuntimeException> usage) {
    return new SurvivalTable(path).run(time, event, group, covariates, usage);
  }

  /** One used column: the option that named it and its name. */
  private record Used(String option, String name) {}

  private SurvivalData run(
      String time,
      String event,
      @Nullable String group,
      List<String> covariates,
      Function<String, RuntimeException> usage) {
    List<Used> used = new ArrayList<>();
    used.add(new Used("--time", time));
    used.add(new Used("--event", event));
    if (group != null) {
      used.add(new Used("--group", group));
    }
    for (String c : covariates) {
      used.add(new Used("--covariates", c));
    }
    List<Row> rows = new ArrayList<>();
    long line = 0;
    int dropped = 0;
    try (Reader reader = open(path);
        CsvParser p = FACTORY.createParser(reader)) {
      p.setSchema(CsvSchema.emptySchema());
      @Nullable List<String> header = null;
      int[] slots = new int[used.size()];
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
            if (header == null) {
              header = fields.stream().map(String::strip).toList();
              slots = slots(header, used, usage);
              continue;
            }
            if (fields.size() != header.size()) {
              throw fault(
                  "line " + line + " has " + fields.size() + " fields but the header has "
                      + header.size() + " columns");
            }
            List<String> values = new ArrayList<>(used.size());
            boolean missing = false;
            for (int slot : slots) {
              String value = fields.get(slot).strip();
              values.add(value);
              missing |= value.isEmpty() || value.equals("NA");
            }
            if (missing) {
              dropped++;
            } else {
              rows.add(new Row(line, List.copyOf(values)));
            }
          }
          default -> throw new IllegalStateException("unexpected CSV token " + t);
        }
      }
      if (header == null) {
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
      throw new DataException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
    }
    return data(rows, used, group != null, covariates, dropped);
  }

  /** A data row with every used value present, in the order of the used columns. */
  private record Row(long line, List<String> values) {}

  private static Reader open(Path path) throws IOException {
    PushbackReader reader =
        new PushbackReader(Files.newBufferedReader(path, StandardCharsets.UTF_8), 1);
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  private int[] slots(List<String> header, List<Used> used, Function<String, RuntimeException> usage) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (index.putIfAbsent(header.get(i), i) != null && !header.get(i).isEmpty()) {
        for (Used u : used) {
          if (u.name().equals(header.get(i))) {
            throw fault("names column '" + u.name() + "' twice in its header");
          }
        }
      }
    }
    int[] slots = new int[used.size()];
    for (int i = 0; i < used.size(); i++) {
      Used u = used.get(i);
      Integer at = index.get(u.name());
      if (at == null) {
        StringJoiner names = new StringJoiner(", ");
        header.stream().limit(20).forEach(names::add);
        throw usage.apply(
            u.option() + ": " + file + " has no column '" + u.name() + "' (its columns: " + names
                + (header.size() > 20 ? ", ..." : "") + ")");
      }
      slots[i] = at;
    }
    return slots;
  }

  private SurvivalData data(
      List<Row> rows, List<Used> used, boolean grouped, List<String> covariates, int dropped) {
    int n = rows.size();
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    List<String> groups = new ArrayList<>(grouped ? n : 0);
    int first = grouped ? 3 : 2;
    double[][] values = new double[n][covariates.size()];
    boolean twoCoding = false;
    for (Row r : rows) {
      if (isNumber(r.values().get(1)) && Double.parseDouble(r.values().get(1)) == 2) {
        twoCoding = true;
        break;
      }
    }
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      times[i] = number(r, 0, used.get(0));
      if (times[i] < 0) {
        throw fault("line " + r.line() + ": time " + quote(r.values().get(0)) + " in column '"
            + used.get(0).name() + "' is negative");
      }
      events[i] = event(r, used.get(1), twoCoding);
      if (grouped) {
        groups.add(r.values().get(2));
      }
      for (int j = 0; j < covariates.size(); j++) {
        values[i][j] = number(r, first + j, used.get(first + j));
      }
    }
    return new SurvivalData(
        times,
        events,
        grouped ? Optional.of(ImmutableList.copyOf(groups)) : Optional.empty(),
        values,
        ImmutableList.copyOf(covariates),
        dropped);
  }

  private double number(Row r, int slot, Used column) {
    String text = r.values().get(slot);
    if (!isNumber(text)) {
      throw fault("line " + r.line() + ": " + quote(text) + " in column '" + column.name()
          + "' is not a number");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw fault("line " + r.line() + ": " + quote(text) + " in column '" + column.name()
          + "' is too large");
    }
    return value;
  }

  private boolean event(Row r, Used column, boolean twoCoding) {
    String text = r.values().get(1);
    String lower = text.toLowerCase(Locale.ROOT);
    if (!twoCoding && (lower.equals("true") || lower.equals("false"))) {
      return lower.equals("true");
    }
    if (isNumber(text)) {
      double v = Double.parseDouble(text);
      if (twoCoding && (v == 1 || v == 2)) {
        return v == 2;
      }
      if (!twoCoding && (v == 0 || v == 1)) {
        return v == 1;
      }
    }
    String expected =
        twoCoding
            ? "1 (censored) or 2 (event), as the column uses R's 1/2 coding (its largest value is 2)"
            : "1 or true (event), 0 or false (censored), or R's 1/2 coding";
    throw fault("line " + r.line() + ": event " + quote(text) + " in column '" + column.name()
        + "' is not " + expected);
  }

  private static boolean isNumber(String text) {
    return NUMBER.matcher(text).matches();
  }

  private static String quote(String text) {
    return "'" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text) + "'";
  }

  private DataException fault(String message) {
    return new DataException(file + " " + message);
  }
}
