package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Where a row of bulk input came from: a file name and a physical line number (the header is
 * line 1). Immutable and thread-safe; ordered by file, then line.
 */
@Value.Immutable
public abstract class Origin implements Comparable<Origin> {
  Origin() {}

  /** Returns the file's name, such as {@code events.csv}. */
  @Value.Parameter
  public abstract String file();

  /** Returns the physical line the row starts on, counting from 1. */
  @Value.Parameter
  public abstract long line();

  /**
   * Returns the origin.
   *
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public static Origin of(String file, long line) {
    return ImmutableOrigin.of(file, line);
  }

  @Value.Check
  final void check() {
    checkArgument(line() >= 1, "line must be at least 1: %s", line());
  }

  /** Compares origins by file, then by line. */
  @Override
  public final int compareTo(Origin other) {
    int c = file().compareTo(other.file());
    return c != 0 ? c : Long.compare(line(), other.line());
  }

  /** Returns {@code file:line}. */
  @Override
  public final String toString() {
    return file() + ":" + line();
  }
}
