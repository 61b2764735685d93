package io.github.vigil.cli;

import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.RegistryFormatException;
import io.github.vigil.io.RegistryWriter;
import io.github.vigil.reporting.Language;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
          + " values; see docs/format.md, Spreadsheets.")
  @Nullable Path mapping;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "The registry's country (ISO 3166-1 alpha-2, such as VE), written to"
          + " registry.properties; it decides who counts as a foreign national.")
  @Nullable String country;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description =
          "Read the sheet as on this day (yyyy-mm-dd): an event dated or recorded after it is"
              + " rejected, as not yet possible. Default: today (UTC+14).")
  @Nullable LocalDate today;

  @Option(
      names = "--strict",
      description = "Write nothing, and exit 1, if any row is rejected.")
  boolean strict;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = ReportCommand.LanguageConverter.class,
      description = "Messages in en (English) or es (Spanish); the list written to DIR/"
          + REJECTED_ROWS + " too. Default: en.")
  Language language = Language.EN;

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
    Messages messages = new Messages(language);
    PrintWriter out = self.commandLine().getOut();
    PrintWriter err = self.commandLine().getErr();
    ImportResult result;
    try (Progress progress = Progress.onTerminal(err)) {
      progress.step("reading " + file + "…");
      try {
        result = SheetImport.read(file, options);
      } catch (RegistryFormatException e) {
        throw new DataException(
            messages.line(Objects.requireNonNullElse(e.getMessage(), e.file())), e);
      }
    }
    for (String note : result.notes()) {
      out.println(messages.line(note));
    }
    for (String w : result.warnings()) {
      out.println((messages.spanish() ? "aviso: " : "warning: ") + messages.line(w));
    }
    StringBuilder rejected = new StringBuilder();
    for (Rejection r : result.rejections()) {
      rejected.append(messages.rejection(r)).append('\n');
    }
    printRejections(result.rejections(), messages, out);
    long read = 0;
    long bad = 0;
    for (FileCounts c : result.counts()) {
      out.println(messages.counts(c));
      read += c.read();
      bad += c.rejected();
    }
    if (result.counts().size() > 1) {
      out.println(messages.total(read, bad));
    }
    out.println(
        messages.importPeople(
            result.peopleWithEvents(), result.peopleLeftOut(), result.peoplePartlyImported()));
    if (strict && !result.isClean()) {
      out.flush();
      err.println(
          self.qualifiedName() + ": "
              + (messages.spanish()
                  ? bad + (bad == 1 ? " fila rechazada" : " filas rechazadas")
                      + "; no se escribió nada (--strict)"
                  : RegistryOptions.rows(bad) + " rejected; nothing written (--strict)"));
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
        messages.spanish()
            ? "escrito " + dir + ": " + registry.facilities().size() + " centros, "
                + registry.size() + " personas, " + registry.eventCount() + " eventos; filas"
                + " rechazadas en " + dir.resolve(REJECTED_ROWS)
            : "wrote " + dir + ": " + registry.facilities().size() + " facilities, "
                + registry.size() + " people, " + registry.eventCount() + " events; rejected rows"
                + " in " + dir.resolve(REJECTED_ROWS));
    out.flush();
    return ExitCode.OK;
  }

  /**
   * Prints the rejected rows in order, except the rows rejected because their person's row was:
   * those are listed on the line after the person's row, so that a keeper sees at once every row
   * a person's mistake took with it.
   */
  private static void printRejections(
      List<Rejection> rejections, Messages messages, PrintWriter out) {
    Map<String, List<String>> byPerson = new HashMap<>();
    List<Rejection> own = new ArrayList<>();
    for (Rejection r : rejections) {
      Matcher m = PERSON_REJECTED.matcher(r.reason());
      if (m.matches()) {
        byPerson.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(r.origin().toString());
      } else {
        own.add(r);
      }
    }
    for (Rejection r : own) {
      out.println(messages.rejection(r));
      List<String> events = byPerson.remove(r.origin().toString());
      if (events != null) {
        out.println(messages.eventsOfPerson(events));
      }
    }
    // a person's row rejected by the loader itself (not listed above) keeps its events' lines
    for (Rejection r : rejections) {
      Matcher m = PERSON_REJECTED.matcher(r.reason());
      if (m.matches() && byPerson.containsKey(m.group(1))) {
        out.println(messages.rejection(r));
      }
    }
  }

  private static final Pattern PERSON_REJECTED =
      Pattern.compile("detainee \\S+ was rejected \\(([^()]+)\\)");

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
    if (today != null) {
      b.today(today);
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
