package io.github.vigil.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --registry} option, mixed into every subcommand that reads a registry. */
public final class RegistryOptions {
  @Option(
      names = "--registry",
      paramLabel = "DIR|FILE.json",
      description =
          "The registry: a folder of CSV files (events.csv, ...) or a registry.json file."
              + " Default: the synthetic sample bundled in this jar.")
  @Nullable Path path;

  RegistryOptions() {}
}
