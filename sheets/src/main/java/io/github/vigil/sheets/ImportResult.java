package io.github.vigil.sheets;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.ReadResult;

/**
 * What importing a spreadsheet gives: the registry of every row that loaded; a {@link
 * Rejection} for every row that did not, named {@code file:sheet:row} (or {@code file:line} for
 * a text file); the warnings (columns and sheets not imported); how the file was read (its
 * encoding, delimiter, what each sheet holds and which column is which field); the counts of
 * each sheet, where always read = accepted + rejected; and how many people fell out. Immutable
 * and thread-safe.
 */
public final class ImportResult {
  private final ReadResult result;
  private final ImmutableList<FileCounts> counts;
  private final ImmutableList<String> notes;
  private final long peopleWithEvents;
  private final long peopleLeftOut;
  private final long peoplePartly;

  ImportResult(
      ReadResult result, ImmutableList<FileCounts> counts, ImmutableList<String> notes,
      long peopleWithEvents, long peopleLeftOut, long peoplePartly) {
    this.result = result;
    this.counts = counts;
    this.notes = notes;
    this.peopleWithEvents = peopleWithEvents;
    this.peopleLeftOut = peopleLeftOut;
    this.peoplePartly = peoplePartly;
  }

  /** Returns the registry of the rows that loaded. */
  public Registry registry() {
    return result.registry();
  }

  /** Returns the rejected rows, ordered by sheet and row; each prints as {@code file:sheet:row: reason}. */
  public ImmutableList<Rejection> rejections() {
    return result.rejections();
  }

  /** Returns the warnings, such as a column or a sheet not imported, in the order they arose. */
  public ImmutableList<String> warnings() {
    return result.warnings();
  }

  /**
   * Returns how the file was read: first the kind of file (with its encoding and delimiter for a
   * text file), then for each sheet imported what it holds and which column is which field.
   */
  public ImmutableList<String> notes() {
    return notes;
  }

  /** Returns the counts of each sheet imported, in the book's order. */
  public ImmutableList<FileCounts> counts() {
    return counts;
  }

  /** Returns how many people (distinct ids) have at least one row of events. */
  public long peopleWithEvents() {
    return peopleWithEvents;
  }

  /**
   * Returns how many of the people with rows of events have no event in the registry: every row
   * of theirs was rejected (or the person's own row was), so they are not counted anywhere.
   */
  public long peopleLeftOut() {
    return peopleLeftOut;
  }

  /** Returns how many people are in the registry with some of their rows rejected. */
  public long peoplePartlyImported() {
    return peoplePartly;
  }

  /** Returns how many rows were read across every sheet. */
  public long rowsRead() {
    return counts.stream().mapToLong(FileCounts::read).sum();
  }

  /** Returns whether every row read was accepted. */
  public boolean isClean() {
    return result.isClean();
  }

  /** Returns counts only; never personal data. */
  @Override
  public String toString() {
    return "ImportResult{" + result.registry() + ", rejections=" + result.rejections().size()
        + ", " + counts + ", peopleLeftOut=" + peopleLeftOut + "}";
  }
}
