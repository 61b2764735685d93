package io.github.vigil.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO date ({@code yyyy-mm-dd}) strictly: {@code 2026-02-30} and {@code 01/02/2026} are
 * refused, never guessed.
 */
final class IsoDateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date; write it as yyyy-mm-dd, such as 2026-01-10");
    }
  }
}
