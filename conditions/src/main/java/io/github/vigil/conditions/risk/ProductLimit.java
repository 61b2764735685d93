package io.github.vigil.conditions.risk;

import java.util.Arrays;

/**
 * The Kaplan–Meier (product-limit) estimate of the survival function of right-censored times,
 * evaluated at fixed horizons. At a tied time, events come before censorings (the usual
 * convention, R's included). Immutable.
 */
final class ProductLimit {
  private final int[] times;
  private final boolean[] events;

  /** Sorts the times (and their event flags) once. */
  ProductLimit(int[] times, boolean[] events) {
    Integer[] order = new Integer[times.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(times[a], times[b]));
    this.times = new int[times.length];
    this.events = new boolean[times.length];
    for (int i = 0; i < order.length; i++) {
      this.times[i] = times[order[i]];
      this.events[i] = events[order[i]];
    }
  }

  /** Returns how many times are at least {@code t}. */
  int atRisk(int t) {
    int n = 0;
    for (int time : times) {
      if (time >= t) {
        n++;
      }
    }
    return n;
  }

  /** Returns how many events happened at or before {@code t}. */
  int eventsBy(int t) {
    int n = 0;
    for (int i = 0; i < times.length && times[i] <= t; i++) {
      if (events[i]) {
        n++;
      }
    }
    return n;
  }

  /** Returns the estimate of survival beyond {@code t}: the product over event times up to t. */
  double survival(int t) {
    double s = 1.0;
    int i = 0;
    while (i < times.length && times[i] <= t) {
      int time = times[i];
      int atRisk = times.length - i;
      int died = 0;
      while (i < times.length && times[i] == time) {
        if (events[i]) {
          died++;
        }
        i++;
      }
      s *= 1.0 - (double) died / atRisk;
    }
    return s;
  }
}
