package io.github.vigil.survival;

import org.immutables.value.Value;

/**
 * Gray's test of one kind of event of a {@link PublishedIncidenceReport} (its JSON's {@code
 * grayTests}): what its JSON holds of a {@link GrayTest}, and whether it was stratified. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class PublishedGrayTest {
  PublishedGrayTest() {}

  static ImmutablePublishedGrayTest.Builder builder() {
    return ImmutablePublishedGrayTest.builder();
  }

  /** Returns the kind of event compared. */
  public abstract String kind();

  /** Returns the test. */
  public abstract PublishedChiSquareTest test();

  /** Returns whether the test was stratified. */
  public abstract boolean stratified();
}
