package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static com.google.common.base.Verify.verifyNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.FreedomGroup;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.core.VulnerableGroup;
import io.github.vigil.reporting.disclosure.CountTable;
import io.github.vigil.reporting.disclosure.DisclosureAudit;
import io.github.vigil.reporting.disclosure.LinkedTables;
import io.github.vigil.reporting.disclosure.Suppression;
import io.github.vigil.reporting.disclosure.TableCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A freedom report of a registry as of a date D, as known on a date K, from chosen sources
 * (docs/format.md sections 4 and 5): the population, the eight categories and their two groups,
 * rearrests, people deprived of liberty without a conviction, approximate dates, rejected rows
 * and skipped events, breakdowns by facility, affiliation and vulnerable group under disclosure
 * control ({@link #suppression()}, {@link #disclosureAudit()}), and optionally the flows since a
 * date S. Top-level counts are never suppressed.
 * Rendering is deterministic: the same registry and options give the same bytes, whatever the
 * default locale or time zone. Immutable and thread-safe.
 */
public final class FreedomReport {
  /** The version of the JSON format written by {@link #toJson()}. */
  public static final int FORMAT_VERSION = 1;

  private final LocalDate asOf;
  private final LocalDate knownOn;
  private final Optional<ImmutableSet<Source>> sources;
  private final ReportOptions options;
  private final FreedomSummary summary;
  private final ImmutableList<FacilityId> facilities;
  private final boolean includesClaims;
  private final Optional<Claims> claims;
  private final long rejectedRows;
  private final long rejectedPeople;
  private volatile @Nullable Disclosed disclosed; // computed when first asked for
  private volatile @Nullable PublishedReport published; // computed when first asked for

  private FreedomReport(RegistryView view, ReportOptions options, FreedomSummary summary) {
    this.asOf = view.asOf();
    this.knownOn = view.knownOn();
    this.sources = view.sources();
    this.options = options;
    this.summary = summary;
    this.includesClaims = view.includesClaims();
    this.rejectedRows = view.registry().rejectedRows();
    this.rejectedPeople = view.registry().rejectedPeople();
    this.claims = Claims.of(view, options);
    this.facilities =
        view.registry().facilities().stream().map(Facility::id).collect(ImmutableList.toImmutableList());
  }

  /** Returns the report of {@code view} with the {@linkplain ReportOptions#defaults() defaults}. */
  public static FreedomReport of(RegistryView view) {
    return of(view, ReportOptions.defaults());
  }

  /**
   * Returns the report of {@code view}, computed sequentially.
   *
   * @throws IllegalArgumentException if the options' {@code since} date is after the view's date
   */
  public static FreedomReport of(RegistryView view, ReportOptions options) {
    return from(view, options, FreedomSummary.of(checkNotNull(view, "view"), checkNotNull(options, "options")));
  }

  /**
   * Returns the report of {@code view}, computed on a parallel stream; it equals {@link
   * #of(RegistryView, ReportOptions)}.
   *
   * @throws IllegalArgumentException if the options' {@code since} date is after the view's date
   */
  public static FreedomReport ofParallel(RegistryView view, ReportOptions options) {
    checkNotNull(view, "view");
    checkNotNull(options, "options");
    return from(view, options, view.people().parallel().collect(FreedomSummary.collector(view, options)));
  }

  /**
   * Returns the report of {@code view} from a summary of its people computed elsewhere, such as
   * the {@linkplain FreedomSummary#combine combination} of partial summaries.
   *
   * @throws IllegalArgumentException if the options' {@code since} date is after the view's date
   */
  public static FreedomReport from(RegistryView view, ReportOptions options, FreedomSummary summary) {
    checkNotNull(view, "view");
    checkNotNull(options, "options");
    checkNotNull(summary, "summary");
    options
        .since()
        .ifPresent(
            s ->
                checkArgument(
                    !s.isAfter(view.asOf()), "since %s must not be after as-of %s", s, view.asOf()));
    return new FreedomReport(view, options, summary);
  }

  /** Returns the date D. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the date K: events recorded after it are not counted. */
  public LocalDate knownOn() {
    return knownOn;
  }

  /** Returns the sources whose events are counted, or empty when every event is. */
  public Optional<ImmutableSet<Source>> sources() {
    return sources;
  }

  /** Returns the options the report was computed with. */
  public ReportOptions options() {
    return options;
  }

  /** Returns the counts behind the report, unsuppressed. */
  public FreedomSummary summary() {
    return summary;
  }

  /** Returns the number of people with at least one applied event. */
  public long population() {
    return summary.population();
  }

  /** Returns the number of applied rearrest events (not people). */
  public long rearrests() {
    return summary.rearrests();
  }

  /**
   * Returns the number of rows rejected while the registry was read: {@link
   * io.github.vigil.core.Registry#rejectedRows()}, 0 for a registry built in code.
   */
  public long rejectedRows() {
    return rejectedRows;
  }

  /**
   * Returns the number of people left out while the registry was read because their row was
   * rejected: {@link io.github.vigil.core.Registry#rejectedPeople()}.
   */
  public long rejectedPeople() {
    return rejectedPeople;
  }

  /**
   * Returns the number of people with an event dated on or before D but recorded after K: not
   * yet known as of K, so not counted (a later K would see it).
   */
  public long peopleWithEventsNotYetKnown() {
    return summary.peopleWithEventsNotYetKnown();
  }

  /** Returns the number of seen events skipped because they did not apply in this view. */
  public long skippedEvents() {
    return summary.skippedEvents();
  }

  /** Returns the number of people in each category. */
  public CategoryCounts categories() {
    return summary.categories();
  }

  /** Returns the number of people in the categories the policy groups under {@code group}. */
  public long group(FreedomGroup group) {
    CategoryCounts c = categories();
    long n = 0;
    for (FreedomCategory category : FreedomCategory.values()) {
      if (options.policy().group(category) == group) {
        n += c.get(category);
      }
    }
    return n;
  }

  /** Returns the number of people deprived of liberty (held, or under house arrest by default). */
  public long deprivedOfLiberty() {
    return group(FreedomGroup.DEPRIVED_OF_LIBERTY);
  }

  /** Returns the number of people at liberty: conditionally or fully free, or exiled. */
  public long atLiberty() {
    return group(FreedomGroup.AT_LIBERTY);
  }

  /** Returns the number of people deprived of liberty who are not convicted. */
  public long deprivedOfLibertyWithoutConviction() {
    return summary.deprivedOfLibertyWithoutConviction();
  }

  /** Returns the number of seen events whose date is approximate (month or year). */
  public long approximateDates() {
    return summary.approximateDates();
  }

  /**
   * Returns the people by the facility where they are, or were last, held: every facility of
   * the registry, in id order.
   */
  public Breakdown byFacility() {
    return disclosed().breakdowns.get(0);
  }

  /** Returns the people by affiliation: {@code CIVILIAN}, {@code MILITARY}, {@code UNKNOWN}. */
  public Breakdown byAffiliation() {
    return disclosed().breakdowns.get(1);
  }

  /** Returns the people by vulnerable group, as of D; a person may be in several. */
  public Breakdown byVulnerableGroup() {
    return disclosed().breakdowns.get(2);
  }

  /**
   * Returns the breakdowns, in report order: by facility, affiliation and vulnerable group, then
   * those of the weekly balance ({@link #balanceBreakdown}).
   */
  public ImmutableList<Breakdown> breakdowns() {
    return disclosed().breakdowns;
  }

  // ------------------------------------------------------------------ the weekly balance

  /**
   * Returns one of the weekly balance's breakdowns: {@code byRegion} (the region of the facility
   * where each person is, or was last, held; {@code UNKNOWN} when it has none), {@code byAgency}
   * (the agency of the arrest that began the current or last custody; {@code UNKNOWN} when not
   * recorded), {@code byGender} ({@code F, M, X, NOT_STATED}), {@code byAgeBand} (the options'
   * bands, then {@code UNKNOWN}), {@code byNationality} ({@code NATIONAL, FOREIGN, DUAL,
   * UNKNOWN}) or {@code byProfile} (each profile recorded; a person may have several, or none).
   *
   * @throws IllegalArgumentException if {@code name} is none of these
   */
  public Breakdown balanceBreakdown(String name) {
    checkArgument(BalanceTables.NAMES.contains(name), "no balance breakdown %s", name);
    for (Breakdown b : breakdowns()) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalStateException("no breakdown " + name);
  }

  /** Returns the durations as of D, of each kind, in kind order. */
  public ImmutableMap<DurationKind, DurationSummary> durations() {
    return disclosed().durations;
  }

  /** Returns the durations of {@code kind} as of D. */
  public DurationSummary duration(DurationKind kind) {
    // the durations hold every kind
    return verifyNotNull(durations().get(checkNotNull(kind, "kind")), "no durations of %s", kind);
  }

  /**
   * Returns the release orders not executed (every person in custody holding one, whatever their
   * category) and how long they have waited, under the report's disclosure control.
   */
  public ReleaseOrderWaits releaseOrderWaits() {
    return disclosed().releaseOrderWaits;
  }

  /**
   * Returns which duration buckets are hidden, and why: each row (a kind of duration) is its own
   * population, whose size the report prints.
   */
  public Suppression durationSuppression() {
    return disclosed().durationSuppression;
  }

  /**
   * Returns the audit of the duration buckets this report prints (its JSON's {@code durations}),
   * as {@link #disclosureAudit()} does for the breakdowns.
   */
  public DisclosureAudit durationAudit() {
    JsonNode json = ownJson();
    LinkedTables tables = disclosed().durationSuppression.tables();
    Set<TableCell> hidden = new LinkedHashSet<>();
    CountTable t = tables.tables().get(0);
    for (String row : t.rowKeys()) {
      for (String column : t.columnKeys()) {
        if (json.get("durations").get(row).get("buckets").get(column).isNull()) {
          hidden.add(new TableCell(t.name(), row, column));
        }
      }
    }
    return DisclosureAudit.of(Suppression.of(tables, hidden));
  }

  /**
   * Returns the applied {@code CASE_CLOSED} events on or before D by outcome: each {@link
   * io.github.vigil.core.CaseOutcome} by name, then {@code NOT_STATED}.
   */
  public ImmutableMap<String, Long> caseOutcomes() {
    long[] o = summary.balance().outcomes;
    ImmutableMap.Builder<String, Long> b = ImmutableMap.builder();
    io.github.vigil.core.CaseOutcome[] values = io.github.vigil.core.CaseOutcome.values();
    for (int i = 0; i < values.length; i++) {
      b.put(values[i].name(), o[i]);
    }
    return b.put(BalanceCounts.NOT_STATED, o[values.length]).buildOrThrow();
  }

  /** Returns the deceased who died in custody or under house arrest. */
  public long deceasedInCustody() {
    return summary.balance().deceasedInCustody;
  }

  /** Returns the deceased who died out of custody: at liberty or in exile. */
  public long deceasedOutOfCustody() {
    return summary.balance().deceasedOutOfCustody;
  }

  /**
   * Returns the people released under measures or with an open case: at liberty, not fully free
   * (by the standard policy, {@code CONDITIONAL}; with house arrest counted as a release, also
   * {@code HOUSE_ARREST}). Never called free.
   */
  public long releasedNotFree() {
    return atLiberty() - categories().get(FreedomCategory.FULL) - categories().get(FreedomCategory.EXILED);
  }

  /**
   * Returns which breakdown cells are hidden, and why: the rules of {@link Suppression#apply}
   * with the options' {@code minCell}, applied to the three breakdowns together, linked by the
   * category totals the report prints.
   */
  public Suppression suppression() {
    return disclosed().suppression;
  }

  /**
   * Returns the audit of what this report prints: it reads the report's JSON (the breakdown
   * cells it shows and the category totals) and proves, for every hidden cell, that it has at
   * least two possible values given everything printed and the total of every row — or lists
   * the cells for which that fails. See {@link DisclosureAudit} for exactly what it proves.
   */
  public DisclosureAudit disclosureAudit() {
    JsonNode json = ownJson();
    LinkedTables tables = disclosed().suppression.tables();
    List<Long> printed = new ArrayList<>();
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      printed.add(json.get("categories").get(c.name()).asLong());
    }
    checkState(
        tables.columnTotals().orElseThrow().asList().equals(printed),
        "the printed categories differ from the totals the breakdowns were protected with");
    Set<TableCell> hidden = new LinkedHashSet<>();
    for (CountTable t : tables.tables()) {
      JsonNode rows = json.get(t.name());
      for (String row : t.rowKeys()) {
        for (String column : t.columnKeys()) {
          if (rows.get(row).get(column).isNull()) {
            hidden.add(new TableCell(t.name(), row, column));
          }
        }
      }
    }
    return DisclosureAudit.of(Suppression.of(tables, hidden));
  }

  private JsonNode ownJson() {
    try {
      return new ObjectMapper().readTree(toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report's own JSON does not parse", e);
    }
  }

  private Disclosed disclosed() {
    Disclosed d = disclosed;
    if (d == null) {
      d = disclose(); // deterministic: two threads computing it at once get equal results
      disclosed = d;
    }
    return d;
  }

  private Disclosed disclose() {
    ImmutableList<String> columns =
        CategoryCounts.REPORT_ORDER.stream().map(Enum::name).collect(ImmutableList.toImmutableList());
    Map<FacilityId, CategoryCounts> counts = summary.byFacility();
    ImmutableMap.Builder<String, CategoryCounts> facilityRows = ImmutableMap.builder();
    for (FacilityId id : facilities) {
      facilityRows.put(id.value(), counts.getOrDefault(id, CategoryCounts.zero()));
    }
    counts.forEach(
        (id, c) -> {
          if (!facilities.contains(id)) {
            facilityRows.put(id.value(), c);
          }
        });
    ImmutableMap.Builder<String, CategoryCounts> groupRows = ImmutableMap.builder();
    for (VulnerableGroup g : options.vulnerableGroups()) {
      groupRows.put(g.name(), summary.byVulnerableGroup().getOrDefault(g, CategoryCounts.zero()));
    }
    ImmutableMap<String, CategoryCounts> byFacility = facilityRows.buildOrThrow();
    ImmutableMap<String, CategoryCounts> byAffiliation = summary.byAffiliation();
    ImmutableMap<String, CategoryCounts> byGroup = groupRows.buildOrThrow();
    ImmutableMap<String, ImmutableMap<String, CategoryCounts>> balance =
        BalanceTables.rows(summary.balance(), options);
    List<CountTable> all = new ArrayList<>();
    LinkedTables tables =
        LinkedTables.ofTotals(
            columns,
            matrix(ImmutableMap.of("", categories()))[0],
            List.of(
                CountTable.partition("byFacility", byFacility.keySet().asList(), columns, matrix(byFacility)),
                CountTable.partition(
                    "byAffiliation", byAffiliation.keySet().asList(), columns, matrix(byAffiliation)),
                CountTable.subsets(
                    "byVulnerableGroup",
                    byGroup.keySet().asList(),
                    columns,
                    matrix(byGroup),
                    disjoint(byGroup))));
    all.addAll(tables.tables());
    all.addAll(BalanceTables.tables(balance, columns));
    tables = LinkedTables.ofTotals(columns, tables.columnTotals().orElseThrow().toArray(), all);
    Suppression suppression = Suppression.apply(tables, options.minCell());
    ImmutableList.Builder<Breakdown> breakdowns = ImmutableList.builder();
    breakdowns.add(
        new Breakdown("byFacility", byFacility, suppression),
        new Breakdown("byAffiliation", byAffiliation, suppression),
        new Breakdown("byVulnerableGroup", byGroup, suppression));
    balance.forEach((name, rows) -> breakdowns.add(new Breakdown(name, rows, suppression)));
    Suppression durations = BalanceTables.durationSuppression(summary.balance(), options.minCell());
    return new Disclosed(
        suppression,
        breakdowns.build(),
        durations,
        BalanceTables.durations(summary.balance(), durations),
        ReleaseOrderWaits.of(
            summary.releaseOrderWaitDays(),
            categories().get(FreedomCategory.RELEASE_PENDING),
            options.minCell()));
  }

  /** Returns the disjoint rows of the vulnerable groups listed: minors and the elderly. */
  private static List<Set<String>> disjoint(Map<String, CategoryCounts> groups) {
    Set<String> both = new LinkedHashSet<>();
    for (VulnerableGroup g : List.of(VulnerableGroup.MINOR, VulnerableGroup.ELDERLY)) {
      if (groups.containsKey(g.name())) {
        both.add(g.name());
      }
    }
    return both.size() == 2 ? List.of(both) : List.of();
  }

  private static long[][] matrix(Map<String, CategoryCounts> rows) {
    long[][] m = new long[rows.size()][];
    int r = 0;
    for (CategoryCounts row : rows.values()) {
      m[r++] = CategoryCounts.REPORT_ORDER.stream().mapToLong(row::get).toArray();
    }
    return m;
  }

  /** The breakdowns under disclosure control, computed once, when first asked for. */
  private static final class Disclosed {
    final Suppression suppression;
    final ImmutableList<Breakdown> breakdowns;
    final Suppression durationSuppression;
    final ImmutableMap<DurationKind, DurationSummary> durations;
    final ReleaseOrderWaits releaseOrderWaits;

    Disclosed(
        Suppression suppression,
        ImmutableList<Breakdown> breakdowns,
        Suppression durationSuppression,
        ImmutableMap<DurationKind, DurationSummary> durations,
        ReleaseOrderWaits releaseOrderWaits) {
      this.releaseOrderWaits = releaseOrderWaits;
      this.suppression = suppression;
      this.breakdowns = breakdowns;
      this.durationSuppression = durationSuppression;
      this.durations = durations;
    }
  }

  /**
   * Returns whether the headline counts claims as well as verified events (the official figure);
   * by default it counts verified events only.
   */
  public boolean includesClaims() {
    return includesClaims;
  }

  /**
   * Returns the claims section: the verified figure beside the one counting claims, and the
   * claims not yet verified; empty when the view, including claims, sees none.
   */
  public Optional<Claims> claims() {
    return claims;
  }

  /** Returns the flows since the options' date S, or empty when no date was given. */
  public Optional<Flows> flows() {
    return summary.flows(options);
  }

  /**
   * Returns the report rendered in {@code format}; labels and headings in {@code language}
   * (JSON keys are the same in every language).
   */
  public String render(ReportFormat format, Language language) {
    checkNotNull(language, "language");
    return switch (checkNotNull(format, "format")) {
      case TEXT -> TextRenderer.text(this, Labels.of(language));
      case MARKDOWN -> TextRenderer.markdown(this, Labels.of(language));
      case CSV -> CsvRenderer.render(this, Labels.of(language));
      case JSON -> toJson();
      case HTML -> HtmlRenderer.render(this, Optional.empty(), Labels.of(language));
    };
  }

  /**
   * Returns the report as one self-contained HTML page in {@code language}, with the chart of
   * {@code chart} (and its figures as a table) when given: inline CSS and SVG, no script, no
   * external font, stylesheet or image; every registry value escaped. Its tables are those of
   * {@link ReportFormat#TEXT}, hidden cells included.
   */
  public String toHtml(Language language, Optional<CategorySeries> chart) {
    checkNotNull(chart, "chart");
    return HtmlRenderer.render(this, chart, Labels.of(checkNotNull(language, "language")));
  }

  /**
   * Returns what the report publishes, and nothing more: every figure of its JSON, the cells its
   * disclosure control hides empty. The report's JSON is written from it, and {@link
   * PublishedReport#parse} reads that JSON back into an equal value.
   */
  public PublishedReport published() {
    PublishedReport p = published;
    if (p == null) {
      p = publish(); // deterministic, as disclosed()
      published = p;
    }
    return p;
  }

  private PublishedReport publish() {
    ReleaseOrderWaits waits = releaseOrderWaits();
    ImmutablePublishedReport.Builder b =
        PublishedReport.builder()
            .asOf(asOf)
            .knownOn(knownOn)
            .sources(sources)
            .population(population())
            .rearrests(rearrests())
            .rejectedRows(rejectedRows())
            .skippedEvents(skippedEvents())
            .rejectedPeople(rejectedPeople())
            .peopleWithEventsNotYetKnown(peopleWithEventsNotYetKnown())
            .categories(categories())
            .deprivedOfLiberty(deprivedOfLiberty())
            .atLiberty(atLiberty())
            .releasedNotFree(releasedNotFree())
            .deprivedOfLibertyWithoutConviction(deprivedOfLibertyWithoutConviction())
            .approximateDates(approximateDates())
            .releaseOrdersNotExecuted(waits.orders())
            .releaseOrderMedianDays(waits.medianDays())
            .flows(flows())
            .claims(claims.map(c -> PublishedClaims.of(c, includesClaims)))
            .deceasedInCustody(deceasedInCustody())
            .deceasedOutOfCustody(deceasedOutOfCustody())
            .caseOutcomes(caseOutcomes())
            .minCell(options.minCell())
            .policy(options.policy().name());
    for (int days : ReleaseOrderWaits.THRESHOLDS) {
      b.putReleaseOrdersWaitingOver(days, waits.over(days));
    }
    for (Breakdown breakdown : breakdowns()) {
      b.addBreakdowns(PublishedBreakdown.of(breakdown));
    }
    durations().forEach((kind, d) -> b.putDurations(kind, PublishedDurations.of(d)));
    return b.build();
  }

  /**
   * Returns the JSON object of docs/format.md section 5, on one line ending with a newline: what
   * {@link #published()} writes.
   */
  public String toJson() {
    return published().toJson();
  }

  /** Returns the dates and population; never personal data. */
  @Override
  public String toString() {
    return "FreedomReport{asOf="
        + asOf
        + ", knownOn="
        + knownOn
        + ", population="
        + population()
        + ", "
        + categories()
        + "}";
  }
}
