package io.github.vigil.cli;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.reporting.CategorySeries;
import io.github.vigil.reporting.CategorySeries.Interval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --from}, {@code --to} and {@code --interval} options of the chart of categories
 * over time, mixed into {@code report} (for its HTML page), {@code chart} and {@code serve}.
 */
public final class ChartOptions {
  /** The chart's periods when no {@code --from} is given: this many intervals before its end. */
  static final int DEFAULT_PERIODS = 12;

  @Option(
      names = "--from",
      paramLabel = "F",
      converter = IsoDateConverter.class,
      description = "The chart starts on F. Default: 12 weeks (or months) before its end.")
  @Nullable LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "T",
      converter = IsoDateConverter.class,
      description = "The chart ends on T. Default: the report's date D.")
  @Nullable LocalDate to;

  @Option(
      names = "--interval",
      paramLabel = "I",
      converter = IntervalConverter.class,
      description = "One bar per week (ISO, Monday first) or month. Default: week.")
  Interval interval = Interval.WEEK;

  ChartOptions() {}

  /**
   * Returns the series of the chart: the view's sources, evidence and known-on date, from F to
   * T, with cells of fewer than {@code minCell} people hidden.
   *
   * @throws IllegalArgumentException if F is after T
   */
  CategorySeries series(RegistryView view, int minCell) {
    LocalDate end = to != null ? to : view.asOf();
    RegistryView v = view.registry().asOf(end).knownOn(view.knownOn());
    if (view.sources().isPresent()) {
      v = v.fromSources(view.sources().get());
    }
    if (view.includesClaims()) {
      v = v.includingClaims();
    }
    LocalDate start =
        from != null
            ? from
            : interval == Interval.MONTH
                ? end.withDayOfMonth(1).minusMonths(DEFAULT_PERIODS - 1)
                : end.minusWeeks(DEFAULT_PERIODS - 1).with(DayOfWeek.MONDAY);
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("--from " + start + " is after the chart's end " + end);
    }
    return CategorySeries.of(v, start, interval, ClassificationPolicy.standard(), minCell);
  }

  /** Reads {@code week} or {@code month}. */
  static final class IntervalConverter implements ITypeConverter<Interval> {
    @Override
    public Interval convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("week")) {
        return Interval.WEEK;
      }
      if (v.equals("month")) {
        return Interval.MONTH;
      }
      throw new TypeConversionException(
          Echo.quote(value) + " is not an interval: use week or month");
    }
  }
}
