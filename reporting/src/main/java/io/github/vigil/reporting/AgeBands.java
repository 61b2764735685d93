package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Age bands given by the ages where each band after the first begins: {@code [18, 60, 70]} gives
 * under 18, 18–59, 60–69 and 70 and over. Every age falls in exactly one band (an age below zero,
 * from a birth date after the report's date, in the first). Immutable and thread-safe.
 */
final class AgeBands {
  /** The default lower bounds: under 18, 18–59, 60–69, 70 and over. */
  static final ImmutableList<Integer> DEFAULT = ImmutableList.of(18, 60, 70);

  private final int[] starts;

  private AgeBands(int[] starts) {
    this.starts = starts;
  }

  /**
   * Returns the bands starting at {@code starts}.
   *
   * @throws IllegalArgumentException if a start is not positive or the starts do not increase
   */
  static AgeBands of(List<Integer> starts) {
    check(starts);
    return new AgeBands(starts.stream().mapToInt(Integer::intValue).toArray());
  }

  static void check(List<Integer> starts) {
    for (int i = 0; i < starts.size(); i++) {
      checkArgument(starts.get(i) > 0, "an age band must start above 0: %s", starts);
      checkArgument(
          i == 0 || starts.get(i) > starts.get(i - 1), "age bands must increase: %s", starts);
      checkArgument(starts.get(i) <= 150, "an age band must start at most at 150: %s", starts);
    }
  }

  /** Returns how many bands there are: one more than the starts. */
  int size() {
    return starts.length + 1;
  }

  /** Returns the band of {@code age}, from 0. */
  int band(int age) {
    int b = 0;
    while (b < starts.length && age >= starts[b]) {
      b++;
    }
    return b;
  }

  /** Returns the key of band {@code b}: {@code 0-17}, {@code 18-59}, {@code 70+}. */
  String key(int b) {
    if (b == starts.length) {
      return (starts.length == 0 ? 0 : starts[b - 1]) + "+";
    }
    return (b == 0 ? 0 : starts[b - 1]) + "-" + (starts[b] - 1);
  }
}
