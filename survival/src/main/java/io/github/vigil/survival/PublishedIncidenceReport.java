package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link IncidenceReport} publishes, and nothing more: every figure of its JSON ({@code
 * vigil survival --competing --format json}). A report holds the table it was fitted on, which its
 * JSON does not, so it is never rebuilt from its JSON; this is what its JSON is read back into. A
 * figure the report could not give (not finite) is written {@code null} and held empty.
 *
 * <p>{@link IncidenceReport#published()} makes it, and the report's JSON is written from it.
 * {@link #parse(String)} reads that JSON back, so that {@code
 * PublishedIncidenceReport.parse(json).equals(report.published())}, and writing what it read gives
 * the same characters again. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedIncidenceReport {
  PublishedIncidenceReport() {}

  static ImmutablePublishedIncidenceReport.Builder builder() {
    return ImmutablePublishedIncidenceReport.builder();
  }

  /** Returns the rows of the table. */
  public abstract int n();

  /** Returns the rows censored (with no event of any kind). */
  public abstract int censored();

  /** Returns the rows dropped for a blank or {@code NA} in a used column. */
  public abstract int droppedRows();

  /** Returns the kinds of event, in order, each with its number of events. */
  public abstract ImmutableMap<String, Integer> kinds();

  /** Returns the warnings: each group and kind with too few events. */
  public abstract ImmutableList<String> warnings();

  /** Returns the rows of the cumulative incidence, per group, kind and event time. */
  public abstract ImmutableList<PublishedIncidenceRow> incidence();

  /** Returns Gray's tests that could be made, when the table has groups. */
  public abstract Optional<ImmutableList<PublishedGrayTest>> grayTests();

  /**
   * Returns, per kind of event, why its Gray's test was not made; empty when the table has no
   * groups.
   */
  public abstract ImmutableMap<String, String> grayTestsRefused();

  @Value.Check
  final void check() {
    checkArgument(
        n() >= 0
            && censored() >= 0
            && droppedRows() >= 0,
        "a count must not be negative");
    kinds().values().forEach(events -> checkArgument(events >= 0, "a count must not be negative"));
    checkArgument(
        grayTests().isPresent() || grayTestsRefused().isEmpty(),
        "Gray's tests are refused only when the table has groups");
  }

  /**
   * Returns the published report that {@code json}, the JSON a competing-risks report writes
   * ({@link IncidenceReport#writeJson}), describes. Every key a report writes must be present;
   * keys it does not know are ignored. Error messages name the key by its path ({@code
   * incidence.#4.stdErr}), the elements of arrays by their position from 1, and no message repeats
   * a value of the document.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON object, lacks a key, holds a
   *     value of the wrong type, a negative count or a number past the range of its kind, or names a
   *     kind twice
   */
  public static PublishedIncidenceReport parse(String json) {
    return SurvivalJson.incidence(checkNotNull(json, "json"));
  }

  /** Returns the JSON object of the report, on one line ending with a newline. */
  public String toJson() {
    return SurvivalReport.text(out -> writeJson(out, Map.of()));
  }

  /**
   * Writes the JSON object of the report, streamed: {@code n}, {@code censored}, {@code
   * droppedRows}, the {@code extra} keys, {@code kinds} (each with its events), {@code warnings},
   * {@code incidence}, and {@code grayTests} and {@code grayTestsRefused} when the table has
   * groups; a line break ends it.
   *
   * @param extra keys to add after the counts: whole numbers, booleans, or anything else as its text
   * @throws IOException if writing fails
   */
  public void writeJson(Writer out, Map<String, Object> extra) throws IOException {
    SurvivalReport.object(
        out,
        g -> {
          g.writeNumberField("n", n());
          g.writeNumberField("censored", censored());
          g.writeNumberField("droppedRows", droppedRows());
          SurvivalReport.extra(g, extra);
          g.writeArrayFieldStart("kinds");
          for (Map.Entry<String, Integer> kind : kinds().entrySet()) {
            g.writeStartObject();
            g.writeStringField("kind", kind.getKey());
            g.writeNumberField("events", kind.getValue());
            g.writeEndObject();
          }
          g.writeEndArray();
          PublishedSurvivalReport.texts(g, "warnings", warnings());
          g.writeArrayFieldStart("incidence");
          for (PublishedIncidenceRow r : incidence()) {
            g.writeStartObject();
            SurvivalReport.group(g, r.group());
            g.writeStringField("kind", r.kind());
            SurvivalReport.number(g, "time", r.time());
            g.writeNumberField("atRisk", r.atRisk());
            g.writeNumberField("events", r.events());
            SurvivalReport.number(g, "incidence", r.incidence());
            SurvivalReport.number(g, "stdErr", r.stdErr());
            SurvivalReport.number(g, "lower", r.lower());
            SurvivalReport.number(g, "upper", r.upper());
            SurvivalReport.number(g, "grayVariance", r.grayVariance());
            g.writeEndObject();
          }
          g.writeEndArray();
          if (grayTests().isPresent()) {
            g.writeArrayFieldStart("grayTests");
            for (PublishedGrayTest t : grayTests().get()) {
              g.writeStartObject();
              g.writeStringField("kind", t.kind());
              SurvivalReport.number(g, "chiSquare", t.test().chiSquare());
              g.writeNumberField("df", t.test().df());
              SurvivalReport.number(g, "p", t.test().p());
              g.writeBooleanField("stratified", t.stratified());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("grayTestsRefused");
            for (Map.Entry<String, String> e : grayTestsRefused().entrySet()) {
              g.writeStartObject();
              g.writeStringField("kind", e.getKey());
              g.writeStringField("reason", e.getValue());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
        });
  }
}
