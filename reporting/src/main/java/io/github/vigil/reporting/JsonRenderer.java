package io.github.vigil.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Source;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * Renders a report as the JSON object of docs/format.md section 5, keys in the order shown there,
 * with these additions: {@code sources} (only when the view is restricted to some), {@code
 * rejectedPeople}, {@code peopleWithEventsNotYetKnown}, {@code groups}, {@code minCell} and
 * {@code policy}. A hidden breakdown cell is {@code null}.
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
    root.put("deprivedOfLibertyWithoutConviction", report.deprivedOfLibertyWithoutConviction());
    root.put("approximateDates", report.approximateDates());
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
            });
    root.put("minCell", report.options().minCell());
    root.put("policy", report.options().policy().name());
    return root;
  }

  private static void categories(ObjectNode node, CategoryCounts counts) {
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      node.put(c.name(), counts.get(c));
    }
  }
}
