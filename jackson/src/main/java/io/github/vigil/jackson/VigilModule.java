package io.github.vigil.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.PublishedReport;
import io.github.vigil.reporting.RiskRenderer;
import io.github.vigil.survival.IncidenceReport;
import io.github.vigil.survival.PublishedIncidenceReport;
import io.github.vigil.survival.PublishedSurvivalReport;
import io.github.vigil.survival.SurvivalReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;

/**
 * A Jackson {@code Module} that writes Vigil's results in the JSON of docs/format.md, and reads that
 * JSON back: a {@link FreedomReport} and a {@link PublishedReport} are written as {@code vigil
 * report --format json} writes them, a {@link RiskReport} as {@code vigil risk --format json}, a
 * {@link SurvivalReport} and an {@link IncidenceReport} (and their published forms) as {@code vigil
 * survival --format json} (without the keys the command adds about its input file).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new VigilModule());
 * FreedomReport report = FreedomReport.of(registry.asOf(date));
 * String json = mapper.writeValueAsString(report);
 * PublishedReport read = mapper.readValue(json, PublishedReport.class); // equals report.published()
 * RiskReport risk = mapper.readValue(mapper.writeValueAsString(RiskReport.of(view)), RiskReport.class);
 * }</pre>
 *
 * <p>There is one JSON shape and one writer: each serialiser streams, token by token, what the
 * result's own renderer writes ({@link FreedomReport#toJson()}, {@link PublishedReport#toJson()},
 * {@link RiskRenderer#json}, {@link SurvivalReport#writeJson}, {@link IncidenceReport#writeJson}),
 * so the mapper's features (indentation, a binary format) apply and the shape cannot drift from the
 * command line's.
 *
 * <p>Reading: each JSON is read back into the type that holds what it holds, equal to what was
 * published and written back in the same bytes. A risk report's JSON holds the whole report: it is
 * read into a {@link RiskReport} ({@link RiskRenderer#parse}), equal to the report that wrote it. A
 * freedom report holds the counts behind the cells it hides ({@code null} in its JSON), and a
 * survival or competing-risks report the table it was fitted on, so they are never rebuilt from
 * their JSON: asking the mapper for a {@link FreedomReport}, {@link SurvivalReport} or {@link
 * IncidenceReport} fails with a message saying what to read instead. Their JSON is read into what
 * they publish: a {@link PublishedReport} ({@link PublishedReport#parse}), a {@link
 * PublishedSurvivalReport} ({@link PublishedSurvivalReport#parse}) or a {@link
 * PublishedIncidenceReport} ({@link PublishedIncidenceReport#parse}), equal to the report's {@code
 * published()}.
 *
 * <p>Every key a result writes must be present; keys this version does not know are ignored, since
 * the format grows by adding keys. Anything else fails with a {@link MismatchedInputException} (a
 * {@code JsonMappingException}) whose message names the key by its path ({@code
 * releaseOrderWaits.over7Days}, {@code calibration.levels.#2.rates}) — the keys that are data (a
 * breakdown's rows, the sources of claims, case outcomes) and the elements of arrays by their
 * position from 1 ({@code byFacility.#3.DETAINED}, {@code assessments.#2.score}) — and says what
 * was wrong (missing, of the wrong type, negative, past the largest number of its kind, a format
 * version other than 1, parts that disagree); malformed JSON fails the same way, with its line and
 * column. No message repeats a key or a value of the document, which may come from anywhere (unless
 * the mapper enables {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION}, off by default, with
 * which Jackson quotes the document in every location). JSON {@code null} reads as {@code null}, as
 * for any type. Immutable and thread-safe.
 */
