package io.github.vigil.sheets.internal;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A file of one or more sheets, streamed one row at a time. */
public interface Book {
  /** Receives the sheets of a book. */
  interface Sink {
    /**
     * Starts the sheet named {@code name}, which rejections call {@code label} ({@code
     * book.xlsx:Eventos}, or the file's name for a text file); returns the consumer of its rows,
     * or null to skip it.
     */
    @Nullable Consumer<SheetRow> sheet(String name, String label);
  }

  /** Returns how the file was read, such as {@code "text, UTF-8, delimiter ';' (detected)"}. */
  String describe();

  /**
   * Streams every sheet's rows, in the book's order, to {@code sink}.
   *
   * @throws SheetFormatException if the file cannot be read as a book of this kind
   */
  void read(Sink sink);
}
