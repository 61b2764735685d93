package io.github.vigil.cli;

import io.github.vigil.core.internal.Echo;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO date ({@code yyyy-mm-dd}) strictly, as the registry reader reads dates: {@code
 * 2026-02-30}, {@code 01/02/2026} and {@code +12026-01-10} (a year of more than four digits) are
 * refused, never guessed.
 */
final class IsoDateConverter implements ITypeConverter<LocalDate> {
  private static final Pattern YYYY_MM_DD = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public LocalDate convert(String value) {
    try {
      if (YYYY_MM_DD.matcher(value).matches()) {
        return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new TypeConversionException(
        Echo.quote(value) + " is not a date; write it as yyyy-mm-dd, such as 2026-01-10");
  }
}
