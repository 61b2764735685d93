package io.github.vigil.sheets.internal;

import io.github.vigil.io.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * An Office Open XML workbook ({@code .xlsx}, as Excel, LibreOffice and Google Sheets save it),
 * streamed sheet by sheet and row by row with FastExcel's reader. A number cell whose format is
 * a date format is a date cell; a formula gives its cached result.
 */
public final class XlsxBook implements Book {
  private final Path path;
  private final String file;

  private XlsxBook(Path path) {
    this.path = path;
    this.file = String.valueOf(path.getFileName());
  }

  /** Returns the workbook at {@code path}; nothing is read yet. */
  public static XlsxBook open(Path path) {
    return new XlsxBook(path);
  }

  @Override
  public String describe() {
    return "Excel workbook (.xlsx)";
  }

  @Override
  public void read(Sink sink) {
    checkHeader();
    try (ReadableWorkbook book = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false))) {
      List<Sheet> sheets = book.getSheets().toList();
      for (Sheet sheet : sheets) {
        Consumer<SheetRow> rows = sink.sheet(sheet.getName(), file + ":" + sheet.getName());
        if (rows == null) {
          continue;
        }
        try (Stream<Row> stream = sheet.openStream()) {
          Iterator<Row> it = stream.iterator();
          while (it.hasNext()) {
            SheetRow row = row(it.next());
            if (!row.isBlank() || row.problem() != null) {
              rows.accept(row);
            }
          }
        }
      }
    } catch (IOException | UncheckedIOException | ExcelReaderException e) {
      throw new SheetFormatException(
          file + " could not be read as an .xlsx workbook (" + e.getClass().getSimpleName()
              + "); open it in a spreadsheet program and save it again as .xlsx", e);
    }
  }

  private void checkHeader() {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(8);
    } catch (IOException e) {
      throw new SheetFormatException(file + " could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
    if (head.length == 8 && ReadableWorkbook.isOLE2Header(head)) {
      throw new SheetFormatException(
          file + " is an old Excel 97-2003 workbook (.xls), not .xlsx: open it and save it as"
              + " Excel Workbook (.xlsx)");
    }
    if (head.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw new SheetFormatException(file + " is not an .xlsx workbook (it is not a zip file)");
    }
  }

  private static SheetRow row(Row r) {
    int n = Math.min(r.getCellCount(), Limits.MAX_COLUMNS);
    List<@Nullable Cell> cells = new ArrayList<>(n);
    @Nullable String problem = null;
    for (int i = 0; i < n; i++) {
      org.dhatim.fastexcel.reader.Cell c = r.getCell(i);
      Cell cell = c == null ? null : cell(c);
      if (cell != null && cell.text().length() > Limits.MAX_FIELD_CHARS) {
        problem = "column " + (i + 1) + " holds " + cell.text().length() + " characters; at most "
            + Limits.MAX_FIELD_CHARS + " are allowed";
        cell = null;
      }
      cells.add(cell);
    }
    return new SheetRow(r.getRowNum(), cells, problem);
  }

  private static @Nullable Cell cell(org.dhatim.fastexcel.reader.Cell c) {
    String raw = c.getRawValue();
    switch (c.getType()) {
      case EMPTY -> {
        return null;
      }
      case STRING -> {
        String t = c.asString();
        return t == null || t.isEmpty() ? null : Cell.text(XlsxText.decode(t));
      }
      case BOOLEAN -> {
        return Cell.bool(Boolean.TRUE.equals(c.asBoolean()));
      }
      case ERROR -> {
        return Cell.error(raw == null ? "#ERROR" : raw);
      }
      case NUMBER -> {
        if (raw == null || raw.isEmpty()) {
          return null;
        }
        if (isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
          return Cell.date(c.asDate().toLocalDate());
        }
        try {
          return Cell.number(new BigDecimal(raw));
        } catch (NumberFormatException e) {
          return Cell.text(raw);
        }
      }
      default -> {
        // a formula: its cached result, as text
        return raw == null || raw.isEmpty() ? null : Cell.text(raw);
      }
    }
  }

  /**
   * Returns whether a number format shows a date: one of Excel's built-in date formats, or a
   * format that, outside quoted text and brackets, names a day or a year.
   */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
    if (id != null && ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36)
        || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    StringBuilder plain = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < format.length(); i++) {
      char ch = format.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == '\\') {
        i++;
      } else if (quoted) {
        // text shown as it is
      } else if (ch == '[') {
        bracket++;
      } else if (ch == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (bracket == 0) {
        plain.append(ch);
      }
    }
    String f = plain.toString().toLowerCase(Locale.ROOT);
    if (f.equals("general")) {
      return false;
    }
    return f.indexOf('d') >= 0 || f.indexOf('y') >= 0;
  }
}
