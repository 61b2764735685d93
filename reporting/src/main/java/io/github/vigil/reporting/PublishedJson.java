package io.github.vigil.reporting;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the JSON that {@link JsonRenderer} writes back into a {@link PublishedReport}. Every key
 * the writer writes must be present; keys it does not know are ignored (the format grows by
 * adding keys). A failure is an {@link IllegalArgumentException} naming the key by its path, the
 * keys that are data (rows, sources, outcomes) by their position from 1 ({@code byFacility.#3.DETAINED}):
 * no message repeats a key or a value of the document, which may come from anywhere.
 */
final class PublishedJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The breakdowns of a report, in the order its JSON lists them. */
  private static final ImmutableList<String> BREAKDOWNS =
      ImmutableList.<String>builder()
          .add("byFacility", "byAffiliation", "byVulnerableGroup")
          .addAll(BalanceTables.NAMES)
          .build();

  private PublishedJson() {}

  static PublishedReport read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      // Jackson's own message may quote the document; say where only.
      throw new IllegalArgumentException(
          at == null
              ? "the report's JSON is not well-formed"
              : String.format(
                  "the report's JSON is not well-formed (or repeats a key) at line %d, column %d",
                  at.getLineNr(), at.getColumnNr()));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the report's JSON must be one object");
    }
    return read(new Obj(root, ""));
  }

  private static PublishedReport read(Obj r) {
    long version = r.count("formatVersion");
    if (version != FreedomReport.FORMAT_VERSION) {
      throw r.fail("formatVersion", "must be " + FreedomReport.FORMAT_VERSION + ", the version this reader reads");
    }
    CategoryCounts categories = categories(r.object("categories"));
    Obj groups = r.object("groups");
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
    Obj waits = r.object("releaseOrderWaits");
    b.releaseOrdersNotExecuted(orders);
    if (waits.has("medianDays") || !orders.equals(OptionalLong.of(0))) {
      b.releaseOrderMedianDays(waits.days("medianDays")); // absent only when no order waits
    }
    for (int days : ReleaseOrderWaits.THRESHOLDS) {
      b.putReleaseOrdersWaitingOver(days, waits.cell("over" + days + "Days"));
    }
    for (String name : BREAKDOWNS) {
      ImmutablePublishedBreakdown.Builder breakdown = ImmutablePublishedBreakdown.builder().name(name);
      for (Map.Entry<String, Obj> row : r.object(name).objects()) {
        breakdown.putRows(row.getKey(), cells(row.getValue()));
      }
      b.addBreakdowns(breakdown.build());
    }
    b.flows(r.optionalObject("flows").map(PublishedJson::flows));
    b.claims(r.optionalObject("claims").map(PublishedJson::claims));
    Obj deceased = r.object("deceased");
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
    Obj durations = r.object("durations");
    for (DurationKind kind : DurationKind.values()) {
      b.putDurations(kind, durations(kind, durations.object(kind.key())));
    }
    long minCell = r.count("minCell");
    if (minCell < 1 || minCell > Integer.MAX_VALUE) {
      throw r.fail("minCell", "must be a whole number from 1 to " + Integer.MAX_VALUE);
    }
    return b.minCell((int) minCell).policy(r.text("policy")).build();
  }

  private static Optional<ImmutableSet<Source>> sources(Obj r) {
    if (!r.has("sources")) {
      return Optional.empty();
    }
    JsonNode array = r.node.get("sources");
    if (array == null || !array.isArray()) {
      throw r.fail("sources", "must be an array of source labels");
    }
    Set<Source> sources = new LinkedHashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "sources.#" + (i + 1);
      JsonNode label = array.get(i);
      if (!label.isTextual()) {
        throw new IllegalArgumentException(at + " must be a source label (text)");
      }
      try {
        if (!sources.add(Source.of(label.textValue()))) {
          throw new IllegalArgumentException(at + " repeats a source");
        }
      } catch (IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(at)) {
          throw e;
        }
        throw new IllegalArgumentException(
            at + " is not a source label (blank, longer than 200 characters or with control characters)");
      }
    }
    return Optional.of(ImmutableSet.copyOf(sources));
  }

  private static Flows flows(Obj f) {
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

  private static PublishedClaims claims(Obj c) {
    String headline = c.text("headline");
    if (!headline.equals("all") && !headline.equals("verified")) {
      throw c.fail("headline", "must be \"all\" or \"verified\"");
    }
    Obj verified = c.object("verified");
    Obj withClaims = c.object("withClaims");
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
    Obj moves = c.object("moves");
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

  private static PublishedFlows claimFlows(Obj f) {
    return ImmutablePublishedFlows.builder()
        .arrests(f.count("arrests"))
        .rearrests(f.count("rearrests"))
        .releases(f.count("releases"))
        .exiles(f.count("exiles"))
        .deaths(f.count("deaths"))
        .build();
  }

  private static PublishedDurations durations(DurationKind kind, Obj d) {
    ImmutablePublishedDurations.Builder b =
        ImmutablePublishedDurations.builder()
            .kind(kind)
            .people(d.count("people"))
            .approximate(d.count("approximate"))
            .lowerQuartile(d.days("lowerQuartile"))
            .median(d.days("median"))
            .upperQuartile(d.days("upperQuartile"))
            .max(d.cell("max"));
    Obj buckets = d.object("buckets");
    for (DurationBucket bucket : DurationBucket.values()) {
      b.putBuckets(bucket, buckets.cell(bucket.name()));
    }
    return b.build();
  }

  private static CategoryCounts categories(Obj o) {
    Map<FreedomCategory, Long> counts = new EnumMap<>(FreedomCategory.class);
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      counts.put(c, o.count(c.name()));
    }
    return CategoryCounts.of(counts);
  }

  /** Returns a row of cells: every category, each a count or {@code null} (hidden). */
  private static ImmutableMap<FreedomCategory, OptionalLong> cells(Obj row) {
    return ImmutableMap.copyOf(cells(row, true));
  }

  /** Returns the cells of a row in report order; with {@code every}, each category must be there. */
  private static Map<FreedomCategory, OptionalLong> cells(Obj row, boolean every) {
    Map<FreedomCategory, OptionalLong> cells = new LinkedHashMap<>();
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      if (every || row.has(c.name())) {
        cells.put(c, row.cell(c.name()));
      }
    }
    return cells;
  }

  /** A JSON object of the document, and its path from the root. */
  private static final class Obj {
    final JsonNode node;
    final String path;

    Obj(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    IllegalArgumentException fail(String key, String problem) {
      return new IllegalArgumentException(at(key) + " " + problem);
    }

    boolean has(String key) {
      return node.has(key);
    }

    JsonNode get(String key) {
      JsonNode n = node.get(key);
      if (n == null) {
        throw fail(key, "is missing");
      }
      return n;
    }

    Obj object(String key) {
      JsonNode n = get(key);
      if (!n.isObject()) {
        throw fail(key, "must be an object");
      }
      return new Obj(n, at(key));
    }

    Optional<Obj> optionalObject(String key) {
      return has(key) ? Optional.of(object(key)) : Optional.empty();
    }

    /** Returns the members in document order. */
    List<Map.Entry<String, JsonNode>> fields() {
      return new ArrayList<>(node.properties());
    }

    /** Returns the members in document order, each an object named by its position from 1. */
    List<Map.Entry<String, Obj>> objects() {
      List<Map.Entry<String, Obj>> out = new ArrayList<>();
      int i = 0;
      for (Map.Entry<String, JsonNode> e : fields()) {
        String where = at("#" + ++i);
        if (!e.getValue().isObject()) {
          throw new IllegalArgumentException(where + " must be an object");
        }
        out.add(Map.entry(e.getKey(), new Obj(e.getValue(), where)));
      }
      return out;
    }

    long count(String key) {
      return count(get(key), at(key));
    }

    OptionalLong cell(String key) {
      return cell(get(key), at(key));
    }

    /** Returns the members' counts (or null cells), each named by its position from 1. */
    ImmutableMap<String, OptionalLong> cellsByPosition() {
      ImmutableMap.Builder<String, OptionalLong> out = ImmutableMap.builder();
      int i = 0;
      for (Map.Entry<String, JsonNode> e : fields()) {
        out.put(e.getKey(), cell(e.getValue(), at("#" + ++i)));
      }
      return out.buildOrThrow();
    }

    private static OptionalLong cell(JsonNode n, String where) {
      return n.isNull() ? OptionalLong.empty() : OptionalLong.of(count(n, where));
    }

    OptionalDouble days(String key) {
      JsonNode n = get(key);
      if (n.isNull()) {
        return OptionalDouble.empty();
      }
      double d = n.isNumber() ? n.doubleValue() : Double.NaN;
      if (!Double.isFinite(d) || d < 0) {
        throw new IllegalArgumentException(at(key) + " must be a number of days (finite, not negative) or null");
      }
      return OptionalDouble.of(d + 0.0); // -0.0 is 0
    }

    LocalDate date(String key) {
      JsonNode n = get(key);
      try {
        if (n.isTextual()) {
          return LocalDate.parse(n.textValue());
        }
      } catch (DateTimeParseException e) {
        // said below, without the text
      }
      throw fail(key, "must be an ISO date (YYYY-MM-DD)");
    }

    String text(String key) {
      JsonNode n = get(key);
      if (!n.isTextual()) {
        throw fail(key, "must be text");
      }
      return n.textValue();
    }

    private static long count(JsonNode n, String where) {
      if (!n.isIntegralNumber()) {
        throw new IllegalArgumentException(where + " must be a count: a whole number, not negative");
      }
      if (!n.canConvertToLong()) {
        throw new IllegalArgumentException(where + " is past the largest count, 2^63 - 1");
      }
      if (n.longValue() < 0) {
        throw new IllegalArgumentException(where + " must be a count: a whole number, not negative");
      }
      return n.longValue();
    }
  }

}
