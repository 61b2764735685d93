package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Event;
import io.github.vigil.core.History;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.reporting.disclosure.CountTable;
import io.github.vigil.reporting.disclosure.LinkedTables;
import io.github.vigil.reporting.disclosure.Suppression;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The claims section of a report (docs/reports.md, "Claims"): the verified figure beside the one
 * that counts claims too (the official figure), the claims not yet verified, how many people they
 * would move and between which categories, by source, the corroborations and date conflicts, and
 * the flows since S by both counts. It is computed from a view counting verified events only and
 * the same view including claims, whichever the report's headline uses. Cells of the moves and of
 * the claims by source below the minimum cell are hidden. Immutable and thread-safe.
 */
public final class Claims {
  /** The key of claims without a source in {@link #bySource()}. */
  public static final String NO_SOURCE = "(none)";

  private final FreedomSummary verified;
  private final FreedomSummary withClaims;
  private final Optional<Flows> verifiedFlows;
  private final Optional<Flows> flowsWithClaims;
  private final long unverifiedClaims;
  private final long peopleMoved;
  private final long corroborations;
  private final long dateConflicts;
  private final Suppression moves;
  private final ImmutableSortedMap<String, Long> bySource;
  private final int minCell;

  private Claims(
      ReportOptions options,
      FreedomSummary verified,
      FreedomSummary withClaims,
      long unverifiedClaims,
      long peopleMoved,
      long corroborations,
      long dateConflicts,
      Suppression moves,
      ImmutableSortedMap<String, Long> bySource) {
    this.verified = verified;
    this.withClaims = withClaims;
    this.verifiedFlows = verified.flows(options);
    this.flowsWithClaims = withClaims.flows(options);
    this.unverifiedClaims = unverifiedClaims;
    this.peopleMoved = peopleMoved;
    this.corroborations = corroborations;
    this.dateConflicts = dateConflicts;
    this.moves = moves;
    this.bySource = bySource;
    this.minCell = options.minCell();
  }

  /**
   * Returns the claims section of {@code view} (whether it counts claims or not), or empty when
   * the view, including claims, sees none: a registry without claims reports exactly as before.
   */
  static Optional<Claims> of(RegistryView view, ReportOptions options) {
    checkNotNull(view, "view");
    checkNotNull(options, "options");
    RegistryView all = view.includingClaims();
    RegistryView verifiedView = view.verifiedOnly();
    if (!anySeen(view.registry(), all)) {
      return Optional.empty();
    }
    int n = FreedomCategory.values().length;
    long[][] moved = new long[n][n];
    long unverified = 0;
    long people = 0;
    long corroborated = 0;
    long conflicts = 0;
    TreeMap<String, Long> sources = new TreeMap<>();
    Iterator<PersonView> v = verifiedView.people().iterator();
    Iterator<PersonView> a = all.people().iterator();
    while (v.hasNext() && a.hasNext()) {
      PersonView pv = v.next();
      PersonView pa = a.next();
      corroborated += pa.corroborations();
      conflicts += pa.dateConflicts();
      for (Event c : pa.unverifiedClaims()) {
        unverified++;
        sources.merge(c.source().map(Source::label).orElse(NO_SOURCE), 1L, Long::sum);
      }
      if (pa.status().isEmpty()) {
        continue;
      }
      FreedomCategory to = options.policy().classify(pa.status().get()).category();
      Optional<FreedomCategory> from =
          pv.status().map(s -> options.policy().classify(s).category());
      if (from.isPresent() && from.get() != to) {
        moved[CategoryCounts.REPORT_ORDER.indexOf(from.get())][CategoryCounts.REPORT_ORDER.indexOf(to)]++;
        people++;
      }
    }
    ImmutableList<String> columns =
        CategoryCounts.REPORT_ORDER.stream().map(Enum::name).collect(ImmutableList.toImmutableList());
    long[][] matrix = moved;
    long[] totals = new long[n];
    for (long[] row : matrix) {
      for (int c = 0; c < n; c++) {
        totals[c] += row[c];
      }
    }
    Suppression moves =
        Suppression.apply(
            LinkedTables.ofTotals(
                columns, totals, List.of(CountTable.partition("moves", columns, columns, matrix))),
            options.minCell());
    return Optional.of(
        new Claims(
            options,
            FreedomSummary.of(verifiedView, options),
            FreedomSummary.of(all, options),
            unverified,
            people,
            corroborated,
            conflicts,
            moves,
            ImmutableSortedMap.copyOf(sources)));
  }

