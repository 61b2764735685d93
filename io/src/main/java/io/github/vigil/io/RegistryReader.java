package io.github.vigil.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.ByteStreams;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.core.Rejection;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.CsvTable;
import io.github.vigil.io.internal.JsonDocument;
import io.github.vigil.io.internal.Limits;
import io.github.vigil.io.internal.Records;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a registry in the interchange format of docs/format.md: a folder holding {@code
 * facilities.csv}, {@code detainees.csv}, {@code events.csv} and, optionally, {@code
 * registry.properties}; or one JSON document ({@code registry.json}). Both give the same
 * registry and the same rejections for the same records. Files are streamed row by row; only
 * the registry being built is held in memory (and the rejections, unless a consumer takes them
 * as they are found). Rows are made into records on the common fork-join pool while the file
 * is read on, and people's histories are built there in parallel; rejections reach a consumer
 * on the calling thread, in the order of the rows, as a read row by row would give them.
 * Thread-safe (it has no state).
 *
 * <pre>{@code
 * ReadResult r = RegistryReader.read(Path.of("registry"));
 * r.rejections().forEach(System.out::println);   // events.csv:12: unknown detainee P9
 * Registry registry = r.registry();
 * }</pre>
 */
public final class RegistryReader {
  /** The name of the optional file of registry-wide settings in a registry folder. */
  public static final String PROPERTIES = "registry.properties";

  private RegistryReader() {}

  /**
   * Reads the registry at {@code path} with the {@linkplain ReadOptions#defaults() default
   * options}, keeping every rejection in the result.
   *
   * @throws RegistryFormatException as {@link #read(Path, ReadOptions, Consumer)}
   * @throws NullPointerException if {@code path} is null
   */
  public static ReadResult read(Path path) {
    return read(path, ReadOptions.defaults());
  }

  /**
   * Reads the registry at {@code path}, keeping every rejection in the result, sorted by file
   * and line. Each costs memory (a few hundred bytes); to read files of millions of bad rows,
   * pass the rejections to a consumer instead.
   *
   * @throws RegistryFormatException as {@link #read(Path, ReadOptions, Consumer)}
   * @throws NullPointerException if an argument is null
   */
  public static ReadResult read(Path path, ReadOptions options) {
    return readWith(checkNotNull(path, "path"), checkNotNull(options, "options"), null);
  }

  /**
   * Reads the registry at {@code path}: a folder, or a file whose name ends in {@code .json}.
   * A row with an invalid field, a duplicate id, an unknown or rejected detainee or facility, an
   * event dated or recorded after {@linkplain ReadOptions#today() today}, or an event that does
   * not apply is not an error: it is rejected with its file, line and reason, and the rest loads.
   *
   * <p>Each rejection is passed to {@code rejections} as it is found, and not kept: the result's
   * {@link ReadResult#rejections()} is empty and {@link ReadResult#rejectedRows()} counts them.
   * They come file by file in reading order (facilities, people, events), each file's rows in
   * line order; the events that do not apply to their person's history are found only once
   * every event is read, and come last, in line order.
   *
   * @param path a registry folder or a JSON document (also inside a zip file system)
   * @param rejections where each rejection goes; it may stop the read by throwing
   * @return the registry, the counts of rejected rows and people, warnings and per-file counts
   * @throws RegistryFormatException if the path is neither a folder nor a {@code .json} file,
   *     or if the registry cannot be read at all: a required file or column is missing, a file
   *     is unreadable, not UTF-8 text, not well-formed CSV or JSON, a JSON document is not of
   *     format version 1, or {@code registry.properties} is malformed, larger than 64 KiB or
   *     names an invalid country
   * @throws NullPointerException if an argument is null
   */
  public static ReadResult read(
      Path path, ReadOptions options, Consumer<? super Rejection> rejections) {
    checkNotNull(rejections, "rejections");
    return readWith(checkNotNull(path, "path"), checkNotNull(options, "options"), rejections);
  }

  private static ReadResult readWith(
      Path path, ReadOptions options, @Nullable Consumer<? super Rejection> rejections) {
    if (Files.isDirectory(path)) {
      return readFolder(path, new Loading(options, rejections));
    }
    String name = String.valueOf(path.getFileName());
    if (Files.isRegularFile(path) && name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return readJson(path, new Loading(options, rejections));
    }
    String shown = Echo.line(path.toString());
    if (!Files.exists(path)) {
      throw new RegistryFormatException(shown, shown + " does not exist");
    }
    throw new RegistryFormatException(
        shown, shown + " is neither a registry folder nor a .json file");
  }

  private static ReadResult readFolder(Path folder, Loading loading) {
    String first = Columns.FACILITIES.csvFile();
    if (!Files.exists(folder.resolve(first)) && Files.isRegularFile(folder.resolve("registry.json"))) {
      throw new RegistryFormatException(
          first, first + " is missing: this folder holds a registry.json; give the path of that"
              + " file instead of the folder");
    }
    Path properties = folder.resolve(PROPERTIES);
    if (Files.exists(properties)) {
      properties(properties, loading);
    }
    for (Columns kind : Columns.values()) {
      String file = kind.csvFile();
      if (kind.isOptional() && !Files.exists(folder.resolve(file))) {
        continue;
      }
      loading.start(file);
      RowPipeline.read(
          loading,
          k -> file,
          rows -> CsvTable.read(folder.resolve(file), kind, loading.warnings(), rows));
    }
    return loading.finish();
  }

