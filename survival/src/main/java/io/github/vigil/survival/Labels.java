package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A column of labels (groups, strata, clusters) held as one small code per row and the distinct
 * labels once, in {@link String} order, so a million rows cost four megabytes.
 */
final class Labels {
  private final int[] codes;
  private final ImmutableList<String> levels;

  private Labels(int[] codes, ImmutableList<String> levels) {
    this.codes = codes;
    this.levels = levels;
  }

  static Labels of(List<String> labels, int n, String what) {
    checkNotNull(labels, what);
    checkArgument(
        labels.size() == n, "%s must have one label per row: %s labels for %s rows", what, labels.size(), n);
    TreeSet<String> distinct = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      distinct.add(checkNotNull(labels.get(i), "%s at row %s", what, i));
    }
    Map<String, Integer> index = new HashMap<>();
    for (String label : distinct) {
      index.put(label, index.size());
    }
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) {
      codes[i] = checkNotNull(index.get(labels.get(i)));
    }
    return new Labels(codes, ImmutableList.copyOf(distinct));
  }

  /** Returns the labels of the rows kept, in the order given, with levels no row uses dropped. */
  Labels subset(int[] rows) {
    int[] used = new int[levels.size()];
    java.util.Arrays.fill(used, -1);
    int[] codes0 = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      used[codes[rows[i]]] = 0;
    }
    ImmutableList.Builder<String> kept = ImmutableList.builder();
    int next = 0;
    for (int level = 0; level < used.length; level++) {
      if (used[level] == 0) {
        used[level] = next++;
        kept.add(levels.get(level));
      }
    }
    for (int i = 0; i < rows.length; i++) {
      codes0[i] = used[codes[rows[i]]];
    }
    return new Labels(codes0, kept.build());
  }

  int code(int row) {
    return codes[row];
  }

  int[] codes() {
    return codes;
  }

  ImmutableList<String> levels() {
    return levels;
  }

  int size() {
    return levels.size();
  }

  String label(int row) {
    return levels.get(codes[row]);
  }
}
