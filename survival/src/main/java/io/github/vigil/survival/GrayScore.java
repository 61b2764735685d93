package io.github.vigil.survival;

/**
 * Gray's (1988) score for comparing the cumulative incidence of one kind of event among groups,
 * and its variance, over the rows of one stratum in time order, with {@code rho = 0} (every time
 * weighed alike), as {@code cmprsk::cuminc} computes them. Per group it follows the left-continuous
 * Kaplan–Meier estimate of no event ({@code km}) and the incidence of the kind ({@code cif}); the
 * score of group j adds, at each time, its events of the kind less what the pooled subdistribution
 * hazard expects of its adjusted risk set {@code n_j (1 - F_j) / S_j}. The variance is the sum of
 * the squared influence of each event, of the kind and of the others, through the martingale
 * representation of the score (Gray's A and C matrices).
 */
final class GrayScore {
  private final SurvivalData data;
  private final int[] group;
  private final int cause;
  private final int ng;
  private final int m;
  private final int[] atRisk;
  private final double[] km;
  private final double[] kmAfter;
  private final double[] cif;
  private final double[] cifAfter;
  /** Gray's C, {@code ng × ng}: the running sum of A times the pooled hazard of the kind. */
  private final double[] c;
  private final double[] a;
  private final double[] v3;
  /** {@code m × ng}. */
  private final double[] v2;

  GrayScore(SurvivalData data, int[] group, int cause, int ng) {
    this.data = data;
    this.group = group;
    this.cause = cause;
    this.ng = ng;
    this.m = ng - 1;
    this.atRisk = new int[ng];
    this.km = new double[ng];
    this.kmAfter = new double[ng];
    this.cif = new double[ng];
    this.cifAfter = new double[ng];
    this.c = new double[ng * ng];
    this.a = new double[ng * ng];
    this.v3 = new double[ng];
    this.v2 = new double[m * ng];
    java.util.Arrays.fill(km, 1);
    java.util.Arrays.fill(kmAfter, 1);
  }

  /**
   * Adds the score and variance (lower triangle, row-major {@code m × m}) of the stratum's rows
   * {@code order[from..to)}, sorted by time.
   *
   * @return the number of events of the kind in the stratum
   */
  int add(int[] order, int from, int to, double[] score, double[] variance) {
    double[] stop = data.stopArray();
    for (int i = from; i < to; i++) {
      atRisk[group[order[i]]]++;
    }
    int[] own = new int[ng];
    int[] other = new int[ng];
    double pooled = 0; // the pooled incidence of the kind, before the current time
    int ownTotal = 0;
    int i = from;
    while (i < to) {
      double t = stop[order[i]];
      int j = i;
      java.util.Arrays.fill(own, 0);
      java.util.Arrays.fill(other, 0);
      while (j < to && stop[order[j]] == t) {
        int row = order[j];
        int kind = data.cause(row);
        if (kind == cause) {
          own[group[row]]++;
        } else if (kind != 0) {
          other[group[row]]++;
        }
        j++;
      }
      int d1 = 0;
      int d2 = 0;
      for (int k = 0; k < ng; k++) {
        d1 += own[k];
        d2 += other[k];
      }
      ownTotal += d1;
      if (d1 + d2 > 0) {
        pooled = step(own, other, d1, d2, pooled, score, variance);
      }
      for (int r = i; r < j; r++) {
        atRisk[group[order[r]]]--;
      }
      System.arraycopy(kmAfter, 0, km, 0, ng);
      System.arraycopy(cifAfter, 0, cif, 0, ng);
      i = j;
    }
    finish(variance);
    return ownTotal;
  }

  /** One time with events; returns the pooled incidence after it. */
  private double step(
      int[] own, int[] other, int d1, int d2, double pooled, double[] score, double[] variance) {
    double sumH = 0; // sum over groups of n_j / S_j
    double sumR = 0; // sum over groups of n_j (1 - F_j) / S_j
    for (int k = 0; k < ng; k++) {
      if (atRisk[k] <= 0) {
        continue;
      }
      double n = atRisk[k];
      kmAfter[k] = km[k] * (n - own[k] - other[k]) / n;
      cifAfter[k] = cif[k] + km[k] * own[k] / n;
      sumH += n / km[k];
      sumR += n * (1 - cif[k]) / km[k];
    }
    double after = pooled + d1 / sumH;
    java.util.Arrays.fill(a, 0);
    for (int r = 0; r < ng; r++) {
      if (atRisk[r] <= 0) {
        continue;
      }
      double hr = atRisk[r] / km[r];
      a[r * ng + r] = hr * (1 - hr / sumH);
      for (int s = r + 1; s < ng; s++) {
        if (atRisk[s] > 0) {
          a[r * ng + s] = -hr * atRisk[s] / (km[s] * sumH);
          a[s * ng + r] = a[r * ng + s];
        }
      }
    }
    double share = d1 / (sumH * (1 - pooled));
    for (int r = 0; r < ng * ng; r++) {
      c[r] += a[r] * share;
    }
    for (int r = 0; r < m; r++) {
      if (atRisk[r] > 0) {
        score[r] += own[r] - d1 * atRisk[r] * (1 - cif[r]) / (km[r] * sumR);
      }
    }
    if (d1 > 0) {
      for (int k = 0; k < ng; k++) {
        if (atRisk[k] <= 0) {
          continue;
        }
        double t4 = kmAfter[k] > 0 ? 1 - (1 - after) / kmAfter[k] : 1;
        double t5 = d1 > 1 ? 1 - (d1 - 1) / (sumH * km[k] - 1) : 1;
        double t3 = t5 * km[k] * d1 / (sumH * atRisk[k]);
        add(k, t4, t3, true, variance);
      }
    }
    if (d2 > 0) {
      for (int k = 0; k < ng; k++) {
        if (kmAfter[k] <= 0 || other[k] <= 0) {
          continue;
        }
        double t4 = (1 - after) / kmAfter[k];
        double t5 = other[k] > 1 ? 1 - (other[k] - 1.0) / (atRisk[k] - 1.0) : 1;
        double t3 = t5 * km[k] * km[k] * other[k] / ((double) atRisk[k] * atRisk[k]);
        add(k, t4, t3, false, variance);
      }
    }
    return after;
  }

  /** Adds one group's events at one time to the variance's running sums. */
  private void add(int k, double t4, double t3, boolean ownKind, double[] variance) {
    v3[k] += t4 * t4 * t3;
    for (int r = 0; r < m; r++) {
      double t1 = ownKind ? a[r * ng + k] - t4 * c[r * ng + k] : t4 * c[r * ng + k];
      v2[r * ng + k] += (ownKind ? 1 : -1) * t1 * t4 * t3;
      for (int s = 0; s <= r; s++) {
        double t2 = ownKind ? a[s * ng + k] - t4 * c[s * ng + k] : t4 * c[s * ng + k];
        variance[r * m + s] += t1 * t2 * t3;
      }
    }
  }

  /** Adds the terms of the variance that involve the final C. */
  private void finish(double[] variance) {
    for (int r = 0; r < m; r++) {
      for (int s = 0; s <= r; s++) {
        double sum = 0;
        for (int k = 0; k < ng; k++) {
          sum += c[r * ng + k] * c[s * ng + k] * v3[k];
          sum += c[r * ng + k] * v2[s * ng + k];
          sum += c[s * ng + k] * v2[r * ng + k];
        }
        variance[r * m + s] += sum;
      }
    }
  }
}
