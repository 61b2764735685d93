package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.Echo;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The list of claims still to check (docs/reports.md, "The list of claims"): every claim a view
 * including claims sees that no seen verified event of the same type and date confirms, with the
 * person's id, the claimed event, its date, its source and the days it has waited since it was
 * recorded, oldest first. Ids only, never names or notes. Immutable and thread-safe.
 */
public final class ClaimList {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LocalDate asOf;
  private final LocalDate knownAsOf;
  private final ImmutableList<Entry> entries;

  /** One claim still to check. */
  private record Entry(DetaineeId id, Event claim, long daysWaiting) {}

  private ClaimList(LocalDate asOf, LocalDate knownAsOf, ImmutableList<Entry> entries) {
    this.asOf = asOf;
    this.knownAsOf = knownAsOf;
    this.entries = entries;
  }

  /**
   * Returns the claims of {@code view} (seen as if it included claims) still to check, ordered by
   * the day they were recorded (oldest first), then date, then id.
   */
  public static ClaimList of(RegistryView view) {
    checkNotNull(view, "view");
    RegistryView all = view.includingClaims();
    List<Entry> out = new ArrayList<>();
    all.people()
        .forEach(
            (PersonView p) -> {
              for (Event c : p.unverifiedClaims()) {
                out.add(new Entry(p.id(), c, ChronoUnit.DAYS.between(c.recordedOn(), all.asOf())));
              }
            });
    out.sort(
        Comparator.comparing((Entry e) -> e.claim().recordedOn())
            .thenComparing(e -> e.claim().date())
            .thenComparing(Entry::id));
    return new ClaimList(all.asOf(), all.knownOn(), ImmutableList.copyOf(out));
  }

  /** Returns the number of claims still to check. */
  public int size() {
    return entries.size();
  }

  /** Returns the ids of the people whose claims are listed, in list order (one per claim). */
  public ImmutableList<DetaineeId> ids() {
    return entries.stream().map(Entry::id).collect(ImmutableList.toImmutableList());
  }

  /** Returns the claims, in list order. */
  public ImmutableList<Event> claims() {
    return entries.stream().map(Entry::claim).collect(ImmutableList.toImmutableList());
  }

  /** Returns the days each claim has waited, from its recording to D, in list order. */
  public ImmutableList<Long> daysWaiting() {
    return entries.stream().map(Entry::daysWaiting).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the list as text (one line per claim under a header) or JSON, each id written as
   * {@code ids} gives it (such as a keyed pseudonym).
   *
   * @throws IllegalArgumentException if {@code format} is neither text nor JSON
   */
  public String render(ReportFormat format, Function<? super DetaineeId, String> ids) {
    checkNotNull(ids, "ids");
    checkArgument(
        format == ReportFormat.TEXT || format == ReportFormat.JSON,
        "a list of claims renders as text or json, not %s",
        format.name().toLowerCase(Locale.ROOT));
    return format == ReportFormat.JSON ? json(ids) : text(ids);
  }

  private String text(Function<? super DetaineeId, String> ids) {
    StringBuilder s = new StringBuilder();
    s.append("Claims not yet verified as of ").append(asOf);
    if (!knownAsOf.equals(asOf)) {
      s.append(", as known on ").append(knownAsOf);
    }
    s.append(": ").append(entries.size()).append(", oldest first\n");
    s.append("id\tevent\tdate\tsource\trecorded_on\tdays_waiting\n");
    for (Entry e : entries) {
      s.append(checkNotNull(ids.apply(e.id()), "id")).append('\t')
          .append(e.claim().type()).append('\t')
          .append(e.claim().date()).append('\t')
          .append(e.claim().source().map(src -> Echo.line(src.label())).orElse("-")).append('\t')
          .append(e.claim().recordedOn()).append('\t')
          .append(e.daysWaiting()).append('\n');
    }
    return s.toString();
  }

  private String json(Function<? super DetaineeId, String> ids) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FreedomReport.FORMAT_VERSION);
    root.put("asOf", asOf.toString());
    root.put("knownAsOf", knownAsOf.toString());
    ArrayNode claims = root.putArray("claims");
    for (Entry e : entries) {
      ObjectNode c = claims.addObject();
      c.put("id", checkNotNull(ids.apply(e.id()), "id"));
      c.put("type", e.claim().type().name());
      c.put("date", e.claim().date().toString());
      if (e.claim().source().isPresent()) {
        c.put("source", e.claim().source().map(Source::label).orElseThrow());
      } else {
        c.putNull("source");
      }
      c.put("recordedOn", e.claim().recordedOn().toString());
      c.put("daysWaiting", e.daysWaiting());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the list of claims as JSON", e);
    }
  }

  /** Returns the dates and the number of claims; never personal data. */
  @Override
  public String toString() {
    return "ClaimList{asOf=" + asOf + ", claims=" + entries.size() + "}";
  }
}
