package io.github.vigil.io;

import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.CsvTable;
import io.github.vigil.io.internal.JsonDocument;
import io.github.vigil.io.internal.Records;
import io.github.vigil.io.internal.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads a registry in the interchange format of FORMAT.md: a folder holding {@code
 * facilities.csv}, {@code detainees.csv}, {@code events.csv} and, optionally, {@code
 * registry.properties}; or one JSON document ({@code registry.json}). Both give the same
 * registry and the same rejections for the same records. Files are streamed row by row; only
 * the registry being built is held in memory. Thread-safe (it has no state).
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
   * Reads the registry at {@code path}: a folder, or a file whose name ends in {@code .json}.
   * A row with an invalid field, a duplicate id, an unknown or rejected detainee or facility,
   * or an event that does not apply is not an error: it is rejected with its file, line and
   * reason, and the rest loads.
   *
   * @param path a registry folder or a JSON document (also inside a zip file system)
   * @return the registry, its rejections, warnings and per-file counts
   * @throws RegistryFormatException if the path is neither a folder nor a {@code .json} file,
   *     or if the registry cannot be read at all: a required file or column is missing, a file
   *     is unreadable, not UTF-8 text, not well-formed CSV or JSON, a JSON document is not of
   *     format version 1, or {@code registry.properties} is malformed or names an invalid
   *     country
   * @throws NullPointerException if {@code path} is null
   */
  public static ReadResult read(Path path) {
    if (Files.isDirectory(path)) {
      return readFolder(path);
    }
    String name = String.valueOf(path.getFileName());
    if (Files.isRegularFile(path) && name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return readJson(path);
    }
    String shown = path.toString();
    if (!Files.exists(path)) {
      throw new RegistryFormatException(shown, shown + " does not exist");
    }
    throw new RegistryFormatException(
        shown, shown + " is neither a registry folder nor a .json file");
  }

  private static ReadResult readFolder(Path folder) {
    String first = Columns.FACILITIES.csvFile();
    if (!Files.exists(folder.resolve(first)) && Files.isRegularFile(folder.resolve("registry.json"))) {
      throw new RegistryFormatException(
          first, first + " is missing: this folder holds a registry.json; give the path of that"
              + " file instead of the folder");
    }
    Loading loading = new Loading();
    Path properties = folder.resolve(PROPERTIES);
    if (Files.exists(properties)) {
      properties(properties, loading);
    }
    for (Columns kind : Columns.values()) {
      String file = kind.csvFile();
      loading.start(file);
      CsvTable.read(folder.resolve(file), kind, loading::warn, row -> loading.row(kind, file, row));
    }
    return loading.finish();
  }

  private static ReadResult readJson(Path path) {
    Loading loading = new Loading();
    String file = String.valueOf(path.getFileName());
    for (Columns kind : Columns.values()) {
      loading.start(JsonDocument.origin(file, kind));
    }
    JsonDocument.Header header =
        JsonDocument.read(
            path,
            EnumSet.of(Columns.FACILITIES, Columns.DETAINEES),
            loading::warn,
            row -> loading.row(row.kind(), JsonDocument.origin(file, row.kind()), row));
    JsonDocument.read(
        path,
        EnumSet.of(Columns.EVENTS),
        loading::warn,
        row -> loading.row(Columns.EVENTS, JsonDocument.origin(file, Columns.EVENTS), row));
    if (header.country().isPresent()) {
      String c = header.country().get();
      if (!Records.isCountry(c)) {
        throw new RegistryFormatException(
            file, file + ": country " + Texts.quote(c) + " is not an ISO 3166-1 alpha-2 code such as VE");
      }
      loading.builder().country(c);
    }
    header.name().ifPresent(n -> loading.builder().name(n));
    return loading.finish();
  }

  private static void properties(Path path, Loading loading) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(path);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      // A leading byte order mark (Windows editors write one) is skipped, as in the CSV files;
      // otherwise it would join the first key and hide the country.
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
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
                  PROPERTIES + ": country " + Texts.quote(value)
                      + " is not an ISO 3166-1 alpha-2 code such as VE");
            }
            loading.builder().country(value);
          }
        }
        case "name" -> {
          if (!value.isEmpty()) {
            loading.builder().name(value);
          }
        }
        default -> loading.warn(PROPERTIES + ": unknown key " + Texts.quote(key) + " is ignored");
      }
    }
  }
}
