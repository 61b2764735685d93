package io.github.vigil.io;

import org.immutables.value.Value;

/**
 * How many rows of one file (or one array of the JSON document) were read, accepted and
 * rejected; blank rows are not counted. Always {@code read() == accepted() + rejected()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FileCounts {
  FileCounts() {}

  /** Returns the file's name as rejections name it, such as {@code events.csv}. */
  @Value.Parameter
  public abstract String file();

  /** Returns how many non-blank rows were read. */
  @Value.Parameter
  public abstract long read();

  /** Returns how many rows were rejected. */
  @Value.Parameter
  public abstract long rejected();

  /** Returns how many rows were accepted: those read less those rejected. */
  public final long accepted() {
    return read() - rejected();
  }

  /**
   * Returns the counts of {@code file}.
   *
   * @throws IllegalStateException if {@code rejected} is negative or more than {@code read}
   */
  public static FileCounts of(String file, long read, long rejected) {
    return ImmutableFileCounts.of(file, read, rejected);
  }

  @Value.Check
  final void check() {
    if (rejected() < 0 || rejected() > read()) {
      throw new IllegalStateException(file() + ": rejected " + rejected() + " of " + read());
    }
  }

  /** Returns {@code file: read N, accepted A, rejected R}. */
  @Override
  public final String toString() {
    return file() + ": read " + read() + ", accepted " + accepted() + ", rejected " + rejected();
  }
}
