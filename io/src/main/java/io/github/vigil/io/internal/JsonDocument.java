package io.github.vigil.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.RegistryFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Streams the records of a registry's JSON document ({@code {"formatVersion":1, "country":"VE",
 * "facilities":[...], "detainees":[...], "events":[...]}}), one record at a time and one key at
 * a time: no record is ever held whole, so a record of millions of keys costs no memory. A
 * record's line is its 1-based position in its array plus one, so that it matches the line of
 * the same row in a CSV file with a header. Keys may come in any order; an unknown key is
 * ignored with one warning; a key of the format repeated in one object stops reading.
 */
public final class JsonDocument {
  /** The document's format version that this reader understands. */
  public static final int FORMAT_VERSION = 1;

  /** The most keys a record may have; a record with more is rejected (far more than the format has). */
  public static final int MAX_KEYS_PER_RECORD = 100;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(Limits.CONSTRAINTS).build();

  private static final Set<String> TOP_LEVEL =
      Set.of("formatVersion", "country", "name", "facilities", "detainees", "events", "corrections");

  private final String file;
  private final Set<Columns> wanted;
  private final Warnings warnings;
  private final Consumer<Row> rows;
  private @Nullable String country;
  private @Nullable String name;

  private JsonDocument(String file, Set<Columns> wanted, Warnings warnings, Consumer<Row> rows) {
    this.file = file;
    this.wanted = wanted;
    this.warnings = warnings;
    this.rows = rows;
  }

  /** Returns the name records of {@code kind} carry as their origin's file, such as {@code registry.json#events}. */
  public static String origin(String file, Columns kind) {
    return file + "#" + kind.array();
  }

  /**
   * Reads the document at {@code path}, passing the records of the {@code wanted} arrays to
   * {@code rows}, and, when {@code wanted} holds the facilities, the warnings about the
   * document's top-level keys to {@code warnings}.
   *
   * @param file the document's name in messages (sanitised)
   * @return the document's {@code country} and {@code name}, trimmed; either may be empty
   * @throws RegistryFormatException if the file is missing or unreadable, is not UTF-8 JSON,
   *     is not a JSON object, has no {@code formatVersion} 1, or lacks one of the three arrays
   */
  public static Header read(
      Path path, String file, Set<Columns> wanted, Warnings warnings, Consumer<Row> rows) {
    JsonDocument doc = new JsonDocument(file, wanted, warnings, rows);
    doc.run(path);
    return new Header(doc.country, doc.name);
  }

  /** The document's registry-wide values. */
  public static final class Header {
    private final @Nullable String country;
    private final @Nullable String name;

    Header(@Nullable String country, @Nullable String name) {
      this.country = country;
      this.name = name;
    }

    /** Returns the {@code country}, if present and not blank. */
    public Optional<String> country() {
      return Optional.ofNullable(country);
    }

    /** Returns the {@code name}, if present and not blank. */
    public Optional<String> name() {
      return Optional.ofNullable(name);
    }
  }

  private void run(Path path) {
    long line = 1;
    try (Reader reader = Utf8.open(path);
        JsonParser p = FACTORY.createParser(reader)) {
      try {
        document(p);
      } catch (StreamConstraintsException e) {
        throw fault(file + " " + limit(e) + " (line " + p.currentLocation().getLineNr() + ")");
      }
    } catch (NoSuchFileException e) {
      throw new RegistryFormatException(file, file + " is missing", e);
    } catch (Utf8.NotUtf8Exception e) {
      throw fault(file + " is not UTF-8 text at line " + e.line());
    } catch (CharacterCodingException e) {
      throw fault(file + " is not UTF-8 text (at or after line " + line + ")");
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw fault(file + " is not well-formed JSON at line " + at + ", column " + column);
    } catch (IOException e) {
      throw new RegistryFormatException(
          file, file + " could not be read: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Says which of the parser's limits was passed, from the exception's own wording. */
  private static String limit(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    if (m.startsWith("Name length")) {
      return "has a key longer than " + Limits.MAX_FIELD_CHARS + " characters";
    }
    if (m.contains("nesting depth")) {
      return "is nested deeper than " + Limits.MAX_JSON_DEPTH + " levels";
    }
    if (m.startsWith("Number value length")) {
      return "has a number longer than " + Limits.MAX_NUMBER_CHARS + " digits";
    }
    return "has a value longer than " + Limits.MAX_TOKEN_CHARS + " characters";
  }

  private void document(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw fault(
          file + " must hold one JSON object, {\"formatVersion\":1, \"facilities\":[...],"
              + " \"detainees\":[...], \"events\":[...]}");
    }
    boolean version = false;
    Set<String> seen = new HashSet<>();
    Set<Columns> arrays = EnumSet.noneOf(Columns.class);
    boolean topWarnings = wanted.contains(Columns.FACILITIES);
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      long line = p.currentTokenLocation().getLineNr();
      JsonToken value = p.nextToken();
      if (TOP_LEVEL.contains(key) && !seen.add(key)) {
        throw fault(file + " repeats the key \"" + key + "\" (line " + line + ")");
      }
      switch (key) {
        case "formatVersion" -> {
          if (value != JsonToken.VALUE_NUMBER_INT
              || p.getNumberType() != JsonParser.NumberType.INT
              || p.getIntValue() != FORMAT_VERSION) {
            if (value == JsonToken.VALUE_STRING) {
              throw fault(
                  file + " has formatVersion " + Echo.quoteIf(p.getText(), Echo.Shape.DATE)
                      + " as a string (line " + line + "); write it as a number:"
                      + " \"formatVersion\":1");
            }
            String shown =
                value.isNumeric() ? Echo.quoteIf(p.getText(), Echo.Shape.DATE) : "not a number";
            throw fault(
                file + " has formatVersion " + shown + " (line " + line + "); this version of"
                    + " Vigil reads format version " + FORMAT_VERSION);
          }
          version = true;
        }
        case "country" -> country = text(p, value, key);
        case "name" -> name = text(p, value, key);
        case "facilities", "detainees", "events", "corrections" -> {
          Columns kind = Columns.valueOf(key.toUpperCase(Locale.ROOT));
          if (value != JsonToken.START_ARRAY) {
            throw fault(file + ": " + key + " must be an array of records (line " + line + ")");
          }
          arrays.add(kind);
          if (wanted.contains(kind)) {
            records(p, kind);
          } else {
            p.skipChildren();
          }
        }
        default -> {
          if (topWarnings) {
            warnings.add(
                file, "unknown keys", file + ": unknown key " + Echo.quoteIf(key, Echo.Shape.TOKEN)
                    + " is ignored");
          }
          p.skipChildren();
        }
      }
    }
    if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
      throw fault(
          file + " holds more than one JSON value (line " + p.currentLocation().getLineNr() + ")");
    }
    if (!version) {
      throw fault(file + " has no formatVersion; write \"formatVersion\":1");
    }
    for (Columns c : Columns.values()) {
      if (!arrays.contains(c) && !c.isOptional()) {
        throw fault(
            file + " has no \"" + c.array() + "\" array (it is required, even if empty: []).");
      }
    }
  }

