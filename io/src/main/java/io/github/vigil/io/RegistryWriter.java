package io.github.vigil.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.Registry;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.JsonDocument;
import io.github.vigil.io.internal.Records;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a registry in the interchange format of docs/format.md, as a folder of CSV files or as one
 * JSON document. The output is deterministic: the same registry gives the same bytes (UTF-8
 * without a byte order mark, {@code \n} line endings, a fixed column order, facilities and
 * people in id order, each person's events in the order of their history, every column written
 * even when blank except the optional columns added since version 1 ({@code confidential},
 * {@code profiles}, {@code agency}, {@code outcome}), written only when a record has a value
 * there, and no timestamps). Reading what was written gives an equal registry. Thread-safe (it has no state).
 */
public final class RegistryWriter {
  private static final CsvFactory CSV =
      CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\n");
  private static final JsonFactory JSON = new JsonFactory();
  private static final String CONFIDENTIAL = "confidential";
  private static final String VERIFICATION = "verification";

  private RegistryWriter() {}

  /**
   * Writes {@code registry} into {@code folder} as {@code registry.properties}, {@code
   * facilities.csv}, {@code detainees.csv} and {@code events.csv}, creating the folder if
   * needed and replacing those files if present; each file is written to a temporary file and
   * then moved into place. Other files in the folder are left alone.
   *
   * @throws IllegalArgumentException if the registry holds a value the format cannot hold as
   *     it is (text that is blank or has white space around it, which reading would trim; a
   *     lone surrogate; a date outside the years 0000–9999); the message names the record and
   *     column, never the value, and nothing is written
   * @throws IOException if the folder cannot be created or a file cannot be written
   */
  public static void writeFolder(Registry registry, Path folder) throws IOException {
    check(registry);
    Files.createDirectories(folder);
    replace(folder.resolve(RegistryReader.PROPERTIES), out -> properties(registry, out));
    replace(folder.resolve(Columns.FACILITIES.csvFile()), out -> csv(registry, Columns.FACILITIES, out));
    replace(folder.resolve(Columns.DETAINEES.csvFile()), out -> csv(registry, Columns.DETAINEES, out));
    replace(folder.resolve(Columns.EVENTS.csvFile()), out -> csv(registry, Columns.EVENTS, out));
    Path corrections = folder.resolve(Columns.CORRECTIONS.csvFile());
    if (hasCorrections(registry)) {
      replace(corrections, out -> csv(registry, Columns.CORRECTIONS, out));
    } else {
      Files.deleteIfExists(corrections); // an older one would correct events of this registry
    }
  }

