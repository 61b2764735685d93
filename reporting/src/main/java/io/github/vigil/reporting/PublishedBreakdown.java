package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import java.util.Map;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A breakdown as a report publishes it: its name ({@code byFacility}, {@code byRegion}, ...) and,
 * for each row in report order, the number of people in each {@link FreedomCategory}, a hidden
 * cell empty. It holds no count that the report does not print. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedBreakdown {
  PublishedBreakdown() {}

  /** Returns the breakdown's name, its key in the report's JSON, such as {@code byFacility}. */
  public abstract String name();

  /**
   * Returns the rows by key (a facility id, an affiliation, a vulnerable group, ...) in report
   * order; each row has every category, a hidden cell empty.
   */
  public abstract ImmutableMap<String, ImmutableMap<FreedomCategory, OptionalLong>> rows();

  /**
   * Returns the published number of people of row {@code key} in {@code category}, or empty when
   * the cell is hidden.
   *
   * @throws IllegalArgumentException if the breakdown has no row {@code key}
   */
  public OptionalLong cell(String key, FreedomCategory category) {
    ImmutableMap<FreedomCategory, OptionalLong> row = rows().get(checkNotNull(key, "key"));
    checkArgument(row != null, "%s has no such row", name());
    return checkNotNull(row.get(checkNotNull(category, "category")));
  }

  /** Returns the published breakdown of {@code b}: its cells as {@link Breakdown#cell} shows them. */
  static PublishedBreakdown of(Breakdown b) {
    ImmutablePublishedBreakdown.Builder out = ImmutablePublishedBreakdown.builder().name(b.name());
    for (String key : b.rows().keySet()) {
      ImmutableMap.Builder<FreedomCategory, OptionalLong> row = ImmutableMap.builder();
      for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
        row.put(c, b.cell(key, c));
      }
      out.putRows(key, row.buildOrThrow());
    }
    return out.build();
  }

  @Value.Check
  final void check() {
    for (Map.Entry<String, ImmutableMap<FreedomCategory, OptionalLong>> row : rows().entrySet()) {
      checkArgument(
          row.getValue().keySet().containsAll(CategoryCounts.REPORT_ORDER)
              && row.getValue().size() == CategoryCounts.REPORT_ORDER.size(),
          "every row of %s must have every category",
          name());
      row.getValue().values().forEach(n -> PublishedReport.checkCount(n, name()));
    }
  }
}
