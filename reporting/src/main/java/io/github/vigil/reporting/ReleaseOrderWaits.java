package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vigil.reporting.disclosure.CountTable;
import io.github.vigil.reporting.disclosure.LinkedTables;
import io.github.vigil.reporting.disclosure.Suppression;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The release orders not executed, as a report publishes them: how many people in custody hold
 * one, the median of the days they have waited, and how many have waited more than 7, 30 and 90
 * days (docs/reports.md, "Release orders not executed"), under the report's disclosure control.
 *
 * <p>The waits fall into four bands (up to 7 days, 8 to 30, 31 to 90, more than 90), a one-row
 * table whose total is the number of orders; the bands are protected by {@link Suppression}'s
 * rules, as the durations' buckets are. A figure "more than k days" is published only when the
 * published bands already determine it (every band up to k, or every band past k, is shown), so
 * that no hidden band can be worked out by subtracting two published figures. The median is
 * published only for at least the minimum cell of orders. And since the report's headline counts
 * the people with an order whose whereabouts are known ({@code RELEASE_PENDING}), the number of
 * orders less that category is the number of people held incommunicado with an order: when it is
 * 1 to N−1 every figure here is hidden. Immutable and thread-safe.
 */
public final class ReleaseOrderWaits {
  /** The waits, in days, that the published figures count orders beyond. */
  public static final ImmutableList<Integer> THRESHOLDS = ImmutableList.of(7, 30, 90);

  private static final ImmutableList<String> BANDS =
      ImmutableList.of("DAYS_0_TO_7", "DAYS_8_TO_30", "DAYS_31_TO_90", "DAYS_OVER_90");

  private final ImmutableSortedMap<Long, Long> days;
  private final long orders;
  private final boolean shown;
  private final Suppression suppression;

  private ReleaseOrderWaits(
      ImmutableSortedMap<Long, Long> days, long orders, boolean shown, Suppression suppression) {
    this.days = days;
    this.orders = orders;
    this.shown = shown;
    this.suppression = suppression;
  }

  /**
   * Returns the waits of {@code days} (the number of orders that have waited each number of days,
   * in increasing order of days) published with threshold {@code minCell}, beside a headline that
   * counts {@code releasePending} people with an order whose whereabouts are known.
   */
  static ReleaseOrderWaits of(Map<Long, Long> days, long releasePending, int minCell) {
    ImmutableSortedMap<Long, Long> sorted = ImmutableSortedMap.copyOf(days);
    long orders = sorted.values().stream().mapToLong(Long::longValue).sum();
    long incommunicado = orders - releasePending;
    boolean shown = !(incommunicado >= 1 && incommunicado < minCell);
    long[] bands = new long[BANDS.size()];
    sorted.forEach((d, n) -> bands[band(d)] += n);
    Suppression suppression =
        Suppression.apply(
            LinkedTables.withoutTotals(
                BANDS,
                List.of(CountTable.subsets("releaseOrderWaits", List.of("waits"), BANDS, new long[][] {bands}, List.of()))),
            minCell);
    return new ReleaseOrderWaits(sorted, orders, shown, suppression);
  }

  private static int band(long days) {
    int b = 0;
    while (b < THRESHOLDS.size() && days > THRESHOLDS.get(b)) {
      b++;
    }
    return b;
  }

  /** Returns the number of people in custody holding a release order not executed, or empty when hidden. */
  public OptionalLong orders() {
    return shown ? OptionalLong.of(orders) : OptionalLong.empty();
  }

  /**
   * Returns the median of the days waited (R's {@code quantile(x, 0.5, type = 7)}), or empty when
   * there is no order, fewer than the minimum cell, or the figures are hidden.
   */
  public OptionalDouble medianDays() {
    return shown && orders >= suppression.minCell() // at least 1, so there is an order
        ? OptionalDouble.of(DurationSummary.quantile(days, orders, 0.5))
        : OptionalDouble.empty();
  }

  /**
   * Returns the number of orders that have waited more than {@code days} days, or empty when it is
   * hidden.
   *
   * @throws IllegalArgumentException if {@code days} is not one of {@link #THRESHOLDS}
   */
  public OptionalLong over(int days) {
    int cut = THRESHOLDS.indexOf(days);
    checkArgument(cut >= 0, "no figure for waits over %s days; there are %s", days, THRESHOLDS);
    if (!shown || !(allShown(0, cut + 1) || allShown(cut + 1, BANDS.size()))) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(days().tailMap((long) days, false).values().stream().mapToLong(Long::longValue).sum());
  }

  /** Returns whether some figure that has orders behind it is hidden. */
  public boolean anyHidden() {
    if (orders == 0) {
      return false;
    }
    if (medianDays().isEmpty()) { // also whenever orders() is
      return true;
    }
    return THRESHOLDS.stream().anyMatch(d -> over(d).isEmpty());
  }

  /** Returns the bands' cells hidden, and why; for audits. */
  public Suppression suppression() {
    return suppression;
  }

  /**
   * Returns the unsuppressed number of orders that have waited each number of days, in increasing
   * order; for use inside the application only.
   */
  public ImmutableSortedMap<Long, Long> days() {
    return days;
  }

  private boolean allShown(int from, int to) {
    for (int b = from; b < to; b++) {
      if (suppression.isHidden(0, 0, b)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the published figures only; never personal data. */
  @Override
  public String toString() {
    return "ReleaseOrderWaits{orders=" + orders() + ", medianDays=" + medianDays() + "}";
  }
}
