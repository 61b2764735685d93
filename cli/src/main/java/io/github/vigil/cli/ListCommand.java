package io.github.vigil.cli;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.CategoryCounts;
import io.github.vigil.reporting.Language;
import io.github.vigil.reporting.ReportFormat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vigil list}: the people of chosen freedom categories as of a date, one line each, with
 * the dates their status tells — ids only, or with {@code --names} their names too, for the
 * named lists registries send to the UN or the OAS. Confidential people (whose families asked
 * that they never be named) are left out, even by id, and only counted. The only command that
 * ever prints a name, and it says so on standard error before it does.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the people in the given freedom categories as of a date, one line each, in id order,"
          + " with the dates their status tells (held since, whereabouts unknown since, release"
          + " ordered on, released on...): for the lists of people still held that registries send"
          + " to the UN or the OAS.",
      "Ids only, unless --names is given: this is the only command that ever prints a name, and"
          + " it says on stderr how many before it does. People whose families asked that they"
          + " never be named (confidential=true) are left out, even by id, and only counted.",
      "Internal output, never for publication."
    },
    footer = {
      "",
      "Exit codes: 0 done, 1 rejected data (--strict) or a registry that cannot be read,"
          + " 2 usage error, 3 unexpected failure or output that could not be written."
    })
public final class ListCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Mixin ViewOptions viewOptions = new ViewOptions();

  @Option(
      names = "--category",
      paramLabel = "C[,C...]",
      required = true,
      description =
          "The freedom categories to list, such as RELEASE_PENDING,WHEREABOUTS_UNKNOWN (any case;"
              + " the option may be repeated): DETAINED, WHEREABOUTS_UNKNOWN, RELEASE_PENDING,"
              + " HOUSE_ARREST, CONDITIONAL, FULL, EXILED, DECEASED.")
  List<String> categories = new ArrayList<>();

  @Option(
      names = "--names",
      description =
          "Print each person's name after the dates. Announced on stderr first. Never prints"
              + " confidential people.")
  boolean names;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "text, csv or json. Default: text.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = ReportCommand.LanguageConverter.class,
      description = "Labels of the text format in en (English) or es (Spanish). Default: en.")
  Language language = Language.EN;

  @Option(names = "--strict", description = "Refuse to list, and exit 1, if any row is rejected.")
  boolean strict;

  @Mixin PseudonymOptions pseudonyms = new PseudonymOptions();

  ListCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    ImmutableSet<FreedomCategory> chosen = categories(self);
    if (names && pseudonyms.pseudonymize) {
      throw new ParameterException(
          self.commandLine(),
          "--names and --pseudonymize cannot be used together: a name identifies the person"
              + " whatever the id");
    }
    Function<DetaineeId, String> ids = pseudonyms.ids();
    ImmutableSet<Source> sources = viewOptions.sources();
    PrintWriter out = self.commandLine().getOut();
    PrintWriter err = self.commandLine().getErr();
    PeopleList list;
    try (Progress progress = Progress.onTerminal(err)) {
      Optional<ReadResult> read = registry.readUnlessStrict(progress, strict, "not listing");
      if (read.isEmpty()) {
        return ExitCode.REJECTED;
      }
      ReadResult result = read.get();
      Registry reg = result.registry();
      RegistryView view = viewOptions.view(reg, sources);
      progress.step("listing " + reg.size() + " people as of " + view.asOf() + "…");
      list = PeopleList.of(view, chosen, ids, names);
      progress.clear();
      registry.warnAboutLeftOut(result);
    }
    String leftOut = leftOut(list);
    if (names) {
      long n = list.namesToPrint();
      err.println(
          self.qualifiedName() + ": about to print the names of " + (n == 1 ? "1 person" : n + " people")
              + " in " + String.join(", ", list.categories().stream().map(Enum::name).toList())
              + " as of " + list.view().asOf() + " (internal output, not for publication)"
              + (leftOut.isEmpty() ? "" : "; " + leftOut));
      err.flush();
    } else if (format == ReportFormat.CSV && !leftOut.isEmpty()) {
      err.println(self.qualifiedName() + ": " + leftOut + " (not in the CSV)");
      err.flush();
    }
    out.print(
        switch (format) {
          case CSV -> ListRenderer.csv(list);
          case JSON -> ListRenderer.json(list);
          default -> ListRenderer.text(list, language);
        });
    out.flush();
    return ExitCode.OK;
  }

  /** Returns {@code "3 more people left out at their families' request"}, or nothing. */
  private static String leftOut(PeopleList list) {
    int n = list.leftOut();
    if (n == 0) {
      return "";
    }
    return (n == 1 ? "1 more person left out at the family's request" : n + " more people left out at their families' request");
  }

  /**
   * Returns the categories named by the {@code --category} values, each a comma-separated list
   * of codes in any case.
   *
   * @throws ParameterException naming a value that is not a category, and the valid ones
   */
  private ImmutableSet<FreedomCategory> categories(CommandSpec self) {
    EnumSet<FreedomCategory> chosen = EnumSet.noneOf(FreedomCategory.class);
    for (String list : categories) {
      for (String c : list.split(",", -1)) {
        String code = c.strip().toUpperCase(Locale.ROOT);
        Optional<FreedomCategory> match =
            CategoryCounts.REPORT_ORDER.stream().filter(k -> k.name().equals(code)).findFirst();
        if (match.isEmpty()) {
          throw new ParameterException(
              self.commandLine(),
              "--category: '" + c + "' is not a freedom category: use one or more of "
                  + CategoryCounts.REPORT_ORDER.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        chosen.add(match.get());
      }
    }
    return ImmutableSet.copyOf(chosen);
  }

  /** Reads {@code text}, {@code csv} or {@code json}. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      String v = value.toLowerCase(Locale.ROOT);
      for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.CSV, ReportFormat.JSON)) {
        if (f.name().toLowerCase(Locale.ROOT).equals(v)) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a format: use text, csv or json");
    }
  }
}
