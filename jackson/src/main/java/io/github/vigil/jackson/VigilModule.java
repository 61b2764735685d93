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
import io.github.vigil.survival.SurvivalReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/**
 * A Jackson {@code Module} that writes Vigil's results in the JSON of docs/format.md, and reads a
 * freedom report's JSON back into what it publishes: a {@link FreedomReport} and a {@link
 * PublishedReport} are written as {@code vigil report --format json} writes them, a {@link
 * RiskReport} as {@code vigil risk --format json}, a {@link SurvivalReport} and an {@link
 * IncidenceReport} as {@code vigil survival --format json} (without the keys the command adds
 * about its input file).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new VigilModule());
 * FreedomReport report = FreedomReport.of(registry.asOf(date));
 * String json = mapper.writeValueAsString(report);
 * PublishedReport read = mapper.readValue(json, PublishedReport.class); // equals report.published()
 * }</pre>
 *
 * <p>There is one JSON shape and one writer: each serialiser streams, token by token, what the
 * result's own renderer writes ({@link FreedomReport#toJson()}, {@link PublishedReport#toJson()},
 * {@link RiskRenderer#json}, {@link SurvivalReport#writeJson}), so the mapper's features
 * (indentation, a binary format) apply and the shape cannot drift from the command line's.
 *
 * <p>Reading: a freedom report holds the counts behind the cells it hides ({@code null} in its
 * JSON), so it is never rebuilt from its JSON, and asking the mapper for a {@link FreedomReport}
 * fails with a message saying so. Its JSON is read into a {@link PublishedReport} ({@link
 * PublishedReport#parse} does the reading): every figure the report published, a hidden cell
 * empty, equal to {@link FreedomReport#published()} of the report that wrote it, and written back
 * in the same bytes. Every key a report writes must be present; keys this version does not know
 * are ignored, since the format grows by adding keys. Anything else fails with a {@link
 * MismatchedInputException} (a {@code JsonMappingException}) whose message names the key by its
 * path ({@code releaseOrderWaits.over7Days}) — the keys that are data (a breakdown's rows, the
 * sources of claims, case outcomes) by their position from 1 ({@code byFacility.#3.DETAINED}) —
 * and says what was wrong (missing, of the wrong type, negative, past {@code 2^63 − 1}, a format
 * version other than 1); malformed JSON fails the same way, with its line and column. No message
 * repeats a key or a value of the document, which may come from anywhere (unless the mapper
 * enables {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION}, off by default, with which Jackson
 * quotes the document in every location). JSON {@code null} reads
 * as {@code null}, as for any type. Risk reports and survival estimates are written only.
 * Immutable and thread-safe.
 */
public final class VigilModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  /** Returns a new module; register it with {@code ObjectMapper.registerModule}. */
  public VigilModule() {
    super("vigil", Version.unknownVersion());
    addSerializer(new Rendered<>(FreedomReport.class, FreedomReport::toJson));
    addSerializer(new Rendered<>(PublishedReport.class, PublishedReport::toJson));
    addDeserializer(PublishedReport.class, new Published());
    addDeserializer(FreedomReport.class, new NotReadBack());
    addSerializer(new Rendered<>(RiskReport.class, RiskRenderer::json));
    addSerializer(new Rendered<>(SurvivalReport.class, streamed(SurvivalReport::writeJson)));
    addSerializer(new Rendered<>(IncidenceReport.class, streamed(IncidenceReport::writeJson)));
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

  /** Reads a freedom report's JSON into what it publishes. */
  private static final class Published extends StdDeserializer<PublishedReport> {
    private static final long serialVersionUID = 1L;

    Published() {
      super(PublishedReport.class);
    }

    @Override
    public PublishedReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree;
      try {
        tree = ctxt.readTree(p);
      } catch (StreamReadException e) {
        // Jackson's message may quote the document (an unrecognised token): say where only.
        JsonLocation at = e.getLocation();
        throw MismatchedInputException.from(
            p,
            PublishedReport.class,
            at == null
                ? "a published report's JSON is not well-formed"
                : String.format(
                    "a published report's JSON is not well-formed at line %d, column %d",
                    at.getLineNr(), at.getColumnNr()));
      }
      if (!tree.isObject()) {
        throw MismatchedInputException.from(
            p, PublishedReport.class, "a published report's JSON must be an object, not " + tree.getNodeType());
      }
      try {
        return PublishedReport.parse(tree.toString());
      } catch (IllegalArgumentException e) {
        throw MismatchedInputException.from(
            p, PublishedReport.class, "cannot read a published report: " + e.getMessage());
      }
    }
  }

  /** Refuses to rebuild a freedom report from its JSON, and says what to read instead. */
  private static final class NotReadBack extends StdDeserializer<FreedomReport> {
    private static final long serialVersionUID = 1L;

    NotReadBack() {
      super(FreedomReport.class);
    }

    @Override
    public FreedomReport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      throw MismatchedInputException.from(
          p,
          FreedomReport.class,
          "a FreedomReport is not read back from its JSON (it holds the counts behind the cells it"
              + " hides): read a PublishedReport, what the report published");
    }
  }
}
