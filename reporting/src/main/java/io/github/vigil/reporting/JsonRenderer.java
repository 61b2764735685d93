package io.github.vigil.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Source;
import java.io.UncheckedIOException;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Renders a report as the JSON object of docs/format.md section 5, keys in the order shown there,
 * with these additions: {@code sources} (only when the view is restricted to some), {@code
 * rejectedPeople}, {@code peopleWithEventsNotYetKnown}, {@code groups}, {@code minCell} and
 * {@code policy}, and the weekly balance's ({@code deceased}, {@code caseOutcomes}, {@code
 * durations}, the breakdowns after {@code byVulnerableGroup} and the flows' new keys). A hidden breakdown cell is {@code null}.
 */
final class JsonRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonRenderer() {}

  static String render(FreedomReport report) {
    ObjectNode root = tree(report);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the report as JSON", e);
    }
  }

  static ObjectNode tree(FreedomReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FreedomReport.FORMAT_VERSION);
    root.put("asOf", report.asOf().toString());
    root.put("knownAsOf", report.knownAsOf().toString());
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
    releaseOrders(root, report.releaseOrderWaits());
    for (Breakdown b : report.breakdowns()) {
      ObjectNode node = root.putObject(b.name());
      for (String key : b.rows().keySet()) {
        ObjectNode row = node.putObject(key);
        for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
          OptionalLong n = b.cell(key, c);
          if (n.isPresent()) {
            row.put(c.name(), n.getAsLong());
          } else {
            row.putNull(c.name());
          }
        }
      }
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
    report.claims().ifPresent(c -> claims(root.putObject("claims"), c, report.includesClaims()));
    balance(root, report);
    root.put("minCell", report.options().minCell());
    root.put("policy", report.options().policy().name());
    return root;
  }

  // Release orders not executed (docs/reports.md).

  private static void releaseOrders(ObjectNode root, ReleaseOrderWaits w) {
    count(root, "releaseOrdersNotExecuted", w.orders());
    ObjectNode waits = root.putObject("releaseOrderWaits");
    if (!w.days().isEmpty()) { // absent when no order waits; null when hidden
      if (w.medianDays().isPresent()) {
        waits.put("medianDays", w.medianDays().getAsDouble());
      } else {
        waits.putNull("medianDays");
      }
    }
    for (int days : ReleaseOrderWaits.THRESHOLDS) {
      count(waits, "over" + days + "Days", w.over(days));
    }
  }

  private static void count(ObjectNode node, String key, OptionalLong value) {
    if (value.isPresent()) {
      node.put(key, value.getAsLong());
    } else {
      node.putNull(key);
    }
  }

  // The claims section (docs/reports.md, "Claims").

  private static void claims(ObjectNode node, Claims c, boolean headlineIncludesClaims) {
    node.put("headline", headlineIncludesClaims ? "all" : "verified");
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
      @Nullable ObjectNode row = null;
      for (FreedomCategory to : CategoryCounts.REPORT_ORDER) {
        OptionalLong n = c.moved(from, to);
        if (n.isPresent() && n.getAsLong() == 0) {
          continue;
        }
        if (row == null) {
          row = moves.putObject(from.name());
        }
        if (n.isPresent()) {
          row.put(to.name(), n.getAsLong());
        } else {
          row.putNull(to.name());
        }
      }
    }
    ObjectNode bySource = node.putObject("bySource");
    c.bySource().forEach((k, v) -> {
      if (v.isPresent()) {
        bySource.put(k, v.getAsLong());
      } else {
        bySource.putNull(k);
      }
    });
    if (c.verifiedFlows().isPresent() && c.flowsWithClaims().isPresent()) {
      ObjectNode flows = node.putObject("flows");
      flows.put("since", c.verifiedFlows().get().since().toString());
      flows(flows.putObject("verified"), c.verifiedFlows().get());
      flows(flows.putObject("withClaims"), c.flowsWithClaims().get());
    }
  }

  private static void flows(ObjectNode node, Flows f) {
    node.put("arrests", f.arrests());
    node.put("rearrests", f.rearrests());
    node.put("releases", f.releases());
    node.put("exiles", f.exiles());
    node.put("deaths", f.deaths());
  }

  /** Writes the weekly balance's figures that are not breakdowns. */
  private static void balance(ObjectNode root, FreedomReport report) {
    ObjectNode deceased = root.putObject("deceased");
    deceased.put("inCustody", report.deceasedInCustody());
    deceased.put("outOfCustody", report.deceasedOutOfCustody());
    ObjectNode outcomes = root.putObject("caseOutcomes");
    report.caseOutcomes().forEach(outcomes::put);
    ObjectNode durations = root.putObject("durations");
    for (DurationSummary d : report.durations().values()) {
      ObjectNode node = durations.putObject(d.kind().key());
      node.put("people", d.people());
      node.put("approximate", d.approximate());
      number(node, "lowerQuartile", d.lowerQuartile());
      number(node, "median", d.median());
      number(node, "upperQuartile", d.upperQuartile());
      if (d.max().isPresent()) {
        node.put("max", d.max().getAsLong());
      } else {
        node.putNull("max");
      }
      ObjectNode buckets = node.putObject("buckets");
      for (DurationBucket b : DurationBucket.values()) {
        OptionalLong n = d.bucket(b);
        if (n.isPresent()) {
          buckets.put(b.name(), n.getAsLong());
        } else {
          buckets.putNull(b.name());
        }
      }
    }
  }

  private static void number(ObjectNode node, String key, OptionalDouble value) {
    if (value.isEmpty()) {
      node.putNull(key);
    } else if (value.getAsDouble() == Math.rint(value.getAsDouble())) {
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
