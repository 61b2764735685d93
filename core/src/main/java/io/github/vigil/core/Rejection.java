package io.github.vigil.core;

import org.immutables.value.Value;

/**
 * A row of bulk input that was not loaded, with where it came from and why. The reason names
 * ids, fields and values, never personal data. Immutable and thread-safe; ordered by origin.
 */
@Value.Immutable
public abstract class Rejection implements Comparable<Rejection> {
  Rejection() {}

  /** Returns where the row came from. */
  @Value.Parameter
  public abstract Origin origin();

  /** Returns why the row was rejected. */
  @Value.Parameter
  public abstract String reason();

  /** Returns the rejection. */
  public static Rejection of(Origin origin, String reason) {
    return ImmutableRejection.of(origin, reason);
  }

  /** Returns the rejection of the row at {@code file:line}. */
  public static Rejection of(String file, long line, String reason) {
    return of(Origin.of(file, line), reason);
  }

  /** Compares rejections by origin: by file, then by line. */
  @Override
  public final int compareTo(Rejection other) {
    return origin().compareTo(other.origin());
  }

  /** Returns {@code file:line: reason}. */
  @Override
  public final String toString() {
    return origin() + ": " + reason();
  }
}
