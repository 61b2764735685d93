package io.github.vigil.core;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Static helpers for lists of {@link Measure}s in the registry format's {@code measures}
 * column: codes separated by {@code ;}, such as {@code COURT_APPEARANCE(P15D);SPEECH_BAN}.
 */
public final class Measures {
  private static final Splitter SEMICOLON = Splitter.on(';').trimResults().omitEmptyStrings();

  private Measures() {}

  /**
   * Returns the measures written in {@code text}, in order. Blank text gives an empty list;
   * empty items (such as a trailing {@code ;}) are ignored. Every other item is kept, so that
   * writing the list back gives the same text; a code listed twice is kept twice, and the replay,
   * applying the items in order, leaves the last parameter in force.
   *
   * @throws IllegalArgumentException naming the first item that is not a valid measure
   */
  public static ImmutableList<Measure> parse(String text) {
    ImmutableList.Builder<Measure> out = ImmutableList.builder();
    for (String item : SEMICOLON.split(text)) {
      out.add(Measure.parse(item));
    }
    return out.build();
  }

  /** Returns the measures written as the registry format's {@code measures} column. */
  public static String format(List<Measure> measures) {
    return measures.stream().map(Measure::code).collect(Collectors.joining(";"));
  }
}
