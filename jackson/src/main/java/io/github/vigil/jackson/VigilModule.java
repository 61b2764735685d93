package io.github.vigil.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.ReportFormat;
import io.github.vigil.reporting.RiskRenderer;
import io.github.vigil.survival.IncidenceReport;
import io.github.vigil.survival.SurvivalReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/**
 * A Jackson {@code Module} that writes Vigil's results in the JSON of docs/format.md: a {@link
 * FreedomReport} as {@code vigil report --format json} does, a {@link RiskReport} as {@code vigil
 * risk --format json}, a {@link SurvivalReport} and an {@link IncidenceReport} as {@code vigil
 * survival --format json} (without the keys the command adds about its input file).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new VigilModule());
 * String json = mapper.writeValueAsString(FreedomReport.of(registry.asOf(date)));
 * }</pre>
 *
 * <p>There is one JSON shape and one writer: each serialiser streams, token by token, what the
 * result's own renderer writes ({@link FreedomReport#toJson()}, {@link RiskRenderer#json}, {@link
 * SurvivalReport#writeJson}), so the mapper's features (indentation, a binary format) apply and
 * the shape cannot drift from the command line's. A freedom report's JSON is what it publishes
 * (hidden cells are {@code null}), not the counts behind it, so it is written, not read back; read
 * it as a tree ({@code mapper.readTree}). Immutable and thread-safe.
 */
public final class VigilModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  /** Returns a new module; register it with {@code ObjectMapper.registerModule}. */
  public VigilModule() {
    super("vigil", Version.unknownVersion());
    addSerializer(new Rendered<>(FreedomReport.class, FreedomReport::toJson));
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
}
