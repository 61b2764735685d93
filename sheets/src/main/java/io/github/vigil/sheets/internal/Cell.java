package io.github.vigil.sheets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One cell's value as the workbook or text file holds it: text, a number, a date (a spreadsheet
 * date cell, which carries no pattern), a boolean, or a spreadsheet error. Immutable.
 */
public final class Cell {
  /** What a cell holds. */
  public enum Kind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    ERROR
  }

  private final Kind kind;
  private final String text;
  private final @Nullable LocalDate date;

  private Cell(Kind kind, String text, @Nullable LocalDate date) {
    this.kind = kind;
    this.text = text;
    this.date = date;
  }

  /** Returns a text cell. */
  public static Cell text(String text) {
    return new Cell(Kind.TEXT, text, null);
  }

  /** Returns a number cell, shown without exponent or trailing zeros ({@code 12345678}). */
  public static Cell number(BigDecimal number) {
    BigDecimal n = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    return new Cell(Kind.NUMBER, n.toPlainString(), null);
  }

  /** Returns a date cell. */
  public static Cell date(LocalDate date) {
    return new Cell(Kind.DATE, date.toString(), date);
  }

  /** Returns a boolean cell. */
  public static Cell bool(boolean value) {
    return new Cell(Kind.BOOLEAN, Boolean.toString(value), null);
  }

  /** Returns a cell holding a spreadsheet error such as {@code #N/A}. */
  public static Cell error(String code) {
    return new Cell(Kind.ERROR, code, null);
  }

  /** Returns what the cell holds. */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the cell as text: the text itself, a number in plain notation, a date as {@code
   * yyyy-mm-dd}, {@code true}/{@code false}, or the error's code.
   */
  public String text() {
    return text;
  }

  /** Returns the date of a date cell. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** Returns whether the cell holds nothing but white space. */
  public boolean isBlank() {
    return kind == Kind.TEXT && text.isBlank();
  }

  /** Returns the kind only: a cell may hold personal data. */
  @Override
  public String toString() {
    return "Cell{" + kind + "}";
  }
}
