package io.github.vigil.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A court's order to release a person in custody (a boleta de excarcelación), with the
 * conditions it set. While pending, the person is held although release was ordered.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReleaseOrder {
  ReleaseOrder() {}

  /** Returns the date of the order. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Returns the measures the order set, to take effect at release. */
  @Value.Parameter
  public abstract ImmutableList<Measure> measures();

  /** Returns the order. */
  public static ReleaseOrder of(LocalDate date, Iterable<? extends Measure> measures) {
    return ImmutableReleaseOrder.of(date, measures);
  }

  /** Returns the order's date and measures. */
  @Override
  public final String toString() {
    return "release ordered " + date() + (measures().isEmpty() ? "" : " with " + Measures.format(measures()));
  }
}
