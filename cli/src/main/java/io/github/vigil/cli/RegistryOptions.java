package io.github.vigil.cli;

import io.github.vigil.cli.sample.BundledSample;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.ReadOptions;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryFormatException;
import io.github.vigil.io.RegistryReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --registry} and {@code --today} options, mixed into every subcommand that reads a
 * registry, and the reading itself: a path that does not exist (or is a file not ending in
 * {@code .json}, or is empty) is a usage error; a registry that cannot be read at all (a missing
 * required file or column, a file that is not UTF-8 or not well-formed) is a {@link
 * DataException}. Rejected rows are streamed, never all held: a registry of millions of bad rows
 * is read in bounded memory.
 */
public final class RegistryOptions {
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  @Option(
      names = "--registry",
      paramLabel = "DIR|FILE.json",
      converter = PathConverter.class,
      description =
          "The registry: a folder of CSV files (events.csv, ...) or a registry.json file."
              + " Default: the synthetic sample bundled in this jar.")
  @Nullable Path path;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "Read the registry from a store instead: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?"
              + "user=...&password=... (see docs/store.md). Names, notes and reasons sealed in the"
              + " store are shown only with the key in the environment variable VIGIL_STORE_KEY.")
  @Nullable String db;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description =
          "Read the registry as on this day (yyyy-mm-dd): an event dated or recorded after it is"
              + " rejected, as not yet possible. Default: today (UTC+14, the first time zone to"
              + " reach a date).")
  @Nullable LocalDate today;

  RegistryOptions() {}

  /** Returns how the registry is named in messages. */
  String describe() {
    if (db != null) {
      return "the store";
    }
    return path == null ? "the bundled sample registry" : Echo.line(path.toString());
  }

  /**
   * Reads the registry, passing each rejected row to {@code rejections} as it is found (see
   * {@link RegistryReader#read(Path, ReadOptions, Consumer)} for their order).
   *
   * @throws ParameterException if the path does not exist or is not a folder or a {@code .json}
   *     file
   * @throws DataException if the registry cannot be read at all
   */
  ReadResult read(Progress progress, Consumer<Rejection> rejections) {
    progress.step("reading " + describe() + "…");
    if (db != null) {
      if (path != null) {
        throw usage("give --registry or --db, not both");
      }
      ReadResult result = Stores.open(db, "vigil", false, mixee().commandLine()).read();
      result.rejections().forEach(rejections);
      return result;
    }
    ReadOptions options = today == null ? ReadOptions.defaults() : ReadOptions.builder().today(today).build();
    if (path == null) {
      return readOrFail(null, options, rejections);
    }
    Path p = path;
    if (!Files.exists(p)) {
      throw usage(
          "no registry at '" + Echo.line(p.toString()) + "': give a folder of CSV files or a"
              + " registry.json file");
    }
    if (!Files.isDirectory(p)
        && !String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw usage("'" + Echo.line(p.toString()) + "' is neither a folder nor a .json file");
    }
    return readOrFail(p, options, rejections);
  }

  /**
   * Reads the registry for a command that works on the rows that loaded. Rejected rows are only
   * counted; with {@code strict}, they are written on stderr ({@link RejectionList}) and when there
   * was any the refusal ("not reporting") closes the list and the result is empty: the caller
   * exits with {@link ExitCode#REJECTED}.
   *
   * @throws ParameterException if the path does not exist or is not a folder or a {@code .json}
   *     file
   * @throws DataException if the registry cannot be read at all
   */
  Optional<ReadResult> readUnlessStrict(Progress progress, boolean strict, String refusal) {
    PrintWriter err = mixee().commandLine().getErr();
    RejectionList list =
        new RejectionList(
            err,
            () -> {
              progress.clear();
              err.println(
                  mixee().qualifiedName() + ": more than " + RejectionList.SORTED + " rows"
                      + " rejected: they are listed as they are found, not sorted");
            });
    ReadResult result = read(progress, strict ? list : r -> {});
    if (result.isClean() || !strict) {
      return Optional.of(result);
    }
    progress.clear();
    list.finish();
    err.println(
        mixee().qualifiedName() + ": " + rows(result.rejectedRows()) + " rejected; "
            + refusal + " (--strict)");
    err.flush();
    return Optional.empty();
  }

  /**
   * Writes to stderr the reader's warnings and, when rows were rejected, that they were left out.
   */
  void warnAboutLeftOut(ReadResult result) {
    PrintWriter err = mixee().commandLine().getErr();
    for (String w : result.warnings()) {
      err.println(mixee().qualifiedName() + ": warning: " + w);
    }
    if (!result.isClean()) {
      err.println(
          mixee().qualifiedName() + ": warning: " + rows(result.rejectedRows())
              + " rejected and left out"
              + (result.rejectedPeople() == 0 ? "" : ", with " + people(result.rejectedPeople()))
              + " (list them with 'vigil validate')");
    }
    err.flush();
  }

  /** Returns the date a command works as of by default: the latest event's, or today (UTC). */
  static LocalDate defaultDate(Registry registry) {
    return registry.latestEventDate().orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
  }

  /** Returns {@code "1 row"} or {@code "n rows"}. */
  static String rows(long n) {
    return n == 1 ? "1 row" : n + " rows";
  }

  private static String people(long n) {
    return n == 1 ? "1 person" : n + " people";
  }

  private CommandSpec mixee() {
    return Objects.requireNonNull(mixee, "mixee");
  }

  private static ReadResult readOrFail(
      @Nullable Path p, ReadOptions options, Consumer<Rejection> rejections) {
    try {
      return p == null
          ? BundledSample.read(options, rejections)
          : RegistryReader.read(p, options, rejections);
    } catch (RegistryFormatException e) {
      throw new DataException(Objects.requireNonNullElse(e.getMessage(), e.file()), e);
    } catch (UncheckedIOException e) {
      @Nullable Throwable cause = e.getCause();
      throw new DataException(
          (p == null ? "the bundled sample" : Echo.line(p.toString())) + ": cannot be read ("
              + (cause == null ? "I/O error" : cause.getClass().getSimpleName()) + ")",
          e);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee().commandLine(), message);
  }

  /** Reads a path; an empty one names no registry (and would mean the current folder). */
  static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException(
            "an empty path names no registry: give a folder of CSV files or a registry.json file");
      }
      return Path.of(value);
    }
  }
}
