package io.github.vigil.reporting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Source;
import io.github.vigil.survival.internal.JsonFields;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the JSON that {@link JsonRenderer} writes back into a {@link PublishedReport}. Every key
 * the writer writes must be present; keys it does not know are ignored (the format grows by
 * adding keys). A failure is an {@link IllegalArgumentException} naming the key by its path, the
 * keys that are data (rows, sources, outcomes) by their position from 1 ({@code byFacility.#3.DETAINED}):
 * no message repeats a key or a value of the document, which may come from anywhere ({@link
 * JsonFields} takes every value out of the document).
 */
final class PublishedJson {
  /** The breakdowns of a report, in the order its JSON lists them. */
  private static final ImmutableList<String> BREAKDOWNS =
      ImmutableList.<String>builder()
          .add("byFacility", "byAffiliation", "byVulnerableGroup")
          .addAll(BalanceTables.NAMES)
          .build();

  private PublishedJson() {}

  static PublishedReport read(String json) {
    return read(JsonFields.root(json, "the report's JSON"));
  }

  private static PublishedReport read(JsonFields r) {
    long version = r.count("formatVersion");
    if (version != FreedomReport.FORMAT_VERSION) {
      throw r.fail("formatVersion", "must be " + FreedomReport.FORMAT_VERSION + ", the version this reader reads");
    }
    CategoryCounts categories = categories(r.object("categories"));
    JsonFields groups = r.object("groups");
    for (Map.Entry<String, FreedomCategory> repeated :
        Map.of("free", FreedomCategory.FULL, "exiled", FreedomCategory.EXILED, "deceased", FreedomCategory.DECEASED)
            .entrySet()) {
      if (groups.count(repeated.getKey()) != categories.get(repeated.getValue())) {
        throw groups.fail(repeated.getKey(), "must equal categories." + repeated.getValue());
      }
    }
    ImmutablePublishedReport.Builder b =
        PublishedReport.builder()
            .asOf(r.date("asOf"))
            .knownOn(r.date("knownAsOf"))
            .sources(sources(r))
            .population(r.count("population"))
            .rearrests(r.count("rearrests"))
            .rejectedRows(r.count("rejectedRows"))
            .skippedEvents(r.count("skippedEvents"))
            .rejectedPeople(r.count("rejectedPeople"))
            .peopleWithEventsNotYetKnown(r.count("peopleWithEventsNotYetKnown"))
            .categories(categories)
            .deprivedOfLiberty(groups.count("deprivedOfLiberty"))
            .atLiberty(groups.count("atLiberty"))
            .releasedNotFree(groups.count("releasedNotFree"))
            .deprivedOfLibertyWithoutConviction(r.count("deprivedOfLibertyWithoutConviction"))
            .approximateDates(r.count("approximateDates"));
    OptionalLong orders = r.cell("releaseOrdersNotExecuted");
    JsonFields waits = r.object("releaseOrderWaits");
    b.releaseOrdersNotExecuted(orders);
    if (waits.has("medianDays") || !orders.equals(OptionalLong.of(0))) {
      b.releaseOrderMedianDays(waits.days("medianDays")); // absent only when no order waits
    }
    for (int days : ReleaseOrderWaits.THRESHOLDS) {
      b.putReleaseOrdersWaitingOver(days, waits.cell("over" + days + "Days"));
    }
    for (String name : BREAKDOWNS) {
      ImmutablePublishedBreakdown.Builder breakdown = ImmutablePublishedBreakdown.builder().name(name);
      for (Map.Entry<String, JsonFields> row : r.object(name).members()) {
        breakdown.putRows(row.getKey(), cells(row.getValue()));
      }
      b.addBreakdowns(breakdown.build());
    }
    b.flows(r.optionalObject("flows").map(PublishedJson::flows));
    b.claims(r.optionalObject("claims").map(PublishedJson::claims));
    JsonFields deceased = r.object("deceased");
    b.deceasedInCustody(deceased.count("inCustody")).deceasedOutOfCustody(deceased.count("outOfCustody"));
    r.object("caseOutcomes")
        .cellsByPosition()
        .forEach(
            (outcome, n) -> {
              if (n.isEmpty()) {
                throw new IllegalArgumentException("caseOutcomes has a null count; none is hidden");
              }
              b.putCaseOutcomes(outcome, n.getAsLong());
            });
    JsonFields durations = r.object("durations");
    for (DurationKind kind : DurationKind.values()) {
      b.putDurations(kind, durations(kind, durations.object(kind.key())));
    }
    long minCell = r.count("minCell");
    if (minCell < 1 || minCell > Integer.MAX_VALUE) {
      throw r.fail("minCell", "must be a whole number from 1 to " + Integer.MAX_VALUE);
    }
    return b.minCell((int) minCell).policy(r.text("policy")).build();
  }

  @SuppressWarnings("UnusedException") // the cause's message may repeat the label: it is dropped
  private static Optional<ImmutableSet<Source>> sources(JsonFields r) {
    if (!r.has("sources")) {
      return Optional.empty();
    }
    Set<Source> sources = new LinkedHashSet<>();
    int i = 0;
    for (String label : r.texts("sources")) {
      String at = r.at("sources.#" + ++i);
      Source source;
      try {
        source = Source.of(label);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            at + " is not a source label (blank, longer than 200 characters or with control characters)");
      }
      if (!sources.add(source)) {
        throw new IllegalArgumentException(at + " repeats a source");
      }
    }
    return Optional.of(ImmutableSet.copyOf(sources));
  }

  private static Flows flows(JsonFields f) {
    return new Flows(
        f.date("since"),
        f.count("arrests"),
        f.count("rearrests"),
        f.count("releases"),
        f.count("exiles"),
        f.count("deaths"),
        f.count("newlyRegistered"),
        categories(f.object("releasesTo")),
        f.count("deathsInCustody"));
  }

  private static PublishedClaims claims(JsonFields c) {
    String headline = c.text("headline");
    if (!headline.equals("all") && !headline.equals("verified")) {
      throw c.fail("headline", "must be \"all\" or \"verified\"");
    }
    JsonFields verified = c.object("verified");
    JsonFields withClaims = c.object("withClaims");
    ImmutablePublishedClaims.Builder b =
        ImmutablePublishedClaims.builder()
            .headlineIncludesClaims(headline.equals("all"))
            .unverifiedClaims(c.count("unverifiedClaims"))
            .peopleMoved(c.count("peopleMoved"))
            .corroborations(c.count("corroborations"))
            .dateConflicts(c.count("dateConflicts"))
            .verifiedPopulation(verified.count("population"))
            .verified(categories(verified.object("categories")))
            .populationWithClaims(withClaims.count("population"))
            .withClaims(categories(withClaims.object("categories")));
    JsonFields moves = c.object("moves");
    for (FreedomCategory from : CategoryCounts.REPORT_ORDER) {
      if (moves.has(from.name())) {
        Map<FreedomCategory, OptionalLong> row = cells(moves.object(from.name()), false);
        row.values().removeIf(n -> n.equals(OptionalLong.of(0))); // the writer leaves zeros out
        if (!row.isEmpty()) {
          b.putMoves(from, ImmutableMap.copyOf(row));
        }
      }
    }
    b.bySource(c.object("bySource").cellsByPosition());
    c.optionalObject("flows")
        .ifPresent(
            f ->
                b.flowsSince(f.date("since"))
                    .verifiedFlows(claimFlows(f.object("verified")))
                    .flowsWithClaims(claimFlows(f.object("withClaims"))));
    return b.build();
  }

  private static PublishedFlows claimFlows(JsonFields f) {
    return ImmutablePublishedFlows.builder()
        .arrests(f.count("arrests"))
        .rearrests(f.count("rearrests"))
        .releases(f.count("releases"))
        .exiles(f.count("exiles"))
        .deaths(f.count("deaths"))
        .build();
  }

  private static PublishedDurations durations(DurationKind kind, JsonFields d) {
    ImmutablePublishedDurations.Builder b =
        ImmutablePublishedDurations.builder()
            .kind(kind)
            .people(d.count("people"))
            .approximate(d.count("approximate"))
            .lowerQuartile(d.days("lowerQuartile"))
            .median(d.days("median"))
            .upperQuartile(d.days("upperQuartile"))
            .max(d.cell("max"));
    JsonFields buckets = d.object("buckets");
    for (DurationBucket bucket : DurationBucket.values()) {
      b.putBuckets(bucket, buckets.cell(bucket.name()));
    }
    return b.build();
  }

  private static CategoryCounts categories(JsonFields o) {
    Map<FreedomCategory, Long> counts = new EnumMap<>(FreedomCategory.class);
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      counts.put(c, o.count(c.name()));
    }
    return CategoryCounts.of(counts);
  }

  /** Returns a row of cells: every category, each a count or {@code null} (hidden). */
  private static ImmutableMap<FreedomCategory, OptionalLong> cells(JsonFields row) {
    return ImmutableMap.copyOf(cells(row, true));
  }

  /** Returns the cells of a row in report order; with {@code every}, each category must be there. */
  private static Map<FreedomCategory, OptionalLong> cells(JsonFields row, boolean every) {
    Map<FreedomCategory, OptionalLong> cells = new LinkedHashMap<>();
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      if (every || row.has(c.name())) {
        cells.put(c, row.cell(c.name()));
      }
    }
    return cells;
  }
}