public final class VigilModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  /** Returns a new module; register it with {@code ObjectMapper.registerModule}. */
  public VigilModule() {
    super("vigil", Version.unknownVersion());
    addSerializer(new Rendered<>(FreedomReport.class, FreedomReport::toJson));
    addSerializer(new Rendered<>(PublishedReport.class, PublishedReport::toJson));
    addDeserializer(
        PublishedReport.class,
        new Parsed<>(PublishedReport.class, "a published report", PublishedReport::parse));
    addDeserializer(
        FreedomReport.class,
        new NotReadBack<>(FreedomReport.class, "the counts behind the cells it hides", "PublishedReport"));
    addSerializer(new Rendered<>(RiskReport.class, RiskRenderer::json));
    addDeserializer(
        RiskReport.class, new Parsed<>(RiskReport.class, "a risk report", RiskRenderer::parse));
    addSerializer(new Rendered<>(SurvivalReport.class, streamed(SurvivalReport::writeJson)));
    addSerializer(new Rendered<>(PublishedSurvivalReport.class, PublishedSurvivalReport::toJson));
    addDeserializer(
        PublishedSurvivalReport.class,
        new Parsed<>(
            PublishedSurvivalReport.class,
            "a published survival report",
            PublishedSurvivalReport::parse));
    addDeserializer(
        SurvivalReport.class,
        new NotReadBack<>(
            SurvivalReport.class, "the table it was fitted on", "PublishedSurvivalReport"));
    addSerializer(new Rendered<>(IncidenceReport.class, streamed(IncidenceReport::writeJson)));
    addSerializer(new Rendered<>(PublishedIncidenceReport.class, PublishedIncidenceReport::toJson));
    addDeserializer(
        PublishedIncidenceReport.class,
        new Parsed<>(
            PublishedIncidenceReport.class,
            "a published competing-risks report",
            PublishedIncidenceReport::parse));
    addDeserializer(
        IncidenceReport.class,
        new NotReadBack<>(
            IncidenceReport.class, "the table it was fitted on", "PublishedIncidenceReport"));
  }

  /** Renders a value to its JSON text. */
  @FunctionalInterface
  private interface Renderer<T> {
    String render(T value) throws IOException;
  }

  /** Writes a value's JSON, with keys added by the caller, to a writer. */
  @FunctionalInterface
  private interface Writing<T> {
    void write(T value, Writer out, Map<String, Object> extra) throws IOException;
  }

  /** Returns the renderer of what {@code writing} writes with no added keys. */
  private static <T> Renderer<T> streamed(Writing<T> writing) {
    return value -> {
      StringWriter out = new StringWriter();
      writing.write(value, out, Map.of());
      return out.toString();
    };
  }

  /** Streams what a renderer writes into the mapper's generator, token by token. */
  private static final class Rendered<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Renderer<T> renderer;

    Rendered(Class<T> type, Renderer<T> renderer) {
      super(type);
      this.renderer = renderer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      try (JsonParser p = JSON.createParser(renderer.render(value))) {
        p.nextToken();
        gen.copyCurrentStructure(p);
      }
    }
  }

  /**
   * Reads a result's JSON with the reader of its own module ({@link PublishedReport#parse}, {@link
   * RiskRenderer#parse}, {@link PublishedSurvivalReport#parse}, {@link
   * PublishedIncidenceReport#parse}), its failures made Jackson's, with the message and nothing of
   * the document.
   */
  private static final class Parsed<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final String what;
    private final transient Function<String, T> parse;

    Parsed(Class<T> type, String what, Function<String, T> parse) {
      super(type);
      this.what = what;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree;
      try {
        tree = ctxt.readTree(p);
      } catch (StreamReadException e) {
        // Jackson's message may quote the document (an unrecognised token): say where only.
        JsonLocation at = e.getLocation();
        throw MismatchedInputException.from(
            p,
            handledType(),
            at == null
                ? what + "'s JSON is not well-formed"
                : String.format(
                    "%s's JSON is not well-formed at line %d, column %d",
                    what, at.getLineNr(), at.getColumnNr()));
      }
      if (!tree.isObject()) {
        throw MismatchedInputException.from(
            p, handledType(), what + "'s JSON must be an object, not " + tree.getNodeType());
      }
      try {
        return parse.apply(tree.toString());
      } catch (IllegalArgumentException e) {
        throw MismatchedInputException.from(
            p, handledType(), "cannot read " + what + ": " + e.getMessage());
      }
    }
  }

  /** Refuses to rebuild a result from its JSON, and says what to read instead. */
  private static final class NotReadBack<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotReadBack(Class<T> type, String holds, String read) {
      super(type);
      this.message =
          ("AEIOU".indexOf(type.getSimpleName().charAt(0)) >= 0 ? "an " : "a ")
              + type.getSimpleName()
              + " is not read back from its JSON (it holds " + holds
              + "): read a " + read + ", what the report published";
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      throw MismatchedInputException.from(p, handledType(), message);
    }
  }
}
