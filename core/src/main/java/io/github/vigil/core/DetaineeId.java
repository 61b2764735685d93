package io.github.vigil.core;

import org.immutables.value.Value;

/**
 * The identifier of a {@link Detainee}: 1–64 characters of {@code A–Z a–z 0–9 . _ -},
 * case-sensitive. Immutable and thread-safe; ordered by its text.
 */
@Value.Immutable
public abstract class DetaineeId implements Comparable<DetaineeId> {
  DetaineeId() {}

  /** Returns the id's text. */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the given text.
   *
   * @param value 1–64 characters of {@code A–Z a–z 0–9 . _ -}
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static DetaineeId of(String value) {
    return ImmutableDetaineeId.of(value);
  }

  /** Returns whether {@code value} is a valid detainee id. */
  public static boolean isValid(String value) {
    return Ids.isValid(value);
  }

  @Value.Check
  final void check() {
    // the message is built only on failure: ids are validated millions of times in a bulk load
    if (!Ids.isValid(value())) {
      throw new IllegalArgumentException(Ids.explain("detainee id", value()));
    }
  }

  /** Compares ids by their text. */
  @Override
  public final int compareTo(DetaineeId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public final String toString() {
    return value();
  }
}
