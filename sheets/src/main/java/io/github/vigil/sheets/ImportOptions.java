package io.github.vigil.sheets;

import io.github.vigil.io.ReadOptions;
import io.github.vigil.io.internal.Records;
import io.github.vigil.sheets.internal.DateReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to read a spreadsheet: the delimiter and encoding of a text file, the pattern of dates
 * written as text, a mapping file, and the registry's country. Every option may be left out:
 * then the delimiter is found in the header, text is UTF-8 (or UTF-16 with a byte order mark),
 * dates are ISO {@code yyyy-mm-dd} or spreadsheet date cells, and the built-in English and
 * Spanish names are used. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportOptions {
  ImportOptions() {}

  /** Returns the delimiter of a text file, if given; found in its header otherwise. */
  public abstract Optional<Character> delimiter();

  /**
   * Returns the encoding of a text file, if given ({@code windows-1252}, {@code ISO-8859-1}); a
   * file with a byte order mark is read in the mark's encoding, any other in UTF-8.
   */
  public abstract Optional<Charset> encoding();

  /**
   * Returns the pattern of dates written as text, such as {@code dd/MM/yyyy}, if given. Dates
   * written {@code yyyy-mm-dd} and date cells are read whatever it is.
   */
  public abstract Optional<String> dateFormat();

  /**
   * Returns the year that ends the hundred years a two-digit year is read in ({@code yy} in the
   * date format): with 2026, {@code 26} is 2026 and {@code 27} is 1927. The current year (UTC)
   * unless set.
   */
  @Value.Default
  public int referenceYear() {
    return LocalDate.now(ZoneOffset.UTC).getYear();
  }

  /** Returns a mapping file of headers, sheet names and values, if given (docs/format.md, Spreadsheets). */
  public abstract Optional<Path> mapping();

  /**
   * Returns the day the sheet is read, if fixed: an event dated or recorded after it is
   * rejected, as in {@link io.github.vigil.io.ReadOptions#today()}. The current date at UTC+14
   * unless set.
   */
  public abstract Optional<LocalDate> today();

  /** Returns the options of the load these options describe. */
  final ReadOptions readOptions() {
    return ReadOptions.builder().today(today()).build();
  }

  /** Returns the registry's country (ISO 3166-1 alpha-2), if given. */
  public abstract Optional<String> country();

  /** Returns the options with nothing given. */
  public static ImportOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the reader of the dates these options describe. */
  final DateReader dates() {
    return dateFormat().map(p -> DateReader.of(p, referenceYear())).orElseGet(DateReader::iso);
  }

  @Value.Check
  final void check() {
    var unused = dates(); // throws if the date format is not a day, a month and a year
    if (country().isPresent() && !Records.isCountry(country().get())) {
      throw new IllegalArgumentException(
          "country '" + country().get() + "' is not an ISO 3166-1 alpha-2 code such as VE");
    }
    if (delimiter().isPresent()) {
      char d = delimiter().get();
      if (d == '"' || d == '\n' || d == '\r' || Character.isLetterOrDigit(d)) {
        throw new IllegalArgumentException("delimiter " + d + " cannot separate fields");
      }
    }
  }

  /**
   * Builds {@link ImportOptions}. {@code build()} throws {@link IllegalArgumentException} if the
   * date format is not a day, a month and a year (see {@link #dateFormat()}), the country is not
   * two letters A-Z, or the delimiter is a quote, a line break, a letter or a digit.
   */
  public static final class Builder extends ImmutableImportOptions.Builder {
    Builder() {}
  }
}
