package io.github.vigil.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.io.RegistryFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Streams the records of a registry's JSON document ({@code {"formatVersion":1, "country":"VE",
 * "facilities":[...], "detainees":[...], "events":[...]}}), one record at a time. A record's
 * line is its 1-based position in its array plus one, so that it matches the line of the same
 * row in a CSV file with a header. Keys may come in any order; an unknown key is ignored with
 * one warning.
 */
public final class JsonDocument {
  /** The document's format version that this reader understands. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(Limits.CONSTRAINTS)
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());

  private final String file;
  private final Set<Columns> wanted;
  private final Consumer<String> warnings;
  private final Consumer<Row> rows;
  private @Nullable String country;
  private @Nullable String name;

  private JsonDocument(
      String file, Set<Columns> wanted, Consumer<String> warnings, Consumer<Row> rows) {
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
   * @return the document's {@code country} and {@code name}, trimmed; either may be empty
   * @throws RegistryFormatException if the file is missing or unreadable, is not UTF-8 JSON,
   *     is not a JSON object, has no {@code formatVersion} 1, or lacks one of the three arrays
   */
  public static Header read(
      Path path, Set<Columns> wanted, Consumer<String> warnings, Consumer<Row> rows) {
    String file = String.valueOf(path.getFileName());
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
        JsonParser p = MAPPER.createParser(reader)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fault(
            file + " must hold one JSON object, {\"formatVersion\":1, \"facilities\":[...],"
                + " \"detainees\":[...], \"events\":[...]}");
      }
      boolean version = false;
      Set<Columns> arrays = EnumSet.noneOf(Columns.class);
      boolean topWarnings = wanted.contains(Columns.FACILITIES);
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        line = p.currentTokenLocation().getLineNr();
        JsonToken value = p.nextToken();
        switch (key) {
          case "formatVersion" -> {
            if (value != JsonToken.VALUE_NUMBER_INT
                || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() != FORMAT_VERSION) {
              if (value == JsonToken.VALUE_STRING) {
                throw fault(
                    file + " has formatVersion " + Texts.quote(p.getText()) + " as a string (line "
                        + line + "); write it as a number: \"formatVersion\":1");
              }
              String shown = value.isScalarValue() ? Texts.quote(p.getText()) : "not a number";
              throw fault(
                  file + " has formatVersion " + shown + " (line " + line + "); this version of"
                      + " Vigil reads format version " + FORMAT_VERSION);
            }
            version = true;
          }
          case "country" -> country = text(p, value, key);
          case "name" -> name = text(p, value, key);
          case "facilities", "detainees", "events" -> {
            Columns kind = Columns.valueOf(key.toUpperCase(java.util.Locale.ROOT));
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
              warnings.accept(file + ": unknown key " + Texts.quote(key) + " is ignored");
            }
            p.skipChildren();
          }
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        line = p.currentLocation().getLineNr();
        throw fault(file + " holds more than one JSON value (line " + line + ")");
      }
      if (!version) {
        throw fault(file + " has no formatVersion; write \"formatVersion\":1");
      }
      for (Columns c : Columns.values()) {
        if (!arrays.contains(c)) {
          throw fault(
              file + " has no \"" + c.array() + "\" array (it is required, even if empty: []).");
        }
      }
    } catch (NoSuchFileException e) {
      throw new RegistryFormatException(file, file + " is missing", e);
    } catch (CharacterCodingException e) {
      throw fault(file + " is not UTF-8 text (at or after line " + line + ")");
    } catch (StreamConstraintsException e) {
      throw fault(
          file + " has a value longer than " + Limits.MAX_TOKEN_CHARS + " characters or nested"
              + " deeper than " + Limits.MAX_JSON_DEPTH + " levels (at or after line " + line
              + ")");
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw fault(
          file + " is not well-formed JSON at line " + at + ", column " + column
              + " (or it repeats a key in one object)");
    } catch (IOException e) {
      throw new RegistryFormatException(
          file, file + " could not be read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
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
    Set<String> warned = new HashSet<>();
    String array = origin(file, kind);
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
      JsonNode node = MAPPER.readTree(p);
      @Nullable String[] values = new String[kind.columns().size()];
      @Nullable String problem = null;
      boolean blank = true;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        JsonNode v = field.getValue();
        if (!v.isNull() && !(v.isTextual() && v.textValue().isBlank())) {
          blank = false;
        }
        int slot = kind.columns().indexOf(key);
        if (slot < 0) {
          if (warned.add(key)) {
            warnings.accept(array + ": unknown key " + Texts.quote(key) + " is ignored");
          }
        } else if (v.isTextual()) {
          String s = v.textValue();
          if (s.length() > Limits.MAX_FIELD_CHARS) {
            problem = Limits.tooLong(key, s.length());
          } else {
            values[slot] = s;
          }
        } else if (!v.isNull()) {
          problem = key + " must be a JSON string or null, was " + kind(v);
        }
      }
      if (!blank) {
        rows.accept(new Row(kind, line, values, problem));
      }
    }
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> "not a string";
    };
  }

  private RegistryFormatException fault(String message) {
    return new RegistryFormatException(file, message);
  }
}
