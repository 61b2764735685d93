package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The claims section of a report as it is published (its JSON's {@code claims}, docs/reports.md,
 * "Claims"): whether the headline counts claims, the verified figure beside the one counting
 * claims, the claims not yet verified, the people they would move and between which categories,
 * the claims by source, and the flows by both counts. A hidden cell is empty. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PublishedClaims {
  PublishedClaims() {}

  /**
   * Returns whether the report's headline counts claims as well as verified events (its JSON's
   * {@code "headline":"all"}), rather than verified events only ({@code "verified"}).
   */
  public abstract boolean headlineIncludesClaims();

  /** Returns the claims not yet verified that the view sees. */
  public abstract long unverifiedClaims();

  /** Returns the people whose category the claims change. */
  public abstract long peopleMoved();

  /** Returns the claims that a verified event corroborates. */
  public abstract long corroborations();

  /** Returns the claims whose date conflicts with a verified event's. */
  public abstract long dateConflicts();

  /** Returns the population counting verified events only. */
  public abstract long verifiedPopulation();

  /** Returns the categories counting verified events only. */
  public abstract CategoryCounts verified();

  /** Returns the population counting claims too. */
  public abstract long populationWithClaims();

  /** Returns the categories counting claims too. */
  public abstract CategoryCounts withClaims();

  /**
   * Returns the people the claims move, from a category (verified) to another (counting claims),
   * as published: only the cells that are not zero, a hidden cell empty, rows and cells in
   * report order.
   */
  public abstract ImmutableMap<FreedomCategory, ImmutableMap<FreedomCategory, OptionalLong>> moves();

  /**
   * Returns the unverified claims by the label of their source ({@link Claims#NO_SOURCE} for
   * none), a hidden count empty.
   */
  public abstract ImmutableMap<String, OptionalLong> bySource();

  /** Returns the date S the flows are counted since, when the report has flows. */
  public abstract Optional<LocalDate> flowsSince();

  /** Returns the flows since S counting verified events only, when the report has flows. */
  public abstract Optional<PublishedFlows> verifiedFlows();

  /** Returns the flows since S counting claims too, when the report has flows. */
  public abstract Optional<PublishedFlows> flowsWithClaims();

  /** Returns the published claims section of {@code c}. */
  static PublishedClaims of(Claims c, boolean headlineIncludesClaims) {
    ImmutablePublishedClaims.Builder out =
        ImmutablePublishedClaims.builder()
            .headlineIncludesClaims(headlineIncludesClaims)
            .unverifiedClaims(c.unverifiedClaims())
            .peopleMoved(c.peopleMoved())
            .corroborations(c.corroborations())
            .dateConflicts(c.dateConflicts())
            .verifiedPopulation(c.verifiedPopulation())
            .verified(c.verified())
            .populationWithClaims(c.populationWithClaims())
            .withClaims(c.withClaims())
            .bySource(c.bySource());
    for (FreedomCategory from : CategoryCounts.REPORT_ORDER) {
      ImmutableMap.Builder<FreedomCategory, OptionalLong> row = ImmutableMap.builder();
      for (FreedomCategory to : CategoryCounts.REPORT_ORDER) {
        OptionalLong n = c.moved(from, to);
        if (n.isEmpty() || n.getAsLong() != 0) {
          row.put(to, n);
        }
      }
      ImmutableMap<FreedomCategory, OptionalLong> cells = row.buildOrThrow();
      if (!cells.isEmpty()) {
        out.putMoves(from, cells);
      }
    }
    if (c.verifiedFlows().isPresent() && c.flowsWithClaims().isPresent()) {
      out.flowsSince(c.verifiedFlows().get().since())
          .verifiedFlows(PublishedFlows.of(c.verifiedFlows().get()))
          .flowsWithClaims(PublishedFlows.of(c.flowsWithClaims().get()));
    }
    return out.build();
  }

  @Value.Check
  final void check() {
    for (long n :
        new long[] {
          unverifiedClaims(), peopleMoved(), corroborations(), dateConflicts(), verifiedPopulation(),
          populationWithClaims()
        }) {
      PublishedReport.checkCount(n, "claims");
    }
    for (Map<FreedomCategory, OptionalLong> row : moves().values()) {
      checkArgument(!row.isEmpty(), "a row of claims.moves must not be empty");
      for (OptionalLong n : row.values()) {
        PublishedReport.checkCount(n, "claims.moves");
        checkArgument(n.isEmpty() || n.getAsLong() > 0, "claims.moves publishes no zero");
      }
    }
    bySource().values().forEach(n -> PublishedReport.checkCount(n, "claims.bySource"));
    checkArgument(
        flowsSince().isPresent() == verifiedFlows().isPresent()
            && flowsSince().isPresent() == flowsWithClaims().isPresent(),
        "claims.flows has a date and both counts, or is absent");
  }
}
