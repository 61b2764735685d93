package io.github.vigil.sheets.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.vigil.io.internal.Limits;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A delimited text file (comma, semicolon or tab separated; quotes as in RFC 4180) in UTF-8
 * (with or without a byte order mark), UTF-16 with a byte order mark, or the encoding given.
 * The file is read twice: once to check every byte against the encoding (a file that is not
 * valid in it is refused, naming the first bad byte's line, never decoded by guess) and to find
 * the header, then to stream its rows. The delimiter is the one given, or the one of {@code ,},
 * {@code ;} and tab that the header line holds most often outside quotes.
 */
public final class TextBook implements Book {
  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Limits.MAX_TOKEN_CHARS).build())
          .build();
  private static final int BUFFER = 1 << 16;

  private final Path path;
  private final String file;
  private final Charset charset;
  private final int bomLength;
  private final String encodingNote;
  private final char delimiter;
  private final String delimiterNote;

  private TextBook(
      Path path, Charset charset, int bomLength, String encodingNote, char delimiter,
      String delimiterNote) {
    this.path = path;
    this.file = String.valueOf(path.getFileName());
    this.charset = charset;
    this.bomLength = bomLength;
    this.encodingNote = encodingNote;
    this.delimiter = delimiter;
    this.delimiterNote = delimiterNote;
  }

  /**
   * Opens {@code path}, checking its encoding and finding its delimiter.
   *
   * @param encoding the encoding to read it in, or empty for UTF-8 (or UTF-16 with a byte order
   *     mark)
   * @param delimiter the delimiter, or empty to find it in the header
   * @throws SheetFormatException if the file cannot be read, is not valid in the encoding, has a
   *     byte order mark of another encoding than the one given, has no header, or its header
   *     holds two candidate delimiters equally often
   */
  public static TextBook open(Path path, Optional<Charset> encoding, Optional<Character> delimiter) {
    String file = String.valueOf(path.getFileName());
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, 4);
    } catch (IOException e) {
      throw new SheetFormatException(file + " could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
    Charset bom = null;
    int bomLength = 0;
    if (n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
      bom = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
      bom = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
      bom = StandardCharsets.UTF_16LE;
      bomLength = 2;
    }
    Charset charset;
    String note;
    if (bom != null) {
      if (encoding.isPresent() && !sameFamily(encoding.get(), bom)) {
        throw new SheetFormatException(
            file + " starts with the byte order mark of " + family(bom) + ", but --encoding "
                + encoding.get().name() + " was given: leave out --encoding");
      }
      charset = bom;
      note = family(bom) + " (byte order mark)";
    } else if (encoding.isPresent()) {
      charset = encoding.get();
      note = charset.name() + " (--encoding)";
    } else {
      charset = StandardCharsets.UTF_8;
      note = "UTF-8";
    }
    String header = check(path, file, charset, bomLength, encoding.isPresent());
    char d;
    String dNote;
    if (delimiter.isPresent()) {
      d = delimiter.get();
      dNote = "delimiter " + name(d) + " (--delimiter)";
    } else {
      d = detect(file, header);
      dNote = header.indexOf(d) >= 0
          ? "delimiter " + name(d) + " (found in the header)"
          : "one column (the header holds no comma, semicolon or tab; give --delimiter for another)";
    }
    return new TextBook(path, charset, bomLength, note, d, dNote);
  }

  private static boolean sameFamily(Charset given, Charset bom) {
    if (bom.equals(StandardCharsets.UTF_8)) {
      return given.equals(StandardCharsets.UTF_8);
    }
    return given.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
  }

  private static String family(Charset bom) {
    return bom.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16";
  }

  /** Returns a delimiter's name for messages: {@code ';'}, or {@code tab}. */
  public static String name(char d) {
    return d == '\t' ? "tab" : "'" + d + "'";
  }

  /**
   * Decodes the whole file strictly, counting lines; returns the first non-blank line (the
   * header), cut at 64 KiB.
   */
  private static String check(Path path, String file, Charset charset, int skip, boolean given) {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(BUFFER);
    CharBuffer out = CharBuffer.allocate(BUFFER);
    long line = 1;
    boolean lastCr = false;
    StringBuilder header = new StringBuilder();
    boolean headerDone = false;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), BUFFER)) {
      raw.skipNBytes(skip);
      boolean eof = false;
      while (true) {
        if (!eof) {
          int r = raw.read(in.array(), in.position(), in.remaining());
          if (r < 0) {
            eof = true;
          } else {
            in.position(in.position() + r);
          }
        }
        in.flip();
        CoderResult result = decoder.decode(in, out, eof);
        boolean done = false;
        if (eof && result.isUnderflow()) {
          result = decoder.flush(out);
          done = result.isUnderflow();
        }
        out.flip();
        while (out.hasRemaining()) {
          char c = out.get();
          if (!headerDone) {
            if (c == '\n' || c == '\r') {
              if (!header.toString().isBlank()) {
                headerDone = true;
              } else {
                header.setLength(0);
              }
            } else if (header.length() < BUFFER) {
              header.append(c);
            }
          }
          if (c == '\n') {
            if (!lastCr) {
              line++;
            }
            lastCr = false;
          } else if (c == '\r') {
            line++;
            lastCr = true;
          } else {
            lastCr = false;
          }
        }
        out.clear();
        if (result.isError()) {
          int bad = in.get(in.position()) & 0xff;
          throw new SheetFormatException(
              file + " is not " + charset.name() + " text: line " + line + " holds the byte "
                  + String.format(Locale.ROOT, "0x%02X", bad) + ", which " + charset.name()
                  + " does not allow"
                  + (given
                      ? "; is it in another encoding?"
                      : "; if the file was saved by Excel or another Windows program, run again with"
                          + " --encoding windows-1252 (or --encoding iso-8859-1), or save it as CSV"
                          + " UTF-8"));
        }
        in.compact();
        if (done) {
          break;
        }
      }
    } catch (IOException e) {
      throw new SheetFormatException(file + " could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
    if (header.toString().isBlank()) {
      throw new SheetFormatException(file + " is empty: it needs a header line naming its columns");
    }
    return header.toString();
  }

  /** Returns the one of {@code , ; tab} most frequent outside quotes in {@code header}. */
  static char detect(String file, String header) {
    char[] candidates = {',', ';', '\t'};
    int[] counts = new int[3];
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < 3; k++) {
          if (c == candidates[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < 3; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    for (int k = 0; k < 3; k++) {
      if (k != best && counts[k] == counts[best] && counts[k] > 0) {
        throw new SheetFormatException(
            file + ": the header holds " + name(candidates[best]) + " and " + name(candidates[k])
                + " equally often (" + counts[k] + " times): give --delimiter");
      }
    }
    return candidates[best];
  }

  @Override
  public String describe() {
    return "text, " + encodingNote + ", " + delimiterNote;
  }

  @Override
  public void read(Sink sink) {
    Consumer<SheetRow> rows = sink.sheet(baseName(file), file);
    if (rows == null) {
      return;
    }
    long line = 0;
    try (InputStream raw = Files.newInputStream(path)) {
      raw.skipNBytes(bomLength);
      Reader reader =
          new BufferedReader(
              new InputStreamReader(
                  raw,
                  charset.newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)),
              BUFFER);
      try (CsvParser p = FACTORY.createParser(reader)) {
        p.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
        List<@Nullable Cell> cells = new ArrayList<>();
        @Nullable String problem = null;
        int width = -1;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          switch (t) {
            case START_ARRAY -> {
              cells = new ArrayList<>();
              problem = null;
              line = p.currentLocation().getLineNr();
            }
            case VALUE_STRING -> {
              if (cells.isEmpty()) {
                line = p.currentTokenLocation().getLineNr();
              }
              String text = p.getText();
              if (text.length() > Limits.MAX_FIELD_CHARS) {
                problem =
                    "column " + (cells.size() + 1) + " holds " + text.length()
                        + " characters; at most " + Limits.MAX_FIELD_CHARS + " are allowed";
                cells.add(null);
              } else if (cells.size() < Limits.MAX_COLUMNS) {
                cells.add(text.isEmpty() ? null : Cell.text(text));
              } else if (!text.isBlank()) {
                problem = "the row has more than " + Limits.MAX_COLUMNS + " fields";
              }
            }
            case END_ARRAY -> {
              SheetRow row = new SheetRow(line, cells, problem);
              if (row.isBlank() && problem == null) {
                continue;
              }
              if (width < 0) {
                width = cells.size();
              } else {
                String count = fieldCount(cells, width);
                if (count != null && problem == null) {
                  row = new SheetRow(line, cells, count);
                }
              }
              rows.accept(row);
            }
            default -> throw new IllegalStateException("unexpected CSV token " + t);
          }
        }
      }
    } catch (CharacterCodingException e) {
      throw new SheetFormatException(file + " is not " + charset.name() + " text (near line " + line + ")", e);
    } catch (StreamConstraintsException e) {
      throw new SheetFormatException(
          file + " has a field longer than " + Limits.MAX_TOKEN_CHARS + " characters (at or after"
              + " line " + Math.max(line, 1) + "); is a quote left open?", e);
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw new SheetFormatException(
          file + " is not well-formed delimited text at line " + Math.max(at, 1) + ": a quoted"
              + " field must end with a quote followed by the delimiter or the end of the line,"
              + " and a quote inside it must be doubled", e);
    } catch (IOException e) {
      throw new SheetFormatException(file + " could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Returns why a row's field count does not fit the header's, or null. Even blank extra fields
   * count: a delimiter left unquoted inside a value shifts the values after it, and a row that
   * ends in an empty field would otherwise hide it.
   */
  private static @Nullable String fieldCount(List<@Nullable Cell> cells, int width) {
    if (cells.size() == width) {
      return null;
    }
    return "the row has " + cells.size() + " fields but the header has " + width + " columns";
  }

  static String baseName(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