  /** Returns whether some event of {@code registry} is corrected. */
  private static boolean hasCorrections(Registry registry) {
    for (Detainee d : registry.detainees()) {
      if (history(registry, d).hasCorrections()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes {@code registry} as one JSON document to {@code file}, replacing it if present (it is
   * written to a temporary file and then moved into place).
   *
   * @throws IllegalArgumentException if the registry holds a value the format cannot hold (see
   *     {@link #writeFolder}); nothing is written
   * @throws IOException if the file cannot be written
   */
  public static void writeJson(Registry registry, Path file) throws IOException {
    check(registry);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    replace(file, out -> json(registry, out));
  }

  /**
   * Writes {@code registry} as one JSON document to {@code out}, which is flushed but not
   * closed.
   *
   * @throws IllegalArgumentException if the registry holds a value the format cannot hold (see
   *     {@link #writeFolder}); nothing is written
   * @throws IOException if writing to {@code out} fails
   */
  public static void writeJson(Registry registry, OutputStream out) throws IOException {
    check(registry);
    json(registry, out);
  }

  /** Renders every record once, so that a value the format cannot hold fails before any write. */
  private static void check(Registry registry) {
    registry.name().ifPresent(n -> Records.checkText("the registry", "name", n));
    for (Facility f : registry.facilities()) {
      Records.values(f);
    }
    for (Detainee d : registry.detainees()) {
      Records.values(d);
      for (Event e : history(registry, d).eventsWithClaims()) {
        Records.values(d.id(), e);
        if (e.isCorrected()) {
          Records.correctionValues(e);
        }
      }
    }
  }

  /**
   * Returns the corrected events, ordered by the correction's recording date, then by person and
   * by their order in the person's history.
   */
  private static List<Event> corrected(Registry registry) {
    List<Event> out = new ArrayList<>();
    for (Detainee d : registry.detainees()) {
      for (Event e : history(registry, d).eventsWithClaims()) {
        if (e.isCorrected()) {
          out.add(e);
        }
      }
    }
    out.sort(Comparator.comparing(e -> e.correction().orElseThrow().recordedOn()));
    return out;
  }

  private static History history(Registry registry, Detainee d) {
    return registry.history(d.id()).orElse(History.empty(d.id()));
  }

  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  private static void replace(Path target, Content content) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      content.write(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void properties(Registry registry, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (registry.country().isPresent()) {
      w.write("country=" + registry.country().get() + "\n");
    }
    if (registry.name().isPresent()) {
      w.write("name=" + escape(registry.name().get()) + "\n");
    }
    w.flush();
  }

  /** Escapes a value for {@link java.util.Properties#load(java.io.Reader)}. */
  static String escape(String value) {
    StringBuilder s = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        case '\f' -> s.append("\\f");
        case '=', ':', '#', '!' -> s.append('\\').append(c);
        default -> {
          if (c < 0x20 || c == 0x7f || (i == 0 && c == ' ')) {
            s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  private static void csv(Registry registry, Columns kind, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    int[] n = written(registry, kind);
    try (CsvGenerator g = CSV.createGenerator(w)) {
      g.setSchema(ROWS);
      row(g, kind.columns().toArray(new String[0]), n);
      switch (kind) {
        case FACILITIES -> {
          for (Facility f : registry.facilities()) {
            row(g, Records.values(f), n);
          }
        }
        case DETAINEES -> {
          for (Detainee d : registry.detainees()) {
            row(g, Records.values(d), n);
          }
        }
        case EVENTS -> {
          for (Detainee d : registry.detainees()) {
            for (Event e : history(registry, d).eventsWithClaims()) {
              row(g, Records.values(d.id(), e), n);
            }
          }
        }
        case CORRECTIONS -> {
          for (Event e : corrected(registry)) {
            row(g, Records.correctionValues(e), n);
          }
        }
      }
    }
  }

  /**
   * Returns the indices of the columns written for {@code kind}: every one, in order, except the
   * optional columns added after version 1's first release ({@code confidential} and {@code
   * profiles} of people, {@code agency} and {@code outcome} of events), each written only when
   * some record has a value there, so that a registry without them is written exactly as it was
   * before they existed.
   */
  private static int[] written(Registry registry, Columns kind) {
    List<String> all = kind.columns();
    Set<String> unused = new HashSet<>();
    if (kind == Columns.DETAINEES) {
      if (registry.detainees().stream().noneMatch(Detainee::confidential)) {
        unused.add(CONFIDENTIAL);
      }
      if (registry.detainees().stream().allMatch(d -> d.profiles().isEmpty())) {
        unused.add("profiles");
      }
    } else if (kind == Columns.EVENTS) {
      if (registry.detainees().stream().noneMatch(d -> history(registry, d).hasClaims())) {
        unused.add(VERIFICATION);
      }
      unused.add("agency");
      unused.add("outcome");
      unused.add("id");
      for (Detainee d : registry.detainees()) {
        for (Event e : history(registry, d).eventsWithClaims()) {
          if (e.id().isPresent()) {
            unused.remove("id");
          }
          if (e.agency().isPresent()) {
            unused.remove("agency");
          }
          if (e.outcome().isPresent()) {
            unused.remove("outcome");
          }
        }
      }
    }
    return IntStream.range(0, all.size()).filter(i -> !unused.contains(all.get(i))).toArray();
  }

  /** Writes the values at {@code columns} as one row. */
  private static void row(CsvGenerator g, @Nullable String[] values, int[] columns) throws IOException {
    g.writeStartArray();
    for (int i : columns) {
      String v = values[i];
      g.writeString(v == null ? "" : v);
    }
    g.writeEndArray();
  }

  private static void json(Registry registry, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new OneRecordPerLine());
      g.writeStartObject();
      g.writeNumberField("formatVersion", JsonDocument.FORMAT_VERSION);
      g.writeFieldName("country");
      string(g, registry.country().orElse(null));
      g.writeFieldName("name");
      string(g, registry.name().orElse(null));
      g.writeArrayFieldStart(Columns.FACILITIES.array());
      for (Facility f : registry.facilities()) {
        record(g, Columns.FACILITIES, written(registry, Columns.FACILITIES), Records.values(f));
      }
      g.writeEndArray();
      g.writeArrayFieldStart(Columns.DETAINEES.array());
      int[] detainees = written(registry, Columns.DETAINEES);
      for (Detainee d : registry.detainees()) {
        record(g, Columns.DETAINEES, detainees, Records.values(d));
      }
      g.writeEndArray();
      g.writeArrayFieldStart(Columns.EVENTS.array());
      int[] events = written(registry, Columns.EVENTS);
      for (Detainee d : registry.detainees()) {
        for (Event e : history(registry, d).eventsWithClaims()) {
          record(g, Columns.EVENTS, events, Records.values(d.id(), e));
        }
      }
      g.writeEndArray();
      if (hasCorrections(registry)) {
        g.writeArrayFieldStart(Columns.CORRECTIONS.array());
        int[] corrections = written(registry, Columns.CORRECTIONS);
        for (Event e : corrected(registry)) {
          record(g, Columns.CORRECTIONS, corrections, Records.correctionValues(e));
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void record(JsonGenerator g, Columns kind, int[] columns, @Nullable String[] values)
      throws IOException {
    g.writeStartObject();
    for (int i : columns) {
      g.writeFieldName(kind.columns().get(i));
      string(g, values[i]);
    }
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  /**
   * Puts each top-level key and each record on a line of its own, with {@code \n} whatever the
   * platform, and no space inside records.
   */
  private static final class OneRecordPerLine extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    OneRecordPerLine() {
      super(
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.NONE)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("")
              .withRootSeparator(""));
      DefaultIndenter lines = new DefaultIndenter("", "\n");
      indentArraysWith(lines);
      indentObjectsWith(new TopLevelOnly(lines));
    }

    OneRecordPerLine(OneRecordPerLine base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new OneRecordPerLine(this);
    }
  }

  /** Indents only the top-level object's keys. */
  private static final class TopLevelOnly implements DefaultPrettyPrinter.Indenter {
    private final DefaultIndenter delegate;

    TopLevelOnly(DefaultIndenter delegate) {
      this.delegate = delegate;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level <= 1) {
        delegate.writeIndentation(g, level);
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
