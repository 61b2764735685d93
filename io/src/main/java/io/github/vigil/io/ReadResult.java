package io.github.vigil.io;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import java.util.Optional;

/**
 * What reading a registry gives: the registry of every row that loaded, a {@link Rejection} for
 * every row that did not (ordered by file and line; none when they were passed to a consumer
 * instead, see {@link RegistryReader#read(java.nio.file.Path, ReadOptions,
 * java.util.function.Consumer)}), how many rows and people were rejected, the warnings (such as
 * unknown columns) and how many rows of each file were read, accepted and rejected. Immutable and
 * thread-safe.
 */
public final class ReadResult {
  private final Registry registry;
  private final ImmutableList<Rejection> rejections;
  private final ImmutableList<Rejection> dateConflicts;
  private final long rejectedRows;
  private final long rejectedPeople;
  private final ImmutableList<String> warnings;
  private final ImmutableList<FileCounts> counts;

  ReadResult(
      Registry registry,
      ImmutableList<Rejection> rejections,
      ImmutableList<Rejection> dateConflicts,
      long rejectedRows,
      long rejectedPeople,
      ImmutableList<String> warnings,
      ImmutableList<FileCounts> counts) {
    this.registry = registry;
    this.rejections = rejections;
    this.dateConflicts = dateConflicts;
    this.rejectedRows = rejectedRows;
    this.rejectedPeople = rejectedPeople;
    this.warnings = warnings;
    this.counts = counts;
  }

  /**
   * Returns the rows that loaded but disagree on the date with the change of state they repeat,
   * where a claim is involved (docs/format.md, "Evidence"): kept in the registry and listed here,
   * as {@code file:line: reason}, ordered by file and line. Always kept, even when rejections are
   * streamed.
   */
  public ImmutableList<Rejection> dateConflicts() {
    return dateConflicts;
  }

  /** Returns the registry of the rows that loaded. */
  public Registry registry() {
    return registry;
  }

  /**
   * Returns the rejected rows, ordered by file and line; each prints as {@code file:line: reason}.
   * Empty when the rejections were passed to a consumer as they were found: count them with
   * {@link #rejectedRows()}.
   */
  public ImmutableList<Rejection> rejections() {
    return rejections;
  }

  /** Returns how many rows were rejected, across every file. */
  public long rejectedRows() {
    return rejectedRows;
  }

  /**
   * Returns how many people were left out because their row of {@code detainees.csv} was
   * rejected (with it, all their events): each id once, however many of its rows were rejected,
   * and each rejected row whose id cannot be read as one person. A row rejected as a duplicate of
   * a person who loaded is not counted.
   */
  public long rejectedPeople() {
    return rejectedPeople;
  }

  /**
   * Returns the warnings, such as an unknown column ignored, in the order they arose; of many
   * warnings of one kind about one file only the first few are listed, then a count of the rest.
   */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  /**
   * Returns the counts of each file in reading order: facilities, detainees, events (for a JSON
   * document, its three arrays, named like {@code registry.json#events}).
   */
  public ImmutableList<FileCounts> counts() {
    return counts;
  }

  /** Returns the counts of the file that rejections name {@code file}, if it was read. */
  public Optional<FileCounts> counts(String file) {
    return counts.stream().filter(c -> c.file().equals(file)).findFirst();
  }

  /** Returns how many rows were read across every file. */
  public long rowsRead() {
    return counts.stream().mapToLong(FileCounts::read).sum();
  }

  /** Returns whether every row read was accepted. */
  public boolean isClean() {
    return rejectedRows == 0;
  }

  /** Returns counts only; never personal data. */
  @Override
  public String toString() {
    return "ReadResult{" + registry + ", rejections=" + rejectedRows + ", rejectedPeople="
        + rejectedPeople + ", warnings=" + warnings.size() + ", " + counts + "}";
  }
}
