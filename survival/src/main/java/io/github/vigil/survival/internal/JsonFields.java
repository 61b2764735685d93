package io.github.vigil.survival.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object of a document being read back into a value (a freedom report's, a risk report's, a
 * survival report's), and its path from the root: the one way Vigil's readers of its own JSON take
 * a value out of a document. Every key asked for must be present; keys nobody asks for are
 * ignored, since the formats grow by adding keys. A failure is an {@link IllegalArgumentException}
 * naming the key by its path, the members and elements that are data by their position from 1
 * ({@code byFacility.#3.DETAINED}, {@code assessments.#2.score}), and saying what was wrong: no
 * message repeats a key or a value of the document, which may come from anywhere. Not for users:
 * exported to Vigil's own modules only.
 */
public final class JsonFields {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final JsonNode node;
  private final String path;
  private final String what;

  private JsonFields(JsonNode node, String path, String what) {
    this.node = node;
    this.path = path;
    this.what = what;
  }

  /**
   * Returns the root object of {@code json}.
   *
   * @param what what the document is, for messages, such as {@code "the report's JSON"}
   * @throws IllegalArgumentException if {@code json} is not well-formed, repeats a key or is not
   *     one object; the message says where, never what
   */
  public static JsonFields root(String json, String what) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      // Jackson's own message may quote the document; say where only.
      throw new IllegalArgumentException(
          at == null
              ? what + " is not well-formed"
              : String.format(
                  "%s is not well-formed (or repeats a key) at line %d, column %d",
                  what, at.getLineNr(), at.getColumnNr()));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(what + " must be one object");
    }
    return new JsonFields(root, "", what);
  }

  /** Returns the path of this object from the root, such as {@code levels.#2}; empty for the root. */
  public String path() {
    return path;
  }

  /** Returns the path of {@code key} in this object, such as {@code levels.#2.rates}. */
  public String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Returns the failure of {@code key}: its path, then {@code problem}. */
  public IllegalArgumentException fail(String key, String problem) {
    return new IllegalArgumentException(at(key) + " " + problem);
  }

  /** Returns whether the object has {@code key}. */
  public boolean has(String key) {
    return node.has(key);
  }

  private JsonNode get(String key) {
    JsonNode n = node.get(key);
    if (n == null) {
      throw fail(key, "is missing");
    }
    return n;
  }

  /** Returns the object at {@code key}. */
  public JsonFields object(String key) {
    JsonNode n = get(key);
    if (!n.isObject()) {
      throw fail(key, "must be an object");
    }
    return new JsonFields(n, at(key), what);
  }

  /** Returns the object at {@code key}, or empty when the key is absent. */
  public Optional<JsonFields> optionalObject(String key) {
    return has(key) ? Optional.of(object(key)) : Optional.empty();
  }

  /** Returns the objects of the array at {@code key}, each named by its position from 1. */
  public ImmutableList<JsonFields> objects(String key) {
    ImmutableList.Builder<JsonFields> out = ImmutableList.builder();
    int i = 0;
    for (JsonNode element : array(key)) {
      String where = at(key + ".#" + ++i);
      if (!element.isObject()) {
        throw new IllegalArgumentException(where + " must be an object");
      }
      out.add(new JsonFields(element, where, what));
    }
    return out.build();
  }

  /** Returns the objects of the array at {@code key}, or empty when the key is absent. */
  public Optional<ImmutableList<JsonFields>> optionalObjects(String key) {
    return has(key) ? Optional.of(objects(key)) : Optional.empty();
  }

  /** Returns the texts of the array at {@code key}. */
  public ImmutableList<String> texts(String key) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int i = 0;
    for (JsonNode element : array(key)) {
      String where = at(key + ".#" + ++i);
      if (!element.isTextual()) {
        throw new IllegalArgumentException(where + " must be text");
      }
      out.add(element.textValue());
    }
    return out.build();
  }

  /**
   * Returns the rows of the array of arrays at {@code key}, each element read by {@code element}
   * from the node and its path.
   */
  public <T> ImmutableList<ImmutableList<T>> rows(String key, Element<T> element) {
    ImmutableList.Builder<ImmutableList<T>> out = ImmutableList.builder();
    int i = 0;
    for (JsonNode row : array(key)) {
      String where = at(key + ".#" + ++i);
      if (!row.isArray()) {
        throw new IllegalArgumentException(where + " must be an array");
      }
      ImmutableList.Builder<T> cells = ImmutableList.builder();
      int j = 0;
      for (JsonNode cell : row) {
        cells.add(element.read(cell, where + ".#" + ++j));
      }
      out.add(cells.build());
    }
    return out.build();
  }

  /** Reads one element of an array from its node and its path. */
  @FunctionalInterface
  public interface Element<T> {
    /** Returns the value of {@code node}, found at {@code where}. */
    T read(JsonNode node, String where);
  }

  private JsonNode array(String key) {
    JsonNode n = get(key);
    if (!n.isArray()) {
      throw fail(key, "must be an array");
    }
    return n;
  }

  private List<Map.Entry<String, JsonNode>> fields() {
    return new ArrayList<>(node.properties());
  }

  /** Returns the members in document order, each an object named by its position from 1. */
  public List<Map.Entry<String, JsonFields>> members() {
    List<Map.Entry<String, JsonFields>> out = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, JsonNode> e : fields()) {
      String where = at("#" + ++i);
      if (!e.getValue().isObject()) {
        throw new IllegalArgumentException(where + " must be an object");
      }
      out.add(Map.entry(e.getKey(), new JsonFields(e.getValue(), where, what)));
    }
    return out;
  }

  /** Returns the count at {@code key}: a whole number from 0 to {@code 2^63 - 1}. */
  public long count(String key) {
    return count(get(key), at(key));
  }

  /** Returns the count at {@code key}, at most {@link Integer#MAX_VALUE}. */
  public int smallCount(String key) {
    return smallCount(get(key), at(key));
  }

  private static int smallCount(JsonNode node, String where) {
    long n = count(node, where);
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(where + " is past the largest count here, 2^31 - 1");
    }
    return (int) n;
  }

  /** Returns the count at {@code key}, or empty when it is {@code null} (a hidden cell). */
  public OptionalLong cell(String key) {
    return cell(get(key), at(key));
  }

  /** Returns the members' counts (or null cells), each named by its position from 1. */
  public ImmutableMap<String, OptionalLong> cellsByPosition() {
    ImmutableMap.Builder<String, OptionalLong> out = ImmutableMap.builder();
    int i = 0;
    for (Map.Entry<String, JsonNode> e : fields()) {
      out.put(e.getKey(), cell(e.getValue(), at("#" + ++i)));
    }
    return out.buildOrThrow();
  }

  private static OptionalLong cell(JsonNode n, String where) {
    return n.isNull() ? OptionalLong.empty() : OptionalLong.of(count(n, where));
  }

  /** Returns the number of days at {@code key} (finite, not negative), or empty when {@code null}. */
  public OptionalDouble days(String key) {
    JsonNode n = get(key);
    if (n.isNull()) {
      return OptionalDouble.empty();
    }
    double d = n.isNumber() ? n.doubleValue() : Double.NaN;
    if (!Double.isFinite(d) || d < 0) {
      throw fail(key, "must be a number of days (finite, not negative) or null");
    }
    return OptionalDouble.of(d + 0.0); // -0.0 is 0
  }

  /** Returns the finite number at {@code key}, or empty when it is {@code null}. */
  public OptionalDouble number(String key) {
    return numberOf(get(key), at(key));
  }

  /** Returns the finite number of {@code node}, or empty when it is {@code null}; for {@link #rows}. */
  public static OptionalDouble numberOf(JsonNode node, String where) {
    if (node.isNull()) {
      return OptionalDouble.empty();
    }
    double d = node.isNumber() ? node.doubleValue() : Double.NaN;
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException(where + " must be a finite number or null");
    }
    return OptionalDouble.of(d);
  }

  /** Returns the boolean at {@code key}. */
  public boolean bool(String key) {
    JsonNode n = get(key);
    if (!n.isBoolean()) {
      throw fail(key, "must be true or false");
    }
    return n.booleanValue();
  }

  /** Returns the date at {@code key}, in ISO form. */
  public LocalDate date(String key) {
    JsonNode n = get(key);
    try {
      if (n.isTextual()) {
        return LocalDate.parse(n.textValue());
      }
    } catch (DateTimeParseException e) {
      // said below, without the text
    }
    throw fail(key, "must be an ISO date (YYYY-MM-DD)");
  }

  /** Returns the text at {@code key}. */
  public String text(String key) {
    JsonNode n = get(key);
    if (!n.isTextual()) {
      throw fail(key, "must be text");
    }
    return n.textValue();
  }

  /** Returns the text at {@code key}, or empty when it is {@code null}. */
  public Optional<String> optionalText(String key) {
    return get(key).isNull() ? Optional.empty() : Optional.of(text(key));
  }

  /** Returns the text at {@code key}, or empty when the key is absent. */
  public Optional<String> textIfPresent(String key) {
    return has(key) ? Optional.of(text(key)) : Optional.empty();
  }

  /**
   * Returns what {@code build} builds from values read out of this object, or a failure naming
   * this object when they disagree (the checks of Vigil's values say what, never with a value).
   */
  public <T> T built(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(
          (path.isEmpty() ? what : path) + " is not consistent: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the value of the code at {@code key}: {@code parse} of its text, or a failure saying
   * that it must be one of {@code codes} when the text is none of them.
   */
  @SuppressWarnings("UnusedException") // the cause's message may repeat the value: it is dropped
  public <T> T code(String key, Function<String, T> parse, String codes) {
    String text = text(key);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw fail(key, "must be one of " + codes);
    }
  }

  private static long count(JsonNode n, String where) {
    if (!n.isIntegralNumber()) {
      throw new IllegalArgumentException(where + " must be a count: a whole number, not negative");
    }
    if (!n.canConvertToLong()) {
      throw new IllegalArgumentException(where + " is past the largest count, 2^63 - 1");
    }
    if (n.longValue() < 0) {
      throw new IllegalArgumentException(where + " must be a count: a whole number, not negative");
    }
    return n.longValue();
  }
}
