package io.github.vigil.cli;

import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import io.github.vigil.cli.sample.BundledSample;
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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --registry} option, mixed into every subcommand that reads a registry, and the
 * reading itself: a path that does not exist (or is a file not ending in {@code .json}) is a
 * usage error; a registry that cannot be read at all (a missing required file or column, a file
 * that is not UTF-8 or not well-formed) is a {@link DataException}.
 */
public final class RegistryOptions {
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  @Option(
      names = "--registry",
      paramLabel = "DIR|FILE.json",
      description =
          "The registry: a folder of CSV files (events.csv, ...) or a registry.json file."
              + " Default: the synthetic sample bundled in this jar.")
  @Nullable Path path;

  RegistryOptions() {}

  /** Returns how the registry is named in messages. */
  String describe() {
    return path == null ? "the bundled sample registry" : path.toString();
  }

  /**
   * Reads the registry.
   *
   * @throws ParameterException if the path does not exist or is not a folder or a {@code .json}
   *     file
   * @throws DataException if the registry cannot be read at all
   */
  ReadResult read(Progress progress) {
    progress.step("reading " + describe() + "…");
    if (path == null) {
      return readOrFail(null);
    }
    Path p = path;
    if (!Files.exists(p)) {
      throw usage("no registry at '" + p + "': give a folder of CSV files or a registry.json file");
    }
    if (!Files.isDirectory(p)
        && !String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw usage("'" + p + "' is neither a folder nor a .json file");
    }
    return readOrFail(p);
  }

  /**
   * Reads the registry for a command that works on the rows that loaded. With {@code strict} and
   * rejected rows, lists them on stderr with the refusal ("not reporting") and returns empty: the
   * caller exits with {@link ExitCode#REJECTED}.
   *
   * @throws ParameterException if the path does not exist or is not a folder or a {@code .json}
   *     file
   * @throws DataException if the registry cannot be read at all
   */
  Optional<ReadResult> readUnlessStrict(Progress progress, boolean strict, String refusal) {
    ReadResult result = read(progress);
    if (result.isClean() || !strict) {
      return Optional.of(result);
    }
    progress.clear();
    PrintWriter err = mixee().commandLine().getErr();
    for (Rejection r : result.rejections()) {
      err.println(r);
    }
    err.println(
        mixee().qualifiedName() + ": " + rows(result.rejections().size()) + " rejected; "
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
          mixee().qualifiedName() + ": warning: " + rows(result.rejections().size())
              + " rejected and left out (list them with 'vigil validate')");
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

  private CommandSpec mixee() {
    return Objects.requireNonNull(mixee, "mixee");
  }

  private static ReadResult readOrFail(@Nullable Path p) {
    try {
      return p == null ? BundledSample.read() : RegistryReader.read(p);
    } catch (RegistryFormatException e) {
      throw new DataException(Objects.requireNonNullElse(e.getMessage(), e.file()), e);
    } catch (UncheckedIOException e) {
      @Nullable Throwable cause = e.getCause();
      throw new DataException(
          (p == null ? "the bundled sample" : p.toString()) + ": cannot be read ("
              + (cause == null ? "I/O error" : cause.getClass().getSimpleName()) + ")",
          e);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee().commandLine(), message);
  }
}
