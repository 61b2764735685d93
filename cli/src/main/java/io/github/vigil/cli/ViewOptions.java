package io.github.vigil.cli;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.Echo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --as-of}, {@code --known-as-of} and {@code --source} options, mixed into every
 * subcommand that looks at a registry as of a date D, as known on a date K, from chosen sources
 * (docs/format.md section 4), and the {@link RegistryView} they choose.
 */
public final class ViewOptions {
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  @Option(
      names = "--as-of",
      paramLabel = "D",
      converter = IsoDateConverter.class,
      description = "As of this date (yyyy-mm-dd): later events are not seen. Default: the latest"
          + " event's date.")
  @Nullable LocalDate asOf;

  @Option(
      names = "--known-as-of",
      paramLabel = "K",
      converter = IsoDateConverter.class,
      description = "Count only events recorded on or before this date. Default: D.")
  @Nullable LocalDate knownAsOf;

  @Option(
      names = "--source",
      paramLabel = "A,B",
      description = "Count only the events of these sources, such as foro-penal,family.")
  List<String> sources = new ArrayList<>();

  ViewOptions() {}

  /** Returns whether any of the three options was given. */
  boolean isGiven() {
    return asOf != null || knownAsOf != null || !sources.isEmpty();
  }

  /**
   * Returns the view of {@code registry} the options choose: as of D (default: the latest
   * event's date, or today for a registry without events), as known on K (default: D), from the
   * {@code chosen} sources, those of {@link #sources()} (default: every source).
   */
  RegistryView view(Registry registry, Set<Source> chosen) {
    LocalDate d = asOf != null ? asOf : RegistryOptions.defaultDate(registry);
    RegistryView view = registry.asOf(d).knownOn(knownAsOf != null ? knownAsOf : d);
    return chosen.isEmpty() ? view : view.fromSources(chosen);
  }

  /**
   * Returns the sources named by {@code --source} values, each a comma-separated list. Empty
   * items are kept and refused, so that {@code --source ,} never quietly means every source.
   *
   * @throws ParameterException naming a value that is not a source label
   */
  ImmutableSet<Source> sources() {
    return sources(Objects.requireNonNull(mixee, "mixee").commandLine(), sources);
  }

  /**
   * Returns the sources named by {@code values} of a {@code --source} option of {@code command}.
   *
   * @throws ParameterException naming a value that is not a source label
   */
  static ImmutableSet<Source> sources(CommandLine command, List<String> values) {
    ImmutableSet.Builder<Source> out = ImmutableSet.builder();
    for (String list : values) {
      for (String s : list.split(",", -1)) {
        try {
          out.add(Source.of(s.strip()));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(
              command,
              "--source: " + Echo.quote(s) + " is not a source label (in " + Echo.quote(list) + ")");
        }
      }
    }
    return out.build();
  }
}