  private static ReadResult readJson(Path path, Loading loading) {
    String file = Echo.line(String.valueOf(path.getFileName()));
    // each kind's name once, not once per row: events keep it until the registry is built
    Map<Columns, String> origins = new EnumMap<>(Columns.class);
    for (Columns kind : Columns.values()) {
      origins.put(kind, JsonDocument.origin(file, kind));
      if (!kind.isOptional()) {
        loading.start(origins.get(kind));
      }
    }
    Function<Columns, String> originOf = k -> checkNotNull(origins.get(k));
    // two passes over the file: people and facilities first, then what happened to them
    JsonDocument.Header header =
        jsonPass(path, file, EnumSet.of(Columns.FACILITIES, Columns.DETAINEES), loading, originOf);
    jsonPass(path, file, EnumSet.of(Columns.EVENTS, Columns.CORRECTIONS), loading, originOf);
    if (header.country().isPresent()) {
      String c = header.country().get();
      if (!Records.isCountry(c)) {
        throw new RegistryFormatException(
            file, file + ": country " + Echo.quoteIf(c, Echo.Shape.CODE)
                + " is not an ISO 3166-1 alpha-2 code such as VE");
      }
      loading.loader().country(c);
    }
    header.name().ifPresent(n -> loading.loader().name(n));
    return loading.finish();
  }

  /** One pass over a JSON registry, taking the rows of the given kinds; returns its header. */
  @CanIgnoreReturnValue
  private static JsonDocument.Header jsonPass(
      Path path,
      String file,
      Set<Columns> kinds,
      Loading loading,
      Function<Columns, String> originOf) {
    return RowPipeline.readReturning(
        loading, originOf, rows -> JsonDocument.read(path, file, kinds, loading.warnings(), rows));
  }

  /** Reads {@code claimed_sources}: source labels separated by commas, blanks ignored. */
  private static Set<Source> claimedSources(String value) {
    Set<Source> out = new LinkedHashSet<>();
    for (String label : value.split(",", -1)) {
      String l = label.strip();
      if (l.isEmpty()) {
        continue;
      }
      try {
        out.add(Source.of(l));
      } catch (IllegalArgumentException e) {
        throw new RegistryFormatException(
            PROPERTIES,
            PROPERTIES + ": claimed_sources holds a label that is not a valid source ("
                + l.length() + " characters, not shown)",
            e);
      }
    }
    return out;
  }

  private static void properties(Path path, Loading loading) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // at most 64 KiB: a link to /dev/zero or a huge file is refused, not read into memory
      bytes = ByteStreams.toByteArray(ByteStreams.limit(in, Limits.MAX_PROPERTIES_BYTES + 1L));
    } catch (IOException e) {
      throw new RegistryFormatException(
          PROPERTIES, PROPERTIES + " could not be read: " + e.getClass().getSimpleName(), e);
    }
    if (bytes.length > Limits.MAX_PROPERTIES_BYTES) {
      throw new RegistryFormatException(
          PROPERTIES, PROPERTIES + " is larger than " + Limits.MAX_PROPERTIES_BYTES + " bytes;"
              + " it holds only the keys country, name and claimed_sources");
    }
    Properties p = new Properties();
    try {
      Reader reader =
          new InputStreamReader(
              new ByteArrayInputStream(bytes),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      // A leading byte order mark (Windows editors write one) is skipped, as in the CSV files;
      // otherwise it would join the first key and hide the country.
      int start = bytes.length >= 3
          && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
          ? 1 : 0;
      if (start == 1) {
        reader.read();
      }
      p.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new RegistryFormatException(
          PROPERTIES, PROPERTIES + " could not be read as UTF-8 properties: "
              + e.getClass().getSimpleName(), e);
    }
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      String value = p.getProperty(key, "").strip();
      switch (key) {
        case "country" -> {
          if (!value.isEmpty()) {
            if (!Records.isCountry(value)) {
              throw new RegistryFormatException(
                  PROPERTIES,
                  PROPERTIES + ": country " + Echo.quoteIf(value, Echo.Shape.CODE)
                      + " is not an ISO 3166-1 alpha-2 code such as VE");
            }
            loading.loader().country(value);
          }
        }
        case "name" -> {
          if (!value.isEmpty()) {
            loading.loader().name(value);
          }
        }
        case "claimed_sources" -> loading.claimedSources(claimedSources(value));
        default ->
            loading.warnings().add(
                PROPERTIES, "unknown keys",
                PROPERTIES + ": unknown key " + Echo.quoteIf(key, Echo.Shape.TOKEN)
                    + " is ignored");
      }
    }
  }
}
