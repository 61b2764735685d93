package io.github.vigil.sheets.internal;

import io.github.vigil.core.internal.Echo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates of a sheet, never guessing: a date cell as it is; text written {@code
 * yyyy-mm-dd} always; text in the one pattern the user gave ({@code dd/MM/yyyy}, {@code
 * dd-MM-yyyy}, {@code d/M/yy}, ...) if any. Anything else is a problem with a reason that says
 * what to do. Immutable and thread-safe.
 */
public final class DateReader {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern PATTERN_TOKEN = Pattern.compile("d{1,2}|M{1,2}|y{4}|y{2}|[/\\-. ]");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([/\\-.])(\\d{1,2})\\2(\\d{4}|\\d{2})");

  private final @Nullable DateTimeFormatter formatter;
  private final String pattern;

  private DateReader(@Nullable DateTimeFormatter formatter, String pattern) {
    this.formatter = formatter;
    this.pattern = pattern;
  }

  /** Returns a reader of ISO dates and date cells only. */
  public static DateReader iso() {
    return new DateReader(null, "yyyy-MM-dd");
  }

  /**
   * Returns a reader of dates written in {@code pattern}, as well as ISO dates and date cells.
   * The pattern has a day ({@code d} or {@code dd}), a month ({@code M} or {@code MM}) and a
   * year ({@code yyyy} or {@code yy}), in any order, separated by {@code /}, {@code -}, {@code
   * .} or a space. A day or month is read with one or two digits whichever the pattern says. A
   * two-digit year is read in the hundred years ending with {@code referenceYear} (with 2026:
   * {@code 26} is 2026, {@code 27} is 1927).
   *
   * @throws IllegalArgumentException if the pattern is not of that form
   */
  public static DateReader of(String pattern, int referenceYear) {
    Matcher m = PATTERN_TOKEN.matcher(pattern);
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
    List<Character> seen = new ArrayList<>();
    int at = 0;
    while (at < pattern.length()) {
      if (!m.find(at) || m.start() != at) {
        throw badPattern(pattern);
      }
      String t = m.group();
      char c = t.charAt(0);
      switch (c) {
        case 'd' -> b.appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'M' -> b.appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'y' -> {
          if (t.length() == 4) {
            b.appendValue(ChronoField.YEAR, 4);
          } else {
            b.appendValueReduced(ChronoField.YEAR, 2, 2, referenceYear - 99);
          }
        }
        default -> b.appendLiteral(c);
      }
      if (Character.isLetter(c)) {
        if (seen.contains(c)) {
          throw badPattern(pattern);
        }
        seen.add(c);
      }
      at = m.end();
    }
    if (seen.size() != 3) {
      throw badPattern(pattern);
    }
    return new DateReader(
        b.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT), pattern);
  }

  private static IllegalArgumentException badPattern(String pattern) {
    return new IllegalArgumentException(
        "date format '" + pattern + "' is not a day, a month and a year such as dd/MM/yyyy,"
            + " dd-MM-yyyy, d/M/yy or MM/dd/yyyy");
  }

  /** Returns the pattern read besides ISO dates ({@code yyyy-MM-dd} when none was given). */
  public String pattern() {
    return pattern;
  }

  /** Returns whether a pattern was given. */
  public boolean hasPattern() {
    return formatter != null;
  }

  /**
   * Returns the date of {@code cell}, or adds to {@code problems} why it is none; {@code
   * header} names the column in the reason.
   */
  public Optional<LocalDate> read(String header, Cell cell, List<String> problems) {
    switch (cell.kind()) {
      case DATE -> {
        return cell.date();
      }
      case NUMBER -> {
        problems.add(
            header + " holds the number " + Echo.quote(cell.text()) + ", not a date: format"
                + " the column as dates, or as text written yyyy-mm-dd");
        return Optional.empty();
      }
      default -> {}
    }
    String v = cell.text().strip();
    Optional<LocalDate> iso = iso(v);
    if (iso.isPresent()) {
      return iso;
    }
    DateTimeFormatter f = formatter;
    if (f != null) {
      try {
        return Optional.of(LocalDate.from(f.parse(v)));
      } catch (DateTimeException e) {
        problems.add(header + " " + Echo.quoteIf(v, Echo.Shape.DATE) + " is not a valid date in the form " + pattern);
        return Optional.empty();
      }
    }
    Matcher m = NUMERIC.matcher(v);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      String sep = m.group(2);
      String year = m.group(4).length() == 4 ? "yyyy" : "yy";
      if (first > 12 && second <= 12 && first <= 31) {
        problems.add(
            header + " " + Echo.quoteIf(v, Echo.Shape.DATE) + " is not yyyy-mm-dd; it reads as day/month/year:"
                + " give --date-format dd" + sep + "MM" + sep + year);
        return Optional.empty();
      }
      if (second > 12 && first <= 12 && second <= 31) {
        problems.add(
            header + " " + Echo.quoteIf(v, Echo.Shape.DATE) + " is not yyyy-mm-dd; it reads as month/day/year:"
                + " give --date-format MM" + sep + "dd" + sep + year);
        return Optional.empty();
      }
      if (first <= 12 && second <= 12) {
        problems.add(
            header + " " + Echo.quoteIf(v, Echo.Shape.DATE) + " is ambiguous (day/month or month/day?): give"
                + " --date-format dd" + sep + "MM" + sep + year + " or --date-format MM" + sep
                + "dd" + sep + year);
        return Optional.empty();
      }
    }
    problems.add(header + " " + Echo.quoteIf(v, Echo.Shape.DATE) + " is not a valid date: yyyy-mm-dd is expected");
    return Optional.empty();
  }

  /** Which order a numeric date written as text shows, when read without a pattern. */
  public enum Order {
    /** Only day/month/year fits, such as {@code 25/12/2026}. */
    DAY_FIRST,
    /** Only month/day/year fits, such as {@code 12/25/2026}. */
    MONTH_FIRST,
    /** Both fit, such as {@code 01/02/2026}. */
    EITHER,
    /** The text is not a numeric date of that shape. */
    NONE
  }

  /** Returns the order that the numeric date {@code text} shows ({@code NONE} for ISO dates). */
  public static Order order(String text) {
    Matcher m = NUMERIC.matcher(text.strip());
    if (!m.matches()) {
      return Order.NONE;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    if (first > 31 || second > 31 || first == 0 || second == 0) {
      return Order.NONE;
    }
    if (first > 12) {
      return second > 12 ? Order.NONE : Order.DAY_FIRST;
    }
    return second > 12 ? Order.MONTH_FIRST : Order.EITHER;
  }

  /** Returns the date written exactly {@code yyyy-mm-dd}, if it is one and exists. */
  static Optional<LocalDate> iso(String v) {
    Matcher m = ISO.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
