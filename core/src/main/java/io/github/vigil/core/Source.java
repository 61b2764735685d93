package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import org.immutables.value.Value;

/**
 * Who reported an event: a free label such as {@code foro-penal}, {@code family} or {@code
 * official}. Reports can be restricted to chosen sources, so that an official count can be set
 * beside a verified one. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source implements Comparable<Source> {
  Source() {}

  /** Returns the label. */
  @Value.Parameter
  public abstract String label();

  /**
   * Returns the source with the given label.
   *
   * @param label a non-blank label without control characters, at most 200 characters
   * @throws IllegalArgumentException if the label is blank, too long or has control characters
   */
  public static Source of(String label) {
    return ImmutableSource.of(label);
  }

  @Value.Check
  final void check() {
    checkArgument(!label().isBlank(), "source label must not be blank");
    checkArgument(label().length() <= 200, "source label must be at most 200 characters");
    checkArgument(
        CharMatcher.javaIsoControl().matchesNoneOf(label()),
        "source label must not contain control characters");
    checkArgument(label().strip().equals(label()), "source label must be trimmed");
  }

  /** Compares sources by their label. */
  @Override
  public final int compareTo(Source other) {
    return label().compareTo(other.label());
  }

  /** Returns the label. */
  @Override
  public final String toString() {
    return label();
  }
}
