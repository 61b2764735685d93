package io.github.vigil.sheets;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.Registry;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Records;
import io.github.vigil.sheets.internal.OdsWriter;
import io.github.vigil.sheets.internal.XlsxText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a registry as a workbook a keeper can open, edit and import again: an {@code .xlsx}
 * (with FastExcel) or an {@code .ods} (streamed by this module) of four sheets, {@code registry} (its country
 * and name), {@code facilities}, {@code detainees} and {@code events}, each headed by the
 * format's own column names, in the order of the format's CSV files. Dates are date cells shown
 * {@code yyyy-mm-dd} (in {@code .xlsx}, a date before 1 March 1900, which Excel cannot hold, is
 * written as text {@code yyyy-mm-dd}); everything else is text, so that ids such as {@code
 * 00123} keep their zeros. Importing the workbook with {@link SheetImport} gives an equal
 * registry. The file is written to a temporary file and moved into place. Thread-safe (it has no
 * state).
 */
public final class WorkbookWriter {
  /** The longest text a cell of an .xlsx workbook holds (Excel's limit). */
  public static final int MAX_XLSX_CELL_CHARS = 32_767;

  private static final Set<String> DATE_COLUMNS = Set.of("birth_date", "date", "recorded_on");
  private static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 3, 1);

  private WorkbookWriter() {}

  /**
   * Writes {@code registry} to {@code file} as an {@code .xlsx} or {@code .ods} workbook, as the
   * file's name ends.
   *
   * @throws IllegalArgumentException if the name ends otherwise, the registry holds corrections
   *     (which a workbook does not carry), or a value the format or the workbook cannot hold
   *     (text with white space around it, a control character other than tab and line breaks,
   *     more than 32,767 characters in an .xlsx cell); the message names the record and column,
   *     never the value, and nothing is written
   * @throws IOException if the file cannot be written
   */
  public static void write(Registry registry, Path file) throws IOException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      writeXlsx(registry, file);
    } else if (name.endsWith(".ods")) {
      writeOds(registry, file);
    } else {
      throw new IllegalArgumentException(
          "a workbook's name ends in .xlsx or .ods: " + file.getFileName());
    }
  }

  /**
   * Writes {@code registry} to {@code file} as an {@code .xlsx} workbook.
   *
   * @throws IllegalArgumentException if the registry holds a value the workbook cannot hold (see
   *     {@link #write}); nothing is written
   * @throws IOException if the file cannot be written
   */
  public static void writeXlsx(Registry registry, Path file) throws IOException {
    List<Table> tables = tables(registry, true);
    replace(file, out -> xlsx(tables, out));
  }

  /**
   * Writes {@code registry} to {@code file} as an {@code .ods} spreadsheet.
   *
   * @throws IllegalArgumentException if the registry holds a value the workbook cannot hold (see
   *     {@link #write}); nothing is written
   * @throws IOException if the file cannot be written
   */
  public static void writeOds(Registry registry, Path file) throws IOException {
    List<Table> tables = tables(registry, false);
    replace(file, out -> ods(tables, out));
  }

  /** One sheet: its name, header and rows of text, dates or blanks. */
  private static final class Table implements OdsWriter.Sheet {
    final String name;
    final List<String> header;
    final List<@Nullable Object[]> rows = new ArrayList<>();

    Table(String name, List<String> header) {
      this.name = name;
      this.header = header;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<@Nullable Object[]> rows() {
      List<@Nullable Object[]> all = new ArrayList<>(rows.size() + 1);
      all.add(header.toArray());
      all.addAll(rows);
      return all;
    }
  }

  private static List<Table> tables(Registry registry, boolean xlsx) {
    long corrected = 0;
    for (Detainee d : registry.detainees()) {
      for (Event e : registry.history(d.id()).orElse(History.empty(d.id())).eventsWithClaims()) {
        corrected += e.isCorrected() ? 1 : 0;
      }
    }
    if (corrected > 0) {
      // written as ordinary events, corrected ones would come back in effect
      throw new IllegalArgumentException(
          "the registry holds " + corrected + " corrected event" + (corrected == 1 ? "" : "s")
              + ", which a workbook does not carry: write it as a folder or as registry.json");
    }
    Table meta = new Table("registry", List.of("country", "name"));
    meta.rows.add(
        new @Nullable Object[] {
          registry.country().orElse(null),
          registry.name().map(n -> cell("the registry", "name", Records.checkText("the registry", "name", n), xlsx)).orElse(null)
        });
    Table facilities = new Table(Columns.FACILITIES.array(), Columns.FACILITIES.columns());
    for (Facility f : registry.facilities()) {
      facilities.rows.add(row("facility " + f.id(), Columns.FACILITIES, Records.values(f), xlsx));
    }
    List<@Nullable String[]> people = new ArrayList<>();
    List<@Nullable String[]> happened = new ArrayList<>();
    List<String> where = new ArrayList<>();
    boolean claims = false;
    for (Detainee d : registry.detainees()) {
      people.add(Records.values(d));
      History h = registry.history(d.id()).orElse(History.empty(d.id()));
      claims |= h.hasClaims();
      for (Event e : h.eventsWithClaims()) {
        happened.add(Records.values(d.id(), e));
        where.add(e.type() + " on " + e.date() + " of detainee " + d.id());
      }
    }
    // Each table leaves out its own columns: the people's "id" is not the events' "id".
    Set<String> leftOfPeople = new HashSet<>();
    Set<String> leftOfEvents = new HashSet<>();
    if (!claims) {
      leftOfEvents.add("verification");
    }
    unused(Columns.DETAINEES, people, "profiles", leftOfPeople);
    unused(Columns.EVENTS, happened, "agency", leftOfEvents);
    unused(Columns.EVENTS, happened, "outcome", leftOfEvents);
    unused(Columns.EVENTS, happened, "id", leftOfEvents);
    Table detainees = table(Columns.DETAINEES, leftOfPeople);
    for (int i = 0; i < people.size(); i++) {
      detainees.rows.add(
          row("detainee " + registry.detainees().get(i).id(), Columns.DETAINEES, people.get(i), leftOfPeople, xlsx));
    }
    Table events = table(Columns.EVENTS, leftOfEvents);
    for (int i = 0; i < happened.size(); i++) {
      events.rows.add(row(where.get(i), Columns.EVENTS, happened.get(i), leftOfEvents, xlsx));
    }
    return List.of(meta, facilities, detainees, events);
  }

  /**
   * Adds {@code column} of {@code kind} to {@code left} when no row has a value there: the columns
   * added to the format since its first release are written, as the format's own writer writes
   * them, only when some record holds one.
   */
  private static void unused(Columns kind, List<@Nullable String[]> rows, String column, Set<String> left) {
    int i = kind.columns().indexOf(column);
    if (rows.stream().allMatch(r -> r[i] == null)) {
      left.add(column);
    }
  }

  private static Table table(Columns kind, Set<String> left) {
    return new Table(kind.array(), kind.columns().stream().filter(c -> !left.contains(c)).toList());
  }

  private static @Nullable Object[] row(
      String where, Columns kind, @Nullable String[] values, boolean xlsx) {
    return row(where, kind, values, Set.of(), xlsx);
  }

  /** Returns the cells of {@code values}, leaving out the columns in {@code left}. */
  private static @Nullable Object[] row(
      String where, Columns kind, @Nullable String[] values, Set<String> left, boolean xlsx) {
    List<@Nullable Object> out = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      String column = kind.columns().get(i);
      if (left.contains(column)) {
        continue;
      }
      String v = values[i];
      if (v == null) {
        out.add(null);
      } else if (DATE_COLUMNS.contains(column)) {
        LocalDate d = LocalDate.parse(v);
        out.add(xlsx && d.isBefore(FIRST_EXCEL_DATE) ? v : d);
      } else {
        out.add(cell(where, column, v, xlsx));
      }
    }
    return out.toArray();
  }

  /**
   * Returns {@code v} as a workbook cell holds it. In an {@code .xlsx} workbook, a character XML
   * cannot hold (a control character other than tab and line breaks) is written as the escape
   * {@code _xHHHH_} that Excel and the import read back, and text that already looks like such
   * an escape has its underscore escaped ({@code _x005F_}); an {@code .ods} spreadsheet has no
   * such escape, and refuses the character.
   */
  private static String cell(String where, String column, String v, boolean xlsx) {
    if (xlsx && v.length() > MAX_XLSX_CELL_CHARS) {
      throw new IllegalArgumentException(
          where + ": " + column + " holds " + v.length() + " characters; an .xlsx cell holds at"
              + " most " + MAX_XLSX_CELL_CHARS);
    }
    StringBuilder out = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff;
      if (bad && !xlsx) {
        throw new IllegalArgumentException(
            where + ": " + column + " holds a control character, which an .ods spreadsheet cannot"
                + " hold");
      }
      if (xlsx && (bad || (c == '_' && XlsxText.escapeAt(v, i)))) {
        if (out == null) {
          out = new StringBuilder(v.length() + 16).append(v, 0, i);
        }
        out.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? v : out.toString();
  }

  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  private static void replace(Path target, Content content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      content.write(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void xlsx(List<Table> tables, OutputStream out) throws IOException {
    Workbook book = new Workbook(out, "Vigil", "1.0");
    for (Table t : tables) {
      Worksheet ws = book.newWorksheet(t.name);
      for (int c = 0; c < t.header.size(); c++) {
        ws.value(0, c, t.header.get(c));
        ws.width(c, DATE_COLUMNS.contains(t.header.get(c)) ? 12 : 16);
      }
      for (int r = 0; r < t.rows.size(); r++) {
        @Nullable Object[] row = t.rows.get(r);
        for (int c = 0; c < row.length; c++) {
          Object v = row[c];
          if (v instanceof LocalDate d) {
            ws.value(r + 1, c, d);
            ws.style(r + 1, c).format("yyyy-mm-dd").set();
          } else if (v instanceof String s) {
            ws.value(r + 1, c, s);
          }
        }
      }
      ws.freezePane(0, 1);
      ws.finish();
    }
    book.finish();
  }

  private static void ods(List<Table> tables, OutputStream out) throws IOException {
    OdsWriter.write(tables, out);
  }
}
