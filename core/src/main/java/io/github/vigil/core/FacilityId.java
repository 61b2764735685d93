package io.github.vigil.core;

import org.immutables.value.Value;

/**
 * The identifier of a {@link Facility}: 1–64 characters of {@code A–Z a–z 0–9 . _ -},
 * case-sensitive. Immutable and thread-safe; ordered by its text.
 */
@Value.Immutable
public abstract class FacilityId implements Comparable<FacilityId> {
  FacilityId() {}

  /** Returns the id's text. */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id with the given text.
   *
   * @param value 1–64 characters of {@code A–Z a–z 0–9 . _ -}
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static FacilityId of(String value) {
    return ImmutableFacilityId.of(value);
  }

  /** Returns whether {@code value} is a valid facility id. */
  public static boolean isValid(String value) {
    return Ids.isValid(value);
  }

  @Value.Check
  final void check() {
    // the message is built only on failure: ids are validated millions of times in a bulk load
    if (!Ids.isValid(value())) {
      throw new IllegalArgumentException(Ids.explain("facility id", value()));
    }
  }

  /** Compares ids by their text. */
  @Override
  public final int compareTo(FacilityId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text. */
  @Override
  public final String toString() {
    return value();
  }
}
