package io.github.vigil.reporting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vigil.reporting.disclosure.CountTable;
import io.github.vigil.reporting.disclosure.LinkedTables;
import io.github.vigil.reporting.disclosure.Suppression;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The weekly balance's tables, as a report publishes them: the breakdowns by region, detaining
 * agency, gender, age band, nationality and profile (rows of categories, protected with the
 * report's other breakdowns), and the duration buckets (protected on their own: each row is its
 * own population).
 */
@SuppressWarnings("EnumOrdinal") // the durations are indexed by their kind
final class BalanceTables {
  /** The names of the balance's breakdowns, in report order. */
  static final ImmutableList<String> NAMES =
      ImmutableList.of("byRegion", "byAgency", "byGender", "byAgeBand", "byNationality", "byProfile");

  private BalanceTables() {}

  /** Returns the rows of each of the balance's breakdowns, by name, in report order. */
  static ImmutableMap<String, ImmutableMap<String, CategoryCounts>> rows(
      BalanceCounts b, ReportOptions options) {
    ImmutableMap.Builder<String, ImmutableMap<String, CategoryCounts>> out = ImmutableMap.builder();
    out.put("byRegion", sorted(b.byRegion));
    out.put("byAgency", sorted(b.byAgency));
    out.put("byGender", fixed(BalanceCounts.GENDERS, b.byGender));
    AgeBands bands = AgeBands.of(options.ageBands());
    ImmutableMap.Builder<String, CategoryCounts> ages = ImmutableMap.builder();
    for (int i = 0; i < bands.size(); i++) {
      ages.put(bands.key(i), counts(b.byAgeBand.get(i)));
    }
    ages.put(BalanceCounts.UNKNOWN, counts(b.byAgeBand.get(-1)));
    out.put("byAgeBand", ages.buildOrThrow());
    out.put("byNationality", fixed(BalanceCounts.NATIONALITIES, b.byNationality));
    out.put("byProfile", sorted(b.byProfile));
    return out.buildOrThrow();
  }

  /** Returns the balance's breakdowns as tables of the disclosure control, in report order. */
  static List<CountTable> tables(
      ImmutableMap<String, ImmutableMap<String, CategoryCounts>> rows, List<String> columns) {
    ImmutableList.Builder<CountTable> t = ImmutableList.builder();
    for (Map.Entry<String, ImmutableMap<String, CategoryCounts>> e : rows.entrySet()) {
      List<String> keys = e.getValue().keySet().asList();
      long[][] m = matrix(e.getValue());
      t.add(
          e.getKey().equals("byProfile")
              ? CountTable.subsets(e.getKey(), keys, columns, m, List.of())
              : CountTable.partition(e.getKey(), keys, columns, m));
    }
    return t.build();
  }

  /** Returns the durations' buckets under their own disclosure control. */
  static Suppression durationSuppression(BalanceCounts b, int minCell) {
    ImmutableList<String> columns =
        ImmutableList.copyOf(
            Arrays.stream(DurationBucket.values()).map(Enum::name).iterator());
    ImmutableList<String> kinds =
        ImmutableList.copyOf(
            Arrays.stream(DurationKind.values()).map(DurationKind::key).iterator());
    long[][] m = new long[kinds.size()][];
    for (int k = 0; k < m.length; k++) {
      m[k] = b.buckets[k].clone();
    }
    return Suppression.apply(
        LinkedTables.withoutTotals(
            columns, List.of(CountTable.subsets("durations", kinds, columns, m, List.of()))),
        minCell);
  }

  /** Returns the duration summaries, published under {@code suppression}, in kind order. */
  static ImmutableMap<DurationKind, DurationSummary> durations(BalanceCounts b, Suppression suppression) {
    ImmutableMap.Builder<DurationKind, DurationSummary> out = ImmutableMap.builder();
    for (DurationKind k : DurationKind.values()) {
      int i = k.ordinal();
      out.put(
          k, new DurationSummary(k, b.durations.get(i).toSortedMap(), b.approximate[i], b.buckets[i], suppression, i));
    }
    return out.buildOrThrow();
  }

  static long[][] matrix(Map<String, CategoryCounts> rows) {
    long[][] m = new long[rows.size()][];
    int r = 0;
    for (CategoryCounts row : rows.values()) {
      m[r++] = CategoryCounts.REPORT_ORDER.stream().mapToLong(row::get).toArray();
    }
    return m;
  }

  private static <K> ImmutableMap<String, CategoryCounts> sorted(Map<K, long[]> rows) {
    ImmutableMap.Builder<String, CategoryCounts> out = ImmutableMap.builder();
    rows.forEach((k, v) -> out.put(k.toString(), CategoryCounts.wrap(v.clone())));
    return out.buildOrThrow();
  }

  private static ImmutableMap<String, CategoryCounts> fixed(String[] keys, long[][] rows) {
    ImmutableMap.Builder<String, CategoryCounts> out = ImmutableMap.builder();
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], CategoryCounts.wrap(rows[i].clone()));
    }
    return out.buildOrThrow();
  }

  private static CategoryCounts counts(long @Nullable [] row) {
    return row == null ? CategoryCounts.zero() : CategoryCounts.wrap(row.clone());
  }
}
