package io.github.vigil.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Source;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Writes what a report publishes ({@link PublishedReport}) as the JSON object of docs/format.md
 * section 5, keys in the order shown there, with these additions: {@code sources} (only when the
 * view is restricted to some), {@code rejectedPeople}, {@code peopleWithEventsNotYetKnown}, {@code
 * groups}, the release orders not executed, {@code claims}, {@code minCell} and {@code policy},
 * and the weekly balance's ({@code deceased}, {@code caseOutcomes}, {@code durations}, the
 * breakdowns after {@code byVulnerableGroup} and the flows' new keys). A hidden cell is {@code
 * null}. {@link PublishedJson} reads what this writes.
 */
final class JsonRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonRenderer() {}

  static String render(PublishedReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the report as JSON", e);
    }
  }

  private static ObjectNode tree(PublishedReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FreedomReport.FORMAT_VERSION);
    root.put("asOf", report.asOf().toString());
    root.put("knownAsOf", report.knownOn().toString());
    report
        .sources()
        .ifPresent(
            sources -> {
              ArrayNode a = root.putArray("sources");
              sources.stream().map(Source::label).sorted().forEach(a::add);
            });
    root.put("population", report.population());
    root.put("rearrests", report.rearrests());
    root.put("rejectedRows", report.rejectedRows());
    root.put("skippedEvents", report.skippedEvents());
    root.put("rejectedPeople", report.rejectedPeople());
    root.put("peopleWithEventsNotYetKnown", report.peopleWithEventsNotYetKnown());
    categories(root.putObject("categories"), report.categories());
    ObjectNode groups = root.putObject("groups");
    groups.put("deprivedOfLiberty", report.deprivedOfLiberty());
    groups.put("atLiberty", report.atLiberty());
    groups.put("releasedNotFree", report.releasedNotFree());
    groups.put("free", report.categories().get(FreedomCategory.FULL));
    groups.put("exiled", report.categories().get(FreedomCategory.EXILED));
    groups.put("deceased", report.categories().get(FreedomCategory.DECEASED));
    root.put("deprivedOfLibertyWithoutConviction", report.deprivedOfLibertyWithoutConviction());
    root.put("approximateDates", report.approximateDates());
    releaseOrders(root, report);
    for (PublishedBreakdown b : report.breakdowns()) {
      ObjectNode node = root.putObject(b.name());
      b.rows().forEach((key, row) -> cells(node.putObject(key), row));
    }
    report
        .flows()
        .ifPresent(
            f -> {
              ObjectNode flows = root.putObject("flows");
              flows.put("since", f.since().toString());
              flows.put("arrests", f.arrests());
              flows.put("rearrests", f.rearrests());
              flows.put("releases", f.releases());
              flows.put("exiles", f.exiles());
              flows.put("deaths", f.deaths());
              flows.put("deathsInCustody", f.deathsInCustody());
              flows.put("newlyRegistered", f.newlyRegistered());
              categories(flows.putObject("releasesTo"), f.releasesTo());
            });
    report.claims().ifPresent(c -> claims(root.putObject("claims"), c));
    balance(root, report);
    root.put("minCell", report.minCell());
    root.put("policy", report.policy());
    return root;
  }

  // Release orders not executed (docs/reports.md).

  private static void releaseOrders(ObjectNode root, PublishedReport report) {
    count(root, "releaseOrdersNotExecuted", report.releaseOrdersNotExecuted());
    ObjectNode waits = root.putObject("releaseOrderWaits");
    // absent when no order waits; null when hidden
    if (!report.releaseOrdersNotExecuted().equals(OptionalLong.of(0))) {
      OptionalDouble median = report.releaseOrderMedianDays();
      if (median.isPresent()) {
        waits.put("medianDays", median.getAsDouble());
      } else {
        waits.putNull("medianDays");
      }
    }
    report.releaseOrdersWaitingOver().forEach((days, n) -> count(waits, "over" + days + "Days", n));
  }

  private static void count(ObjectNode node, String key, OptionalLong value) {
    if (value.isPresent()) {
      node.put(key, value.getAsLong());
    } else {
      node.putNull(key);
    }
  }

  private static void cells(ObjectNode node, Map<FreedomCategory, OptionalLong> row) {
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      OptionalLong n = row.get(c);
      if (n != null) {
        count(node, c.name(), n);
      }
    }
  }

  // The claims section (docs/reports.md, "Claims").

  private static void claims(ObjectNode node, PublishedClaims c) {
    node.put("headline", c.headlineIncludesClaims() ? "all" : "verified");
    node.put("unverifiedClaims", c.unverifiedClaims());
    node.put("peopleMoved", c.peopleMoved());
    node.put("corroborations", c.corroborations());
    node.put("dateConflicts", c.dateConflicts());
    ObjectNode verified = node.putObject("verified");
    verified.put("population", c.verifiedPopulation());
    categories(verified.putObject("categories"), c.verified());
    ObjectNode all = node.putObject("withClaims");
    all.put("population", c.populationWithClaims());
    categories(all.putObject("categories"), c.withClaims());
    ObjectNode moves = node.putObject("moves");
    for (FreedomCategory from : CategoryCounts.REPORT_ORDER) {
      ImmutableMap<FreedomCategory, OptionalLong> row = c.moves().get(from);
      if (row != null) {
        cells(moves.putObject(from.name()), row);
      }
    }
    ObjectNode bySource = node.putObject("bySource");
    c.bySource().forEach((k, v) -> count(bySource, k, v));
    if (c.flowsSince().isPresent()
        && c.verifiedFlows().isPresent()
        && c.flowsWithClaims().isPresent()) {
      ObjectNode flows = node.putObject("flows");
      flows.put("since", c.flowsSince().get().toString());
      flows(flows.putObject("verified"), c.verifiedFlows().get());
      flows(flows.putObject("withClaims"), c.flowsWithClaims().get());
    }
  }

  private static void flows(ObjectNode node, PublishedFlows f) {
    node.put("arrests", f.arrests());
    node.put("rearrests", f.rearrests());
    node.put("releases", f.releases());
    node.put("exiles", f.exiles());
    node.put("deaths", f.deaths());
  }

  /** Writes the weekly balance's figures that are not breakdowns. */
  private static void balance(ObjectNode root, PublishedReport report) {
    ObjectNode deceased = root.putObject("deceased");
    deceased.put("inCustody", report.deceasedInCustody());
    deceased.put("outOfCustody", report.deceasedOutOfCustody());
    ObjectNode outcomes = root.putObject("caseOutcomes");
    report.caseOutcomes().forEach(outcomes::put);
    ObjectNode durations = root.putObject("durations");
    for (PublishedDurations d : report.durations().values()) {
      ObjectNode node = durations.putObject(d.kind().key());
      node.put("people", d.people());
      node.put("approximate", d.approximate());
      number(node, "lowerQuartile", d.lowerQuartile());
      number(node, "median", d.median());
      number(node, "upperQuartile", d.upperQuartile());
      count(node, "max", d.max());
      ObjectNode buckets = node.putObject("buckets");
      for (DurationBucket b : DurationBucket.values()) {
        count(buckets, b.name(), d.bucket(b));
      }
    }
  }

  private static void number(ObjectNode node, String key, OptionalDouble value) {
    if (value.isEmpty()) {
      node.putNull(key);
    } else if (value.getAsDouble() == Math.rint(value.getAsDouble())
        && Math.abs(value.getAsDouble()) < 0x1p53) {
      // a whole number of days, written exactly; a document read back may hold any finite number
      // (1e300 days), which only a double writes back as it was read
      node.put(key, (long) value.getAsDouble());
    } else {
      node.put(key, value.getAsDouble());
    }
  }

  private static void categories(ObjectNode node, CategoryCounts counts) {
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      node.put(c.name(), counts.get(c));
    }
  }
}
