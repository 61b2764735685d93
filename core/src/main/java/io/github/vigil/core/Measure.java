package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import io.github.vigil.core.internal.Echo;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One restrictive measure: a {@link MeasureType} with its parameter, written in the registry
 * format as {@code CODE} or {@code CODE(parameter)}, such as {@code COURT_APPEARANCE(P15D)},
 * {@code SPEECH_BAN} or {@code OTHER(report weekly)}. A court appearance carries its interval;
 * {@code OTHER} carries its description. Immutable and thread-safe.
 *
 * <p>A measure without its required parameter is <em>incomplete</em>; it only serves to name
 * the measure to lift, since lifting matches by code alone.
 */
@Value.Immutable
public abstract class Measure {
  private static final CharMatcher FORBIDDEN_IN_TEXT = CharMatcher.anyOf(";()").or(
      CharMatcher.javaIsoControl());

  /** The longest appearance interval in months, 100 years: dates stay far inside Java's range. */
  private static final long MAX_INTERVAL_MONTHS = 1_200;

  /** The longest appearance interval in days, about 100 years. */
  private static final int MAX_INTERVAL_DAYS = 36_525;

  Measure() {}

  /** Returns the measure's code. */
  public abstract MeasureType type();

  /** Returns the interval between court appearances; present only for a court appearance. */
  public abstract Optional<Period> interval();

  /** Returns the free-text parameter: the description of {@code OTHER}, or any other code's. */
  public abstract Optional<String> text();

  /** Returns a measure of the given code without a parameter. */
  public static Measure of(MeasureType type) {
    return ImmutableMeasure.builder().type(type).build();
  }

  /**
   * Returns periodic court appearances every {@code interval}.
   *
   * @throws IllegalArgumentException if the interval is zero, has a negative part, or is longer
   *     than 100 years (1,200 months or 36,525 days)
   */
  public static Measure courtAppearance(Period interval) {
    return ImmutableMeasure.builder().type(MeasureType.COURT_APPEARANCE).interval(interval).build();
  }

  /**
   * Returns a measure of the given code with a free-text parameter.
   *
   * @throws IllegalArgumentException if {@code type} is a court appearance, or the text is blank
   *     or holds {@code ;}, {@code (} or {@code )}
   */
  public static Measure withText(MeasureType type, String text) {
    return ImmutableMeasure.builder().type(type).text(text).build();
  }

  /**
   * Returns the measure written as {@code CODE} or {@code CODE(parameter)}.
   *
   * @param text the measure as the registry format writes it; surrounding space is ignored
   * @throws IllegalArgumentException if the code is unknown, the parentheses are unbalanced, or
   *     the parameter does not fit the code (a court appearance takes an ISO-8601 period such as
   *     {@code P15D})
   */
  public static Measure parse(String text) {
    String s = text.strip();
    int open = s.indexOf('(');
    String code = open < 0 ? s : s.substring(0, open).strip();
    MeasureType type = MeasureType.parse(code);
    // Messages name the code, never the parameter: OTHER's text may be personal data.
    if (open < 0) {
      return of(type); // a ')' without '(' is no code: MeasureType.parse refused it
    }
    checkArgument(s.endsWith(")"), "measure %s must end with ')'", type);
    String parameter = s.substring(open + 1, s.length() - 1).strip();
    checkArgument(
        parameter.indexOf('(') < 0 && parameter.indexOf(')') < 0,
        "measure %s may hold only one parameter in parentheses",
        type);
    checkArgument(!parameter.isEmpty(), "measure %s has empty parentheses", type);
    if (type == MeasureType.COURT_APPEARANCE) {
      Period interval;
      try {
        interval = Period.parse(parameter);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "COURT_APPEARANCE interval must be an ISO-8601 period such as P15D, P2W or P1M, was "
                + Echo.quoteIf(parameter, Echo.Shape.PERIOD),
            e);
      }
      return courtAppearance(interval);
    }
    return withText(type, parameter);
  }

  /** Returns whether the measure carries the parameter its code requires. */
  public boolean isComplete() {
    return !type().requiresParameter() || interval().isPresent() || text().isPresent();
  }

  /** Returns the measure as the registry format writes it, such as {@code COURT_APPEARANCE(P15D)}. */
  public String code() {
    if (interval().isPresent()) {
      return type().name() + "(" + interval().get() + ")";
    }
    if (text().isPresent()) {
      return type().name() + "(" + text().get() + ")";
    }
    return type().name();
  }

  @Value.Check
  final void check() {
    checkArgument(
        interval().isEmpty() || type() == MeasureType.COURT_APPEARANCE,
        "only COURT_APPEARANCE takes an interval, not %s",
        type());
    checkArgument(
        text().isEmpty() || type() != MeasureType.COURT_APPEARANCE,
        "COURT_APPEARANCE takes an interval, not text");
    interval()
        .ifPresent(
            p ->
                checkArgument(
                    !p.isZero() && !p.isNegative() && p.getDays() >= 0 && p.getMonths() >= 0
                        && p.toTotalMonths() <= MAX_INTERVAL_MONTHS
                        && p.getDays() <= MAX_INTERVAL_DAYS,
                    "COURT_APPEARANCE interval must be positive and at most 100 years: %s",
                    p));
    text()
        .ifPresent(
            t -> {
              checkArgument(!t.isBlank(), "%s text must not be blank", type());
              checkArgument(t.strip().equals(t), "%s text must be trimmed", type());
              checkArgument(t.length() <= 200, "%s text must be at most 200 characters", type());
              checkArgument(
                  FORBIDDEN_IN_TEXT.matchesNoneOf(t),
                  "%s text must not hold ';', '(', ')' or control characters",
                  type());
            });
  }

  /** Returns the measure as the registry format writes it. */
  @Override
  public final String toString() {
    return code();
  }
}
