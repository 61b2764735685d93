package io.github.vigil.survival;

/** Stable index sorts on primitive keys, without boxing (a merge sort on {@code int[]}). */
final class Sorting {
  private Sorting() {}

  /** Compares two row indices. */
  @FunctionalInterface
  interface RowOrder {
    int compare(int a, int b);
  }

  /**
   * Returns the row indices sorted by a small integer key (a group or stratum code, or all 0 when
   * {@code key} is null), then by {@code time}, ascending.
   */
  static int[] byKeyThenTime(int @org.jspecify.annotations.Nullable [] key, double[] time) {
    int n = time.length;
    int[] k = key == null ? new int[n] : key;
    return order(
        n,
        (a, b) -> {
          int c = Integer.compare(k[a], k[b]);
          return c != 0 ? c : Double.compare(time[a], time[b]);
        });
  }

  /** Returns the row indices 0..n-1 sorted by {@code order}, ties kept in index order. */
  static int[] order(int n, RowOrder order) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] b = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          b[k++] = order.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
          b[k++] = a[i++];
        }
        while (j < hi) {
          b[k++] = a[j++];
        }
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }
}
