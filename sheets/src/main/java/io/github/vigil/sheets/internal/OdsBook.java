package io.github.vigil.sheets.internal;

import io.github.vigil.io.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * An OpenDocument spreadsheet ({@code .ods}, LibreOffice's own format), streamed row by row
 * from its {@code content.xml} with the JDK's StAX parser (DTDs and external entities off).
 * Repeated rows and cells ({@code number-rows-repeated}, {@code number-columns-repeated}) are
 * expanded only where they hold something, so the million blank rows a sheet may declare cost
 * nothing. A cell's type decides its value: {@code date} cells give their date, {@code float},
 * {@code percentage} and {@code currency} their number, {@code boolean} their truth, and text
 * its paragraphs joined by line breaks; comments (annotations) are not part of a cell.
 */
public final class OdsBook implements Book {
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  /** More repetitions of a row than a spreadsheet has rows: a hostile file. */
  private static final long MAX_ROWS = 1L << 24;

  private final Path path;
  private final String file;

  private OdsBook(Path path) {
    this.path = path;
    this.file = String.valueOf(path.getFileName());
  }

  /** Returns the spreadsheet at {@code path}; nothing is read yet. */
  public static OdsBook open(Path path) {
    return new OdsBook(path);
  }

  @Override
  public String describe() {
    return "OpenDocument spreadsheet (.ods)";
  }

  @Override
  public void read(Sink sink) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null) {
        throw new SheetFormatException(file + " is not an .ods spreadsheet (it has no content.xml)");
      }
      try (InputStream in = zip.getInputStream(content)) {
        XMLStreamReader x = factory().createXMLStreamReader(in);
        try {
          new Parse(x, sink).run();
        } finally {
          x.close();
        }
      }
    } catch (ZipException e) {
      throw new SheetFormatException(file + " is not an .ods spreadsheet (it is not a zip file)", e);
    } catch (XMLStreamException e) {
      throw new SheetFormatException(
          file + " could not be read as an .ods spreadsheet (its content is not well-formed XML"
              + " near line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
              + " of content.xml); open it in a spreadsheet program and save it again", e);
    } catch (IOException e) {
      throw new SheetFormatException(file + " could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** One pass over content.xml. */
  private final class Parse {
    private final XMLStreamReader x;
    private final Sink sink;

    Parse(XMLStreamReader x, Sink sink) {
      this.x = x;
      this.sink = sink;
    }

    void run() throws XMLStreamException {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && is(TABLE, "table")) {
          String name = attr(TABLE, "name");
          String sheet = name == null ? "" : name;
          Consumer<SheetRow> rows = sink.sheet(sheet, file + ":" + sheet);
          table(rows);
        }
      }
    }

    /** Reads one table up to its end tag, giving its rows to {@code rows} (or skipping them). */
    private void table(@Nullable Consumer<SheetRow> rows) throws XMLStreamException {
      long number = 1;
      int depth = 1;
      while (depth > 0) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          if (is(TABLE, "table-row")) {
            long repeat = repeat("number-rows-repeated");
            SheetRow row = row(number);
            if (rows != null && (!row.isBlank() || row.problem() != null)) {
              if (number + repeat > MAX_ROWS) {
                throw new SheetFormatException(
                    file + ": a sheet repeats a row past row " + MAX_ROWS + "; is it a spreadsheet?");
              }
              for (long i = 0; i < repeat; i++) {
                rows.accept(i == 0 ? row : new SheetRow(number + i, copy(row), row.problem()));
              }
            }
            number += repeat;
          } else {
            depth++;
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private List<@Nullable Cell> copy(SheetRow row) {
      List<@Nullable Cell> cells = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        cells.add(row.cell(i));
      }
      return cells;
    }

    /** Reads one row, positioned at its start tag, up to its end tag. */
    private SheetRow row(long number) throws XMLStreamException {
      List<@Nullable Cell> cells = new ArrayList<>();
      long blanks = 0;
      @Nullable String problem = null;
      while (true) {
        int e = x.next();
        if (e == XMLStreamConstants.END_ELEMENT) {
          return new SheetRow(number, cells, problem);
        }
        if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        boolean covered = is(TABLE, "covered-table-cell");
        if (!covered && !is(TABLE, "table-cell")) {
          skip();
          continue;
        }
        long repeat = repeat("number-columns-repeated");
        Cell cell = cell();
        if (cell == null || covered) {
          blanks += repeat;
          continue;
        }
        if (cell.text().length() > Limits.MAX_FIELD_CHARS) {
          problem = "column " + (cells.size() + blanks + 1) + " holds " + cell.text().length()
              + " characters; at most " + Limits.MAX_FIELD_CHARS + " are allowed";
          blanks += repeat;
          continue;
        }
        for (long i = 0; i < blanks + repeat && cells.size() < Limits.MAX_COLUMNS; i++) {
          cells.add(i < blanks ? null : cell);
        }
        blanks = 0;
      }
    }

    /** Reads one cell, positioned at its start tag, up to its end tag; null when empty. */
    private @Nullable Cell cell() throws XMLStreamException {
      String type = attr(OFFICE, "value-type");
      String value = attr(OFFICE, "value");
      String date = attr(OFFICE, "date-value");
      String bool = attr(OFFICE, "boolean-value");
      String string = attr(OFFICE, "string-value");
      StringBuilder text = new StringBuilder();
      int paragraphs = 0;
      int depth = 1;
      while (depth > 0) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          if (is(OFFICE, "annotation")) {
            skip();
            continue;
          }
          if (is(TEXT, "p") || is(TEXT, "h")) {
            if (paragraphs++ > 0) {
              text.append('\n');
            }
          } else if (is(TEXT, "s")) {
            long n = repeat("c", TEXT);
            for (long i = 0; i < n && text.length() < Limits.MAX_FIELD_CHARS + 1; i++) {
              text.append(' ');
            }
          } else if (is(TEXT, "tab")) {
            text.append('\t');
          } else if (is(TEXT, "line-break")) {
            text.append('\n');
          }
          depth++;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
          if (text.length() <= Limits.MAX_FIELD_CHARS) {
            text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
          }
        }
      }
      if (type == null) {
        return text.length() == 0 ? null : Cell.text(text.toString());
      }
      switch (type) {
        case "float", "percentage", "currency" -> {
          if (value != null) {
            try {
              return Cell.number(new BigDecimal(value));
            } catch (NumberFormatException e) {
              return Cell.text(value);
            }
          }
        }
        case "date" -> {
          if (date != null) {
            try {
              return Cell.date(LocalDate.parse(date.length() > 10 && date.charAt(10) == 'T' ? date.substring(0, 10) : date));
            } catch (DateTimeParseException e) {
              return Cell.text(text.toString());
            }
          }
        }
        case "boolean" -> {
          if (bool != null) {
            return Cell.bool(Boolean.parseBoolean(bool));
          }
        }
        case "string" -> {
          if (string != null) {
            return string.isEmpty() ? null : Cell.text(string);
          }
        }
        default -> {}
      }
      return text.length() == 0 ? null : Cell.text(text.toString());
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private boolean is(String ns, String local) {
      return local.equals(x.getLocalName()) && ns.equals(x.getNamespaceURI());
    }

    private @Nullable String attr(String ns, String local) {
      return x.getAttributeValue(ns, local);
    }

    private long repeat(String local) {
      return repeat(local, TABLE);
    }

    private long repeat(String local, String ns) {
      String v = attr(ns, local);
      if (v == null) {
        return 1;
      }
      try {
        long n = Long.parseLong(v.strip());
        return n < 1 ? 1 : Math.min(n, MAX_ROWS);
      } catch (NumberFormatException e) {
        return 1;
      }
    }
  }
}
