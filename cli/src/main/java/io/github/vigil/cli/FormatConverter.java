package io.github.vigil.cli;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.reporting.ReportFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format}: one enum, {@link ReportFormat}, for every command, in any case. Each
 * command takes the formats it can write: {@code report} all four ({@link AnyFormat}), {@code
 * risk} and {@code survival} text and JSON ({@link TextOrJson}); the help lists them.
 */
abstract class FormatConverter implements ITypeConverter<ReportFormat>, Iterable<String> {
  private final ImmutableSet<ReportFormat> allowed;

  FormatConverter(ReportFormat... allowed) {
    this.allowed = ImmutableSet.copyOf(allowed);
  }

  @Override
  public ReportFormat convert(String value) {
    for (ReportFormat f : allowed) {
      if (f.name().equalsIgnoreCase(value.strip())) {
        return f;
      }
    }
    List<String> names = new ArrayList<>();
    forEach(names::add);
    String last = names.remove(names.size() - 1);
    throw new TypeConversionException(
        Echo.quote(value) + " is not a format: use " + String.join(", ", names) + " or " + last);
  }

  /** Returns the formats' names, for the help's completion candidates. */
  @Override
  public Iterator<String> iterator() {
    return allowed.stream()
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toList())
        .iterator();
  }

  /** {@code text}, {@code markdown}, {@code csv}, {@code json} or {@code html}. */
  static final class AnyFormat extends FormatConverter {
    AnyFormat() {
      super(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.CSV, ReportFormat.JSON, ReportFormat.HTML);
    }
  }

  /** {@code text} or {@code json}. */
  static final class TextOrJson extends FormatConverter {
    TextOrJson() {
      super(ReportFormat.TEXT, ReportFormat.JSON);
    }
  }
}
