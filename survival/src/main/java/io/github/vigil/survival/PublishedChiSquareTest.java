package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A chi-square test as a published report writes it ({@code chiSquare}, {@code df}, {@code p}):
 * what its JSON holds of a {@link ChiSquareTest}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedChiSquareTest {
  PublishedChiSquareTest() {}

  static ImmutablePublishedChiSquareTest.Builder builder() {
    return ImmutablePublishedChiSquareTest.builder();
  }

  /** Returns the statistic. */
  public abstract OptionalDouble chiSquare();

  /** Returns the degrees of freedom. */
  public abstract int df();

  /** Returns the p-value. */
  public abstract OptionalDouble p();

  @Value.Check
  final void check() {
    checkArgument(df() >= 0, "a count must not be negative");
  }
}
