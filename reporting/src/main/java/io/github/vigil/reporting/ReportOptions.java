package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vigil.conditions.ClassificationPolicy;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vigil.core.VulnerableGroup;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link FreedomReport} is computed with, beyond the view's dates and sources: the date
 * flows are counted since, the small-cell threshold, the classification policy, the age bands, the elderly age and the vulnerable groups listed.
 * Immutable and thread-safe.
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

  /** Returns the policy people are classified with; the standard one by default. */
  @Value.Default
  public ClassificationPolicy policy() {
    return ClassificationPolicy.standard();
  }

  /**
   * Returns the ages where each age band after the first begins, for {@code byAgeBand}: by default
   * {@code [18, 60, 70]}, which gives under 18, 18–59, 60–69 and 70 and over (above which
   * Venezuelan law bars pre-trial detention). Empty: one band for everyone.
   */
  @Value.Default
  public ImmutableList<Integer> ageBands() {
    return AgeBands.DEFAULT;
  }

  /** Returns the age from which a person counts as {@code ELDERLY}; 60 by default. */
  @Value.Default
  public int elderlyAge() {
    return 60;
  }

  /**
   * Returns the vulnerable groups the report lists, in this order; by default all five of {@link
   * VulnerableGroup}.
   */
  @Value.Default
  public ImmutableSet<VulnerableGroup> vulnerableGroups() {
    return Sets.immutableEnumSet(EnumSet.allOf(VulnerableGroup.class));
  }

  @Value.Check
  final void check() {
    AgeBands.check(ageBands());
    checkArgument(elderlyAge() > 18, "elderlyAge must be above 18: %s", elderlyAge());
    checkArgument(minCell() >= 1, "minCell must be at least 1: %s", minCell());
  }

  /** Builds {@link ReportOptions}. */
  public static final class Builder extends ImmutableReportOptions.Builder {
    Builder() {}
  }
}
