package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a {@link FreedomReport} publishes, and nothing more: every figure of its JSON (docs/format.md
 * section 5 and docs/reports.md), a hidden cell empty. A report holds the counts behind the cells
 * it hides, so it is never rebuilt from its JSON; this is what its JSON is read back into.
 *
 * <p>{@link FreedomReport#published()} makes it from the report's own disclosure control (the
 * cells its breakdowns, durations, release-order waits and claims show), and the report's JSON is
 * written from it: {@code report.toJson()} and {@code report.published().toJson()} are the same
 * characters. {@link #parse(String)} reads that JSON back, so that {@code
 * PublishedReport.parse(report.toJson()).equals(report.published())}.
 *
 * <p>Its checks are of shape and sign only (every count at least 0, every row with every
 * category, every duration kind and bucket); it does not check the arithmetic between figures,
 * beyond the groups that repeat a category. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedReport {
  PublishedReport() {}

  /** Returns the date D (the JSON's {@code asOf}). */
  public abstract LocalDate asOf();

  /** Returns the date K: events recorded after it are not counted (the JSON's {@code knownAsOf}). */
  public abstract LocalDate knownOn();

  /** Returns the sources whose events are counted, or empty when every event is. */
  public abstract Optional<ImmutableSet<Source>> sources();

  /** Returns the number of people with at least one applied event. */
  public abstract long population();

  /** Returns the number of applied rearrest events (not people). */
  public abstract long rearrests();

  /** Returns the number of rows rejected while the registry was read. */
  public abstract long rejectedRows();

  /** Returns the number of seen events skipped because they did not apply. */
  public abstract long skippedEvents();

  /** Returns the number of people left out because their row was rejected. */
  public abstract long rejectedPeople();

  /** Returns the number of people with an event dated on or before D but recorded after K. */
  public abstract long peopleWithEventsNotYetKnown();

  /** Returns the number of people in each category. */
  public abstract CategoryCounts categories();

  /** Returns the people deprived of liberty (the JSON's {@code groups.deprivedOfLiberty}). */
  public abstract long deprivedOfLiberty();

  /** Returns the people at liberty (the JSON's {@code groups.atLiberty}). */
  public abstract long atLiberty();

  /** Returns the people released under measures or with an open case ({@code groups.releasedNotFree}). */
  public abstract long releasedNotFree();

  /** Returns the people deprived of liberty who are not convicted. */
  public abstract long deprivedOfLibertyWithoutConviction();

  /** Returns the number of seen events whose date is approximate (month or year). */
  public abstract long approximateDates();

  /** Returns the people in custody holding a release order not executed, or empty when hidden. */
  public abstract OptionalLong releaseOrdersNotExecuted();

  /**
   * Returns the median of the days the release orders not executed have waited, or empty when
   * there is none or it is hidden.
   */
  public abstract OptionalDouble releaseOrderMedianDays();

  /**
   * Returns, for each of {@link ReleaseOrderWaits#THRESHOLDS} in order, the release orders that
   * have waited more than that many days, or empty when hidden.
   */
  public abstract ImmutableMap<Integer, OptionalLong> releaseOrdersWaitingOver();

  /**
   * Returns the breakdowns in report order: by facility, affiliation and vulnerable group, then
   * those of the weekly balance.
   */
  public abstract ImmutableList<PublishedBreakdown> breakdowns();

  /** Returns the flows since the date S, or empty when the report has none. */
  public abstract Optional<Flows> flows();

  /** Returns the claims section, or empty when the report has none. */
  public abstract Optional<PublishedClaims> claims();

  /** Returns the deceased who died in custody or under house arrest. */
  public abstract long deceasedInCustody();

  /** Returns the deceased who died out of custody: at liberty or in exile. */
  public abstract long deceasedOutOfCustody();

  /** Returns the applied {@code CASE_CLOSED} events by outcome, in report order. */
  public abstract ImmutableMap<String, Long> caseOutcomes();

  /** Returns the durations of each kind, in kind order. */
  public abstract ImmutableMap<DurationKind, PublishedDurations> durations();

  /** Returns the small-cell threshold the report was published with. */
  public abstract int minCell();

  /** Returns the name of the classification policy the report was computed with. */
  public abstract String policy();

  /**
   * Returns the breakdown named {@code name}, such as {@code byFacility} or {@code byRegion}.
   *
   * @throws IllegalArgumentException if the report has no breakdown of that name
   */
  public PublishedBreakdown breakdown(String name) {
    checkNotNull(name, "name");
    for (PublishedBreakdown b : breakdowns()) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException("no breakdown " + name);
  }

  /**
   * Returns the release orders that have waited more than {@code days} days, or empty when hidden.
   *
   * @throws IllegalArgumentException if {@code days} is not one of {@link ReleaseOrderWaits#THRESHOLDS}
   */
  public OptionalLong releaseOrdersWaitingOver(int days) {
    OptionalLong n = releaseOrdersWaitingOver().get(days);
    checkArgument(n != null, "no figure for waits over %s days; there are %s", days, ReleaseOrderWaits.THRESHOLDS);
    return n;
  }

  /** Returns the JSON object of docs/format.md section 5, on one line ending with a newline. */
  public String toJson() {
    return JsonRenderer.render(this);
  }

  /**
   * Returns the published report that {@code json}, the JSON a report writes ({@link
   * FreedomReport#toJson()}, {@code vigil report --format json}), describes. Every key a report
   * writes must be present; keys it does not know are ignored, since the format grows by adding
   * keys. Error messages name the key by its path ({@code releaseOrderWaits.over7Days}); the keys
   * that are data (a breakdown's rows, the sources of claims, case outcomes) are named by their
   * position, and no message repeats a key or a value of the document.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON object, lacks a key, holds a
   *     value of the wrong type, a negative count or one past {@code 2^63 − 1}, or is of a format
   *     version other than {@value FreedomReport#FORMAT_VERSION}
   */
  public static PublishedReport parse(String json) {
    return PublishedJson.read(checkNotNull(json, "json"));
  }

  /** Returns a new builder; for the report and the reader. */
  static ImmutablePublishedReport.Builder builder() {
    return ImmutablePublishedReport.builder();
  }

  @Value.Check
  final void check() {
    for (long n :
        new long[] {
          population(), rearrests(), rejectedRows(), skippedEvents(), rejectedPeople(),
          peopleWithEventsNotYetKnown(), deprivedOfLiberty(), atLiberty(), releasedNotFree(),
          deprivedOfLibertyWithoutConviction(), approximateDates(), deceasedInCustody(),
          deceasedOutOfCustody()
        }) {
      checkCount(n, "the report");
    }
    checkCount(releaseOrdersNotExecuted(), "releaseOrdersNotExecuted");
    releaseOrdersWaitingOver().values().forEach(n -> checkCount(n, "releaseOrderWaits"));
    checkArgument(
        releaseOrdersWaitingOver().keySet().asList().equals(ReleaseOrderWaits.THRESHOLDS),
        "releaseOrderWaits has a figure for each of %s days",
        ReleaseOrderWaits.THRESHOLDS);
    OptionalDouble median = releaseOrderMedianDays();
    checkArgument(
        median.isEmpty() || (Double.isFinite(median.getAsDouble()) && median.getAsDouble() >= 0),
        "releaseOrderWaits.medianDays must be a finite number of days, not negative");
    checkArgument(
        median.isEmpty() || !releaseOrdersNotExecuted().equals(OptionalLong.of(0)),
        "releaseOrderWaits.medianDays is not published when no order waits");
    Set<String> names = new HashSet<>();
    for (PublishedBreakdown b : breakdowns()) {
      checkArgument(names.add(b.name()), "two breakdowns named %s", b.name());
    }
    caseOutcomes().values().forEach(n -> checkCount(n, "caseOutcomes"));
    checkArgument(
        durations().keySet().equals(EnumSet.allOf(DurationKind.class)),
        "durations has every kind");
    for (Map.Entry<DurationKind, PublishedDurations> d : durations().entrySet()) {
      checkArgument(d.getKey() == d.getValue().kind(), "durations.%s is of its kind", d.getKey().key());
    }
    checkArgument(minCell() >= 1, "minCell must be at least 1: %s", minCell());
  }

  static void checkCount(long n, String what) {
    checkArgument(n >= 0, "a count of %s must not be negative", what);
  }

  static void checkCount(OptionalLong n, String what) {
    checkArgument(n.isEmpty() || n.getAsLong() >= 0, "a count of %s must not be negative", what);
  }
}
