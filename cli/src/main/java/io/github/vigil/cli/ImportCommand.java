package io.github.vigil.cli;

import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.RegistryFormatException;
import io.github.vigil.io.RegistryWriter;
import io.github.vigil.sheets.ImportOptions;
import io.github.vigil.sheets.ImportResult;
import io.github.vigil.sheets.SheetImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vigil import}: reads a registry kept in a spreadsheet ({@code .xlsx}, {@code .ods}, or
 * delimited text) and writes it as a registry folder, listing every rejected row.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Imports a registry kept in a spreadsheet (.xlsx, .ods, or .csv/.tsv/.txt text) into a"
          + " registry folder, with Spanish or English headers and values.",
      "Prints how the file was read, every rejected row as file:sheet:row: reason (or"
          + " file:line:), the counts of each sheet and how many people fell out; writes the"
          + " same list to DIR/" + ImportCommand.REJECTED_ROWS + "."
    },
    footer = {
      "",
      "Exit codes: 0 written, 1 rejected rows with --strict (nothing written) or a file that"
          + " cannot be imported, 2 usage error, 3 unexpected failure."
    })
public final class ImportCommand implements Callable<Integer> {
  /** The file of the import's rejected rows, written into the registry folder. */
  static final String REJECTED_ROWS = "rejected-rows.txt";

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The spreadsheet: .xlsx, .ods, or delimited text (.csv, .tsv, .txt).")
  @Nullable Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "The registry folder to write (created if needed).")
  @Nullable Path to;

  @Option(
      names = "--replace",
      description = "Replace the registry files already in DIR (without it, a DIR that holds"
          + " events.csv is refused).")
  boolean replace;

  @Option(
      names = "--encoding",
      paramLabel = "ENCODING",
      converter = CharsetConverter.class,
      description = "The encoding of a text file, such as windows-1252 or iso-8859-1. Default:"
          + " UTF-8 (or UTF-16 with a byte order mark); a file that is not UTF-8 is refused.")
  @Nullable Charset encoding;

  @Option(
      names = "--delimiter",
      paramLabel = "D",
      converter = DelimiterConverter.class,
      description = "The delimiter of a text file: comma, semicolon, tab, or one character."
          + " Default: the one the header line holds most.")
  @Nullable Character delimiter;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description = "How dates written as text are written, such as dd/MM/yyyy, dd-MM-yyyy or"
          + " d/M/yy. Dates written yyyy-mm-dd and date cells are always read; without this"
          + " option, any other date is rejected, never guessed.")
  @Nullable String dateFormat;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "A mapping file (UTF-8 .properties) naming other headers, sheet names and"
          + " values; see docs/import.md.")
  @Nullable Path mapping;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "The registry's country (ISO 3166-1 alpha-2, such as VE), written to"
          + " registry.properties; it decides who counts as a foreign national.")
  @Nullable String country;

  @Option(
      names = "--strict",
      description = "Write nothing, and exit 1, if any row is rejected.")
  boolean strict;

  ImportCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    Path file = Objects.requireNonNull(from, "from");
    Path dir = Objects.requireNonNull(to, "to");
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(self.commandLine(), "no file at '" + file + "'");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(self.commandLine(), "'" + dir + "' is a file, not a folder");
    }
    if (!replace && Files.exists(dir.resolve("events.csv"))) {
      throw new ParameterException(
          self.commandLine(),
          "'" + dir + "' already holds a registry (events.csv); give --replace to overwrite it");
    }
    ImportOptions options = options(self);
    PrintWriter out = self.commandLine().getOut();
    PrintWriter err = self.commandLine().getErr();
    ImportResult result;
    try (Progress progress = Progress.onTerminal(err)) {
      progress.step("reading " + file + "…");
      try {
        result = SheetImport.read(file, options);
      } catch (RegistryFormatException e) {
        throw new DataException(Objects.requireNonNullElse(e.getMessage(), e.file()), e);
      }
    }
    for (String note : result.notes()) {
      out.println(note);
    }
    for (String w : result.warnings()) {
      out.println("warning: " + w);
    }
    StringBuilder rejected = new StringBuilder();
    for (Rejection r : result.rejections()) {
      out.println(r);
      rejected.append(r).append('\n');
    }
    long read = 0;
    long bad = 0;
    for (FileCounts c : result.counts()) {
      out.println(c);
      read += c.read();
      bad += c.rejected();
    }
    if (result.counts().size() > 1) {
      out.println("total: read " + read + ", accepted " + (read - bad) + ", rejected " + bad);
    }
    out.println(
        "people with events: " + result.peopleWithEvents() + "; left out (no row of theirs"
            + " loaded): " + result.peopleLeftOut() + "; with some rows rejected: "
            + result.peoplePartlyImported());
    if (strict && !result.isClean()) {
      out.flush();
      err.println(
          self.qualifiedName() + ": " + RegistryOptions.rows(bad) + " rejected; nothing written"
              + " (--strict)");
      err.flush();
      return ExitCode.REJECTED;
    }
    Registry registry = result.registry();
    try {
      RegistryWriter.writeFolder(registry, dir);
      Files.writeString(dir.resolve(REJECTED_ROWS), rejected, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new DataException(
          "'" + dir + "' could not be written (" + e.getClass().getSimpleName() + ")", e);
    }
    out.println(
        "wrote " + dir + ": " + registry.facilities().size() + " facilities, " + registry.size()
            + " people, " + registry.eventCount() + " events; rejected rows in "
            + dir.resolve(REJECTED_ROWS));
    out.flush();
    return ExitCode.OK;
  }

  private ImportOptions options(CommandSpec self) {
    ImportOptions.Builder b = ImportOptions.builder();
    if (encoding != null) {
      b.encoding(encoding);
    }
    if (delimiter != null) {
      b.delimiter(delimiter);
    }
    if (dateFormat != null) {
      b.dateFormat(dateFormat);
    }
    if (mapping != null) {
      if (!Files.isRegularFile(mapping)) {
        throw new ParameterException(self.commandLine(), "no mapping file at '" + mapping + "'");
      }
      b.mapping(mapping);
    }
    if (country != null) {
      b.country(country);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(self.commandLine(), String.valueOf(e.getMessage()));
    }
  }

  /** Reads an encoding's name, such as {@code windows-1252}. */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an encoding: use windows-1252, iso-8859-1, UTF-8 or UTF-16");
      }
    }
  }

  /** Reads {@code comma}, {@code semicolon}, {@code tab} or one character. */
  static final class DelimiterConverter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "comma", "," -> {
          return ',';
        }
        case "semicolon", ";" -> {
          return ';';
        }
        case "tab", "\\t", "\t" -> {
          return '\t';
        }
        default -> {
          if (value.length() == 1 && !Character.isLetterOrDigit(value.charAt(0))
              && value.charAt(0) != '"') {
            return value.charAt(0);
          }
          throw new TypeConversionException(
              "'" + value + "' is not a delimiter: use comma, semicolon, tab or one character");
        }
      }
    }
  }
}
