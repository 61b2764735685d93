package io.github.vigil.survival;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the reference CSV files that survival/src/test/r/make-reference.R writes. */
final class Fixture {
  static final double RELATIVE = 1e-6;
  static final double ABSOLUTE_AT_ZERO = 1e-12;

  /** The largest relative error seen per kind of figure, for the record. */
  static final Map<String, Double> WORST = new ConcurrentHashMap<>();

  final List<String> header;
  final List<List<String>> rows;

  private Fixture(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  static Fixture read(String name) {
    String path = "/survival/" + name;
    try (InputStream in = Fixture.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      List<String> header = Arrays.asList(reader.readLine().split(",", -1));
      List<List<String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          rows.add(Arrays.asList(line.split(",", -1)));
        }
      }
      return new Fixture(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int column(String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new IllegalStateException("no column " + name + " in " + header);
    }
    return c;
  }

  String text(int row, String name) {
    return rows.get(row).get(column(name));
  }

  double number(int row, String name) {
    return parse(text(row, name));
  }

  OptionalDouble optional(int row, String name) {
    String t = text(row, name);
    return t.equals("NA") || t.equals("NaN") ? OptionalDouble.empty() : OptionalDouble.of(parse(t));
  }

  /** Parses a number as R's {@code sprintf("%.17g")} writes it, {@code Inf} and {@code -Inf} included. */
  private static double parse(String t) {
    return switch (t) {
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(t);
    };
  }

  Map<String, List<Integer>> rowsBy(String name) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      out.computeIfAbsent(text(i, name), k -> new ArrayList<>()).add(i);
    }
    return out;
  }

  /**
   * Asserts that {@code actual} is within a relative 1e-6 of {@code expected}, or equal to it when
   * it is infinite.
   */
  static void near(String kind, double expected, double actual, String where) {
    if (Double.isInfinite(expected)) {
      // exp of a coefficient past 709.78, as R gives it
      assertEquals(expected, actual, where);
      return;
    }
    assertTrue(Double.isFinite(actual), () -> where + ": not finite: " + actual);
    if (expected == 0) {
      assertEquals(0.0, actual, ABSOLUTE_AT_ZERO, where);
      return;
    }
    double error = Math.abs(actual - expected) / Math.abs(expected);
    WORST.merge(kind, error, Math::max);
    if (error > RELATIVE) {
      fail(where + ": expected " + expected + " but was " + actual + " (relative error " + error + ")");
    }
  }

  static void near(String kind, OptionalDouble expected, OptionalDouble actual, String where) {
    assertEquals(expected.isPresent(), actual.isPresent(), () -> where + ": expected " + expected + " but was " + actual);
    if (expected.isPresent()) {
      near(kind, expected.getAsDouble(), actual.getAsDouble(), where);
    }
  }

  /** A dataset: times, events, groups and covariates. */
  static final class Data {
    final double[] times;
    final boolean[] events;
    final List<String> groups;
    final List<String> names;
    final double[][] covariates;

    Data(Fixture f) {
      int n = f.rows.size();
      times = new double[n];
      events = new boolean[n];
      groups = new ArrayList<>();
      names = f.header.subList(3, f.header.size());
      covariates = new double[n][names.size()];
      for (int i = 0; i < n; i++) {
        times[i] = f.number(i, "time");
        events[i] = f.number(i, "status") == 1;
        groups.add(f.text(i, "group"));
        for (int j = 0; j < names.size(); j++) {
          covariates[i][j] = Double.parseDouble(f.rows.get(i).get(3 + j));
        }
      }
    }
  }
}
