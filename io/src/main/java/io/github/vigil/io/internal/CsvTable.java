package io.github.vigil.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.RegistryFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one CSV file of a registry folder (RFC 4180, UTF-8 with or without a byte
 * order mark), with Jackson's CSV parser, one row at a time. The first non-blank row is the
 * header; columns may come in any order; an unknown column is ignored with one warning; blank
 * rows (nothing but separators and white space) are skipped but still count as lines.
 */
public final class CsvTable {
  private static final CsvFactory FACTORY =
      CsvFactory.builder().streamReadConstraints(Limits.CONSTRAINTS).build();

  private final Columns kind;
  private final String file;

  private CsvTable(Columns kind, String file) {
    this.kind = kind;
    this.file = file;
  }

  /**
   * Reads {@code path} as the file of the given kind, passing each warning and each non-blank
   * data row to the consumers.
   *
   * @throws RegistryFormatException if the file is missing or unreadable, is not UTF-8 text,
   *     is not well-formed CSV, has no header, or lacks a required column
   */
  public static void read(Path path, Columns kind, Warnings warnings, Consumer<Row> rows) {
    new CsvTable(kind, kind.csvFile()).run(path, warnings, rows);
  }

  private void run(Path path, Warnings warnings, Consumer<Row> rows) {
    long line = 0;
    try (Reader reader = Utf8.open(path);
        CsvParser p = FACTORY.createParser(reader)) {
      p.setSchema(CsvSchema.emptySchema());
      boolean headerRead = false;
      int[] slots = new int[0];
      List<String> header = new ArrayList<>();
      @Nullable String[] values = new String[kind.columns().size()];
      int count = 0;
      boolean blank = true;
      @Nullable String problem = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_ARRAY -> {
            count = 0;
            blank = true;
            problem = null;
            line = p.currentLocation().getLineNr();
            if (headerRead) {
              values = new String[kind.columns().size()];
            } else {
              header.clear(); // the fields of a blank row before the header are not part of it
            }
          }
          case VALUE_STRING -> {
            if (count == 0) {
              line = p.currentTokenLocation().getLineNr();
            }
            String text = p.getText();
            if (blank && !text.isBlank()) {
              blank = false;
            }
            if (!headerRead) {
              if (count < Limits.MAX_COLUMNS) {
                header.add(text);
              }
            } else if (count < slots.length && slots[count] >= 0) {
              if (text.length() > Limits.MAX_FIELD_CHARS) {
                problem = Limits.tooLong(kind.columns().get(slots[count]), text.length());
              } else {
                values[slots[count]] = text;
              }
            }
            count++;
          }
          case END_ARRAY -> {
            if (blank) {
              continue;
            }
            if (!headerRead) {
              if (count > Limits.MAX_COLUMNS) {
                throw fault(
                    file + " has more than " + Limits.MAX_COLUMNS + " columns in its header"
                        + " (line " + line + "); is it a registry file?");
              }
              slots = header(header, line, warnings);
              headerRead = true;
            } else {
              if (count != slots.length) {
                problem =
                    "the row has " + count + " fields but the header has " + slots.length
                        + " columns";
              }
              rows.accept(new Row(kind, line, values, problem));
            }
          }
          default -> throw new IllegalStateException("unexpected CSV token " + t);
        }
      }
      if (!headerRead) {
        throw fault(
            file + " is empty: it needs at least a header line naming its columns (required: "
                + String.join(", ", kind.required()) + ")");
      }
    } catch (NoSuchFileException e) {
      throw new RegistryFormatException(
          file, file + " is missing: a registry folder needs " + files() + " (a header line is"
              + " enough for an empty file)", e);
    } catch (Utf8.NotUtf8Exception e) {
      throw fault(file + " is not UTF-8 text at line " + e.line() + "; save it as CSV in UTF-8");
    } catch (CharacterCodingException e) {
      throw fault(
          file + " is not UTF-8 text (at or after line " + Math.max(line, 1) + "); save it as"
              + " CSV in UTF-8");
    } catch (StreamConstraintsException e) {
      throw fault(
          file + " has a field longer than " + Limits.MAX_TOKEN_CHARS + " characters in the row"
              + " that starts at line " + Math.max(line, 1) + "; is a quote left open?");
    } catch (JsonProcessingException e) {
      // The row that starts at `line` holds the field that went wrong: a quote opened there
      // may run on for many lines before the parser notices.
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw fault(
          file + " is not well-formed CSV in the row that starts at line " + Math.max(line, 1)
              + (at > line ? " (the parser stopped at line " + at + ")" : "")
              + ": a quoted field must end with a quote followed by a comma or the end of the"
              + " line, and a quote inside it must be doubled");
    } catch (IOException e) {
      throw new RegistryFormatException(
          file, file + " could not be read: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Returns, for each column of the header, its slot in {@link Columns#columns()} or -1. The
   * required columns are checked first: when one is missing, line 1 may be a row of data (the
   * header line left out), so the message names only the format's own columns and counts the
   * others, which may be a person's name or note. Only a header that has every required column
   * gives warnings about the others, and a name is shown only when it has no white space.
   */
  private int[] header(List<String> names, long line, Warnings warnings) {
    int[] slots = new int[names.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      for (int k = 0; k < name.length(); k++) {
        if (Character.isISOControl(name.charAt(k))) {
          throw fault(
              file + " does not look like CSV text: its header (line " + line + ") holds control"
                  + " characters");
        }
      }
      slots[i] = kind.columns().indexOf(name);
      seen.add(name);
    }
    for (String required : kind.required()) {
      if (!seen.contains(required)) {
        StringJoiner found = new StringJoiner(", ");
        int others = 0;
        for (int i = 0; i < names.size(); i++) {
          if (slots[i] >= 0) {
            found.add(kind.columns().get(slots[i]));
          } else if (!names.get(i).isBlank()) {
            others++;
          }
        }
        String known = found.length() == 0 ? "none of its columns" : found.toString();
        throw fault(
            file + " has no column '" + required + "' (required: "
                + String.join(", ", kind.required()) + "); the header, line " + line + ", names "
                + known
                + (others == 0 ? "" : " and " + others + " other " + (others == 1 ? "column" : "columns")
                    + " (not shown: if line " + line + " is a row of data, the header line is missing)"));
      }
    }
    Set<String> named = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (name.isEmpty()) {
        warnings.add(
            file, "columns without a name",
            file + ": column " + (i + 1) + " has no name in the header; it is ignored");
      } else if (!named.add(name)) {
        throw fault(
            file + ": column " + Echo.quoteIf(name, Echo.Shape.TOKEN) + " appears twice in the"
                + " header");
      } else if (slots[i] < 0) {
        warnings.add(
            file, "unknown columns",
            file + ": unknown column " + Echo.quoteIf(name, Echo.Shape.TOKEN) + " is ignored");
      }
    }
    return slots;
  }

  private static String files() {
    StringJoiner out = new StringJoiner(", ");
    for (Columns c : Columns.values()) {
      if (!c.isOptional()) {
        out.add(c.csvFile());
      }
    }
    return out.toString();
  }

  private RegistryFormatException fault(String message) {
    return new RegistryFormatException(file, message);
  }
}
