package io.github.vigil.sheets.internal;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import io.github.vigil.io.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An OpenDocument spreadsheet ({@code .ods}, LibreOffice's own format), read with SODS. SODS
 * loads the whole workbook before the first row is given; see docs/import.md for its cost.
 */
public final class OdsBook implements Book {
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
    SpreadSheet book;
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4);
      if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
        throw new SheetFormatException(file + " is not an .ods spreadsheet (it is not a zip file)");
      }
    } catch (IOException e) {
      throw new SheetFormatException(file + " could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
    try {
      book = new SpreadSheet(path.toFile());
    } catch (IOException | RuntimeException e) {
      throw new SheetFormatException(
          file + " could not be read as an .ods spreadsheet (" + e.getClass().getSimpleName()
              + "); open it in a spreadsheet program and save it again as .ods", e);
    }
    for (Sheet sheet : book.getSheets()) {
      Consumer<SheetRow> rows = sink.sheet(sheet.getName(), file + ":" + sheet.getName());
      if (rows == null || sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0) {
        continue;
      }
      Range range = sheet.getDataRange();
      Object[][] values = range.getValues();
      int firstRow = range.getRow();
      int firstColumn = range.getColumn();
      for (int r = 0; r < values.length; r++) {
        int n = Math.min(firstColumn + values[r].length, Limits.MAX_COLUMNS);
        List<@Nullable Cell> cells = new ArrayList<>(n);
        @Nullable String problem = null;
        for (int c = 0; c < n; c++) {
          Cell cell = c < firstColumn ? null : cell(values[r][c - firstColumn]);
          if (cell != null && cell.text().length() > Limits.MAX_FIELD_CHARS) {
            problem = "column " + (c + 1) + " holds " + cell.text().length()
                + " characters; at most " + Limits.MAX_FIELD_CHARS + " are allowed";
            cell = null;
          }
          cells.add(cell);
        }
        SheetRow row = new SheetRow(firstRow + r + 1L, cells, problem);
        if (!row.isBlank() || problem != null) {
          rows.accept(row);
        }
      }
    }
  }

  private static @Nullable Cell cell(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s.isEmpty() ? null : Cell.text(s);
    }
    if (v instanceof Boolean b) {
      return Cell.bool(b);
    }
    if (v instanceof LocalDate d) {
      return Cell.date(d);
    }
    if (v instanceof LocalDateTime d) {
      return Cell.date(d.toLocalDate());
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? Cell.text(d.toString()) : Cell.number(BigDecimal.valueOf(d));
    }
    if (v instanceof Number n) {
      return Cell.number(new BigDecimal(n.toString()));
    }
    return Cell.text(v.toString());
  }
}