  private @Nullable String text(JsonParser p, JsonToken value, String key) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_STRING) {
      throw fault(file + ": " + key + " must be a string or null");
    }
    String s = p.getText().strip();
    return s.isEmpty() ? null : s;
  }

  private void records(JsonParser p, Columns kind) throws IOException {
    UnknownKeys unknown = new UnknownKeys(origin(file, kind));
    long index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      index++;
      long line = index + 1;
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        rows.accept(new Row(kind, line, new String[kind.columns().size()], "the record is not a JSON object"));
        continue;
      }
      record(p, kind, line, unknown);
    }
  }

  /** Reads one record, key by key, from just after its {@code START_OBJECT}. */
  private void record(JsonParser p, Columns kind, long line, UnknownKeys unknown) throws IOException {
    @Nullable String[] values = new String[kind.columns().size()];
    @Nullable String problem = null;
    boolean blank = true;
    int keys = 0;
    long given = 0; // bit i: column i was given
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      keys++;
      if (keys > MAX_KEYS_PER_RECORD) {
        if (keys == MAX_KEYS_PER_RECORD + 1) {
          problem =
              "the record has more than " + MAX_KEYS_PER_RECORD + " keys (a record of "
                  + kind.array() + " has at most " + kind.columns().size() + ")";
          blank = false;
        }
        p.skipChildren();
        continue;
      }
      if (v != JsonToken.VALUE_NULL && !(v == JsonToken.VALUE_STRING && p.getText().isBlank())) {
        blank = false;
      }
      int slot = kind.columns().indexOf(key);
      if (slot < 0) {
        unknown.saw(key);
        p.skipChildren();
        continue;
      }
      if ((given & (1L << slot)) != 0) {
        throw fault(
            file + ": a record of " + kind.array() + " repeats the key \"" + key + "\" (line "
                + p.currentTokenLocation().getLineNr() + ")");
      }
      given |= 1L << slot;
      if (v == JsonToken.VALUE_STRING) {
        String s = p.getText();
        if (s.length() > Limits.MAX_FIELD_CHARS) {
          problem = Limits.tooLong(key, s.length());
        } else {
          values[slot] = s;
        }
      } else if (v != JsonToken.VALUE_NULL) {
        problem = key + " must be a JSON string or null, was " + kind(v);
        p.skipChildren();
      }
    }
    if (!blank) {
      rows.accept(new Row(kind, line, values, problem));
    }
  }

  /** The warnings about unknown keys of one array: one per key, at most 10 listed. */
  private final class UnknownKeys {
    private static final int REMEMBERED = 10_000;
    private final String array;
    private final Set<String> seen = new HashSet<>();

    UnknownKeys(String array) {
      this.array = array;
    }

    void saw(String key) {
      if (seen.contains(key)) {
        return;
      }
      if (seen.size() < REMEMBERED) {
        seen.add(key);
      }
      warnings.add(
          array, "unknown keys",
          array + ": unknown key " + Echo.quoteIf(key, Echo.Shape.TOKEN) + " is ignored");
    }
  }

  private static String kind(JsonToken v) {
    return switch (v) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> "not a string";
    };
  }

  private RegistryFormatException fault(String message) {
    return new RegistryFormatException(file, message);
  }
}