  /** Returns the people in each category counting verified events only. */
  public CategoryCounts verified() {
    return verified.categories();
  }

  /** Returns the people in each category counting claims too: the official figure. */
  public CategoryCounts withClaims() {
    return withClaims.categories();
  }

  /** Returns the population counting verified events only. */
  public long verifiedPopulation() {
    return verified.population();
  }

  /** Returns the population counting claims too. */
  public long populationWithClaims() {
    return withClaims.population();
  }

  /** Returns the flows since S counting verified events only, when S was given. */
  public Optional<Flows> verifiedFlows() {
    return verifiedFlows;
  }

  /** Returns the flows since S counting claims too, when S was given. */
  public Optional<Flows> flowsWithClaims() {
    return flowsWithClaims;
  }

  /** Returns the number of seen claims that no seen verified event of the same type and date confirms. */
  public long unverifiedClaims() {
    return unverifiedClaims;
  }

  /** Returns the number of people whose category the claims change. */
  public long peopleMoved() {
    return peopleMoved;
  }

  /** Returns the number of seen events that repeat a change on the same date, a claim involved. */
  public long corroborations() {
    return corroborations;
  }

  /** Returns the number of seen events that repeat a change on another date, a claim involved. */
  public long dateConflicts() {
    return dateConflicts;
  }

  /**
   * Returns the people the claims move from {@code from} (verified) to {@code to} (counting
   * claims), or empty when the cell is hidden (below the minimum cell).
   */
  public OptionalLong moved(FreedomCategory from, FreedomCategory to) {
    return moves.published(
        0, CategoryCounts.REPORT_ORDER.indexOf(from), CategoryCounts.REPORT_ORDER.indexOf(to));
  }

  /**
   * Returns the unverified claims by the label of their source ({@link #NO_SOURCE} for none), in
   * label order, a count below the minimum cell empty; when exactly one count is hidden, the
   * smallest other one is hidden too, so that the total does not give it away.
   */
  public ImmutableSortedMap<String, OptionalLong> bySource() {
    TreeMap<String, OptionalLong> out = new TreeMap<>();
    @Nullable String smallest = null;
    long smallestCount = Long.MAX_VALUE;
    int hidden = 0;
    for (Map.Entry<String, Long> e : bySource.entrySet()) {
      long count = e.getValue();
      if (count < minCell) {
        out.put(e.getKey(), OptionalLong.empty());
        hidden++;
      } else {
        out.put(e.getKey(), OptionalLong.of(count));
        if (count < smallestCount) {
          smallest = e.getKey();
          smallestCount = count;
        }
      }
    }
    if (hidden == 1 && smallest != null) {
      out.put(smallest, OptionalLong.empty());
    }
    return ImmutableSortedMap.copyOf(out);
  }

  /** Returns counts only. */
  @Override
  public String toString() {
    return "Claims{unverified=" + unverifiedClaims + ", peopleMoved=" + peopleMoved + "}";
  }

  /** Returns whether {@code all} sees a claim of anyone: one look at each history, no stream. */
  private static boolean anySeen(Registry registry, RegistryView all) {
    for (History h : registry.histories()) {
      if (h.hasClaims()) {
        for (Event claim : h.claims()) {
          if (all.sees(claim)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
