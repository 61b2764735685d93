package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vigil.conditions.ClassificationPolicy;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link FreedomReport} is computed with, beyond the view's dates and sources: the date
 * flows are counted since, the small-cell threshold, the rows and people rejected while loading
 * and the classification policy. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportOptions {
  ReportOptions() {}

  /** Returns the default options: no flows, cells under 5 suppressed, the standard policy. */
  public static ReportOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the date S: when present, flows count the applied events dated after S and on or
   * before the report's date.
   */
  public abstract Optional<LocalDate> since();

  /**
   * Returns the small-cell threshold N: a breakdown cell with {@code 0 < count < N} is
   * suppressed. 5 by default; 1 shows every cell.
   */
  @Value.Default
  public int minCell() {
    return 5;
  }

  /** Returns how many rows were rejected while loading the registry; 0 by default. */
  @Value.Default
  public long rejectedRows() {
    return 0;
  }

  /**
   * Returns how many people were left out while loading because their row was rejected (with
   * it, all their events); 0 by default.
   */
  @Value.Default
  public long rejectedPeople() {
    return 0;
  }

  /** Returns the policy people are classified with; the standard one by default. */
  @Value.Default
  public ClassificationPolicy policy() {
    return ClassificationPolicy.standard();
  }

  @Value.Check
  final void check() {
    checkArgument(minCell() >= 1, "minCell must be at least 1: %s", minCell());
    checkArgument(rejectedRows() >= 0, "rejectedRows must not be negative: %s", rejectedRows());
    checkArgument(
        rejectedPeople() >= 0, "rejectedPeople must not be negative: %s", rejectedPeople());
  }

  /** Builds {@link ReportOptions}. */
  public static final class Builder extends ImmutableReportOptions.Builder {
    Builder() {}
  }
}
