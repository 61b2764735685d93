package io.github.vigil.sheets;

import com.google.common.collect.ImmutableList;
import io.github.vigil.io.RegistryFormatException;
import io.github.vigil.sheets.internal.Assembly;
import io.github.vigil.sheets.internal.Book;
import io.github.vigil.sheets.internal.Mapping;
import io.github.vigil.sheets.internal.MappingException;
import io.github.vigil.sheets.internal.OdsBook;
import io.github.vigil.sheets.internal.SheetFormatException;
import io.github.vigil.sheets.internal.TextBook;
import io.github.vigil.sheets.internal.XlsxBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a registry kept in a spreadsheet: an {@code .xlsx} or {@code .ods} workbook (one
 * sheet per file of the format, or a single sheet of events with the person's fields on each
 * row) or a delimited text file ({@code .csv}, {@code .tsv}, {@code .txt}). Headers and values
 * may be the format's own or Spanish ({@code cédula}, {@code fecha de nacimiento}, {@code tipo
 * de evento}: {@code detención}, {@code excarcelación}, ...), matched without regard to case or
 * accents; a mapping file adds others. Nothing is dropped silently: every row that does not load
 * is rejected with its sheet, row and reason, every column not imported is warned about once,
 * and each sheet's counts add up. Thread-safe (it has no state).
 *
 * <pre>{@code
 * ImportResult r = SheetImport.read(Path.of("registro.csv"),
 *     ImportOptions.builder().encoding(Charset.forName("windows-1252")).dateFormat("dd/MM/yyyy").build());
 * r.rejections().forEach(System.out::println);  // registro.csv:12: 'fecha' '31/02/2026' is not ...
 * RegistryWriter.writeFolder(r.registry(), Path.of("registry"));
 * }</pre>
 */
public final class SheetImport {
  private SheetImport() {}

  /**
   * Imports {@code file}, whose kind its name's ending says: {@code .xlsx}, {@code .ods}, or
   * {@code .csv}, {@code .tsv}, {@code .txt} for delimited text.
   *
   * @return the registry, the rejected rows, the warnings, how the file was read and the counts
   * @throws RegistryFormatException if the file cannot be imported at all: it does not exist or
   *     cannot be read, its name has another ending, it is not valid in its encoding (a file that
   *     is not UTF-8 is never decoded by guess), it is not a well-formed workbook or text, a
   *     sheet named for a kind of record lacks a required column, two columns mean the same
   *     field, no sheet can be imported, or the mapping file is unusable
   */
  public static ImportResult read(Path file, ImportOptions options) {
    String name = String.valueOf(file.getFileName());
    try {
      if (!Files.isRegularFile(file)) {
        throw new SheetFormatException(file + " does not exist or is not a file");
      }
      Mapping mapping = options.mapping().map(Mapping::load).orElseGet(Mapping::builtIn);
      Book book = open(file, name, options);
      Assembly assembly = new Assembly(name, mapping, options.dates());
      book.read(assembly);
      Assembly.Outcome o = assembly.finish(options.country(), options.readOptions());
      return new ImportResult(
          o.result,
          ImmutableList.copyOf(o.counts),
          ImmutableList.<String>builder().add(name + ": " + book.describe()).addAll(o.notes).build(),
          o.peopleWithEvents,
          o.peopleLeftOut,
          o.peoplePartly);
    } catch (SheetFormatException | MappingException e) {
      throw new RegistryFormatException(name, String.valueOf(e.getMessage()), e);
    }
  }

  private static Book open(Path file, String name, ImportOptions options) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
      return XlsxBook.open(file);
    }
    if (lower.endsWith(".ods")) {
      return OdsBook.open(file);
    }
    if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
      return TextBook.open(file, options.encoding(), options.delimiter());
    }
    if (lower.endsWith(".xls")) {
      throw new SheetFormatException(
          name + " is an old Excel 97-2003 workbook (.xls): open it and save it as Excel Workbook"
              + " (.xlsx)");
    }
    throw new SheetFormatException(
        name + ": unknown kind of file; give an .xlsx or .ods workbook, or a .csv, .tsv or .txt"
            + " text file");
  }
}
