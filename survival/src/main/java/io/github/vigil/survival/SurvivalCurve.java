package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A Kaplan–Meier estimate for one group (or for everyone), held in primitive arrays: every
 * distinct time with the number at risk, events and censorings, the survival and its 95% interval
 * (R's {@code summary(fit, censored = TRUE)}), and what R derives from it: the median and other
 * quantiles ({@code quantile(fit)}), the survival at chosen times ({@code summary(fit, times =)})
 * and the restricted mean ({@code print(fit, rmean =)}). Immutable and thread-safe.
 */
public final class SurvivalCurve {
  private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final Optional<String> group;
  private final int n;
  private final int events;
  private final double[] time;
  private final int[] atRisk;
  private final int[] eventCount;
  private final int[] censored;
  /** The weighted sums of the three counts (R's n.risk, n.event, n.censor), or null unweighted. */
  private final double @Nullable [] riskWeight;
  private final double @Nullable [] eventWeight;
  private final double @Nullable [] censorWeight;
  private final double weightedEvents;
  /** Whether the standard error is the infinitesimal jackknife's (0, not undefined, once S is 0). */
  private final boolean jackknife;
  private final double[] survival;
  /** Greenwood's sum, the variance of log S; infinite once S is 0. */
  private final double[] varLog;
  /** Indices of the steps with events. */
  private final int[] eventSteps;

  SurvivalCurve(
      Optional<String> group,
      int n,
      int events,
      double weightedEvents,
      double[] time,
      int[] atRisk,
      int[] eventCount,
      int[] censored,
      double @Nullable [] riskWeight,
      double @Nullable [] eventWeight,
      double @Nullable [] censorWeight,
      double[] survival,
      double[] varLog,
      boolean jackknife) {
    this.group = group;
    this.n = n;
    this.events = events;
    this.weightedEvents = weightedEvents;
    this.time = time;
    this.atRisk = atRisk;
    this.eventCount = eventCount;
    this.censored = censored;
    this.riskWeight = riskWeight;
    this.eventWeight = eventWeight;
    this.censorWeight = censorWeight;
    this.jackknife = jackknife;
    this.survival = survival;
    this.varLog = varLog;
    int count = 0;
    for (int c : eventCount) {
      if (c > 0) {
        count++;
      }
    }
    eventSteps = new int[count];
    count = 0;
    for (int s = 0; s < eventCount.length; s++) {
      if (eventCount[s] > 0) {
        eventSteps[count++] = s;
      }
    }
  }

  /** Returns the group this curve estimates, or empty when it covers every row. */
  public Optional<String> group() {
    return group;
  }

  /** Returns the number of rows (R's {@code records}). */
  public int n() {
    return n;
  }

  /** Returns the number of events. */
  public int events() {
    return events;
  }

  /** Returns the number of censored rows. */
  public int censored() {
    return n - events;
  }

  /** Returns whether the curve was estimated from weighted rows. */
  public boolean isWeighted() {
    return riskWeight != null;
  }

  /**
   * Returns the weighted number of events (R's {@code events} of {@code summary(fit)$table} with
   * case weights); {@link #events()} when the rows are unweighted.
   */
  public double weightedEvents() {
    return weightedEvents;
  }

  private double riskWeight(int s) {
    return riskWeight == null ? atRisk[s] : riskWeight[s];
  }

  private double eventWeight(int s) {
    return eventWeight == null ? eventCount[s] : eventWeight[s];
  }

  private double censorWeight(int s) {
    return censorWeight == null ? censored[s] : censorWeight[s];
  }

  /**
   * Returns one row per event time, in time order (R's {@code summary(fit)}); empty when the group
   * has no event. The rows are made as they are read, so the list costs no memory of its own.
   */
  public List<SurvivalRow> rows() {
    return new Steps(eventSteps);
  }

  /**
   * Returns one row per distinct time, events or censorings (R's {@code summary(fit, censored =
   * TRUE)}): the whole step function, for plotting.
   */
  public List<SurvivalRow> steps() {
    return new Steps(null);
  }

  private SurvivalRow row(int s) {
    return SurvivalRow.of(
        time[s],
        atRisk[s],
        eventCount[s],
        censored[s],
        riskWeight(s),
        eventWeight(s),
        censorWeight(s),
        survival[s],
        stdErr(s),
        lower(s),
        upper(s));
  }

  private OptionalDouble stdErr(int s) {
    if (survival[s] == 0 && jackknife) {
      // Every row at risk had the event: no row's weight moves S from 0 (R reports 0).
      return OptionalDouble.of(0);
    }
    return survival[s] > 0 && Double.isFinite(varLog[s])
        ? OptionalDouble.of(survival[s] * Math.sqrt(varLog[s]))
        : OptionalDouble.empty();
  }

  private OptionalDouble lower(int s) {
    return survival[s] > 0 && Double.isFinite(varLog[s])
        ? OptionalDouble.of(Math.exp(Math.log(survival[s]) - KaplanMeier.Z975 * Math.sqrt(varLog[s])))
        : OptionalDouble.empty();
  }

  private OptionalDouble upper(int s) {
    return survival[s] > 0 && Double.isFinite(varLog[s])
        ? OptionalDouble.of(
            Math.min(1.0, Math.exp(Math.log(survival[s]) + KaplanMeier.Z975 * Math.sqrt(varLog[s]))))
        : OptionalDouble.empty();
  }

  /** A read-only view of the steps (all, or those listed). */
  private final class Steps extends AbstractList<SurvivalRow> implements RandomAccess {
    private final int @Nullable [] which;

    Steps(int @Nullable [] which) {
      this.which = which;
    }

    @Override
    public SurvivalRow get(int index) {
      return row(which == null ? index : which[index]);
    }

    @Override
    public int size() {
      return which == null ? time.length : which.length;
    }
  }

  /**
   * Returns the median survival time as {@code print(survfit(...))} reports it: the first event
   * time where the survival is at most 0.5, or the midpoint between it and the next event time
   * when the survival is exactly 0.5 there (R's {@code survmean} rule); empty when the survival
   * never falls to 0.5.
   */
  public OptionalDouble median() {
    return first(0.5, 0);
  }

  /** Returns the lower 95% limit of the median: where the lower limit first falls to 0.5; may be empty. */
  public OptionalDouble medianLower() {
    return first(0.5, 1);
  }

  /** Returns the upper 95% limit of the median: where the upper limit first falls to 0.5; may be empty. */
  public OptionalDouble medianUpper() {
    return first(0.5, 2);
  }

  /**
   * Returns the time by which a share {@code p} of the rows has had the event, with its 95%
   * interval, as R's {@code quantile(fit, probs = p)} computes it (its {@code findq}): over the
   * curve's distinct values, the first time where the survival (or its lower, or upper, limit)
   * is at most {@code 1 - p}, halfway to the next drop when it equals {@code 1 - p} within
   * {@code sqrt(.Machine$double.eps)}, and halfway to the last time when that is the curve's last
   * value. (R's {@code print} rule for the median, {@link #median()}, can differ from this by a
   * step at an exact 0.5.)
   *
   * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
   */
  public Quantile quantile(double p) {
    checkArgument(p > 0 && p < 1, "p must be between 0 and 1: %s", p);
    return Quantile.of(p, findq(p, 0), findq(p, 1), findq(p, 2));
  }

  /** R's {@code findq(c(0, time), c(0, 1 - curve), p, tol)} for the curve (0), lower (1) or upper (2) limit. */
  private OptionalDouble findq(double p, int which) {
    int steps = time.length;
    double[] x = new double[steps + 1];
    double[] y = new double[steps + 1];
    x[0] = 0;
    y[0] = 0;
    double max = 0;
    int m = 1;
    boolean sawMissing = false;
    for (int s = 0; s < steps; s++) {
      OptionalDouble v = value(s, which);
      if (v.isEmpty()) {
        // R keeps the first NA (duplicated() drops later ones) and approx() then ignores it.
        sawMissing = true;
        continue;
      }
      double yy = 1 - v.getAsDouble();
      max = Math.max(max, yy);
      if (yy != y[m - 1]) {
        x[m] = time[s];
        y[m] = yy;
        m++;
      }
    }
    if (max < p) {
      return OptionalDouble.empty();
    }
    int i1 = firstAtLeast(y, m, p, TOLERANCE);
    int i2 = firstAtLeast(y, m, p, -TOLERANCE);
    if (i1 < 0) {
      return OptionalDouble.empty();
    }
    boolean last = !sawMissing && Math.abs(p - y[m - 1]) < TOLERANCE;
    if (last) {
      return OptionalDouble.of((x[i1] + time[steps - 1]) / 2);
    }
    return i2 < 0 ? OptionalDouble.empty() : OptionalDouble.of((x[i1] + x[i2]) / 2);
  }

  /**
   * Returns the index i in [0, m) of the smallest {@code y[i]} with {@code y[i] + shift >= p}, or
   * -1: R's {@code approx(y + shift, 1:n, p, method = "constant", f = 1)}, which sorts by {@code
   * y} (a confidence limit need not be monotone).
   */
  private static int firstAtLeast(double[] y, int m, double p, double shift) {
    int best = -1;
    for (int i = 0; i < m; i++) {
      if (y[i] + shift >= p && (best < 0 || y[i] < y[best])) {
        best = i;
      }
    }
    return best;
  }

  /** Returns the value of the survival curve (0), its lower (1) or upper (2) limit at step s. */
  private OptionalDouble value(int s, int which) {
    return switch (which) {
      case 0 -> OptionalDouble.of(survival[s]);
      case 1 -> lower(s);
      default -> upper(s);
    };
  }

  /** R's {@code survmean} rule over the event steps, for {@code print}'s median and its limits. */
  private OptionalDouble first(double level, int which) {
    for (int e = 0; e < eventSteps.length; e++) {
      OptionalDouble y = value(eventSteps[e], which);
      if (y.isEmpty() || y.getAsDouble() >= level + TOLERANCE) {
        continue;
      }
      double at = y.getAsDouble();
      if (Math.abs(at - level) < TOLERANCE) {
        for (int k = e + 1; k < eventSteps.length; k++) {
          OptionalDouble later = value(eventSteps[k], which);
          if (later.isPresent() && later.getAsDouble() < at) {
            return OptionalDouble.of((time[eventSteps[e]] + time[eventSteps[k]]) / 2);
          }
        }
      }
      return OptionalDouble.of(time[eventSteps[e]]);
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns the estimated probability of surviving beyond {@code time}: 1 before the first event
   * time, then the survival of the last event time on or before {@code time}.
   */
  public double survivalAt(double time) {
    int s = lastStepAtOrBefore(time);
    return s < 0 ? 1.0 : survival[s];
  }

  private int lastStepAtOrBefore(double t) {
    int a = 0;
    int b = time.length;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (time[mid] <= t) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a - 1;
  }

  /**
   * Returns the curve at the given times, as R's {@code summary(fit, times = times, extend =
   * TRUE)}: per time, the number at risk at that time, the events and censorings since the
   * previous time asked for, and the survival with its standard error and interval.
   *
   * @param times the times, ascending, finite and not negative
   * @throws IllegalArgumentException if the times are not ascending, negative or not finite
   */
  public ImmutableList<SurvivalRow> at(double... times) {
    ImmutableList.Builder<SurvivalRow> out = ImmutableList.builder();
    double previous = Double.NEGATIVE_INFINITY;
    int from = 0;
    for (double t : times) {
      checkArgument(Double.isFinite(t) && t >= 0, "time must be finite and not negative: %s", t);
      checkArgument(t > previous, "times must be ascending: %s after %s", t, previous);
      int s = lastStepAtOrBefore(t);
      int d = 0;
      int c = 0;
      double dw = 0;
      double cw = 0;
      for (int k = from; k <= s; k++) {
        d += eventCount[k];
        c += censored[k];
        dw += eventWeight(k);
        cw += censorWeight(k);
      }
      from = Math.max(from, s + 1);
      int next = s >= 0 && this.time[s] == t ? s : s + 1;
      int risk = next < this.time.length ? atRisk[next] : 0;
      double rw = next < this.time.length ? riskWeight(next) : 0;
      out.add(
          s < 0
              ? SurvivalRow.of(
                  t, risk, d, c, rw, dw, cw, 1.0, OptionalDouble.of(0), OptionalDouble.of(1), OptionalDouble.of(1))
              : SurvivalRow.of(
                  t, risk, d, c, rw, dw, cw, survival[s], stdErr(s), lower(s), upper(s)));
      previous = t;
    }
    return out.build();
  }

  /**
   * Returns the restricted mean survival time up to {@code tau}, the area under the curve from 0
   * to {@code tau}, with its standard error, as R's {@code print(fit, rmean = tau)}: {@code
   * se^2 = sum over event times t_i <= tau of A_i^2 d_i / (n_i (n_i - d_i))}, where {@code A_i} is
   * the area under the curve from {@code t_i} to {@code tau}; with case weights, {@code n_i} and
   * {@code d_i} are the weighted sums, as R's.
   *
   * @throws IllegalArgumentException if {@code tau} is not positive and finite
   */
  public RestrictedMean restrictedMean(double tau) {
    checkArgument(Double.isFinite(tau) && tau > 0, "tau must be positive and finite: %s", tau);
    // Areas of the steps between event times, up to tau.
    int m = 0;
    while (m < eventSteps.length && time[eventSteps[m]] <= tau) {
      m++;
    }
    double[] tail = new double[m + 1];
    double area = 0;
    double right = tau;
    for (int e = m - 1; e >= 0; e--) {
      int s = eventSteps[e];
      area += survival[s] * (right - time[s]);
      tail[e] = area;
      right = time[s];
    }
    double mean = area + right;
    double var = 0;
    for (int e = 0; e < m; e++) {
      int s = eventSteps[e];
      double risk = riskWeight(s);
      double d = eventWeight(s);
      if (atRisk[s] > eventCount[s]) {
        var += tail[e] * tail[e] * d / (risk * (risk - d));
      }
    }
    return RestrictedMean.of(tau, mean, Math.sqrt(var));
  }

  /** Two curves are equal when they estimate the same group from the same steps. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SurvivalCurve c
        && group.equals(c.group)
        && n == c.n
        && events == c.events
        && Arrays.equals(time, c.time)
        && Arrays.equals(atRisk, c.atRisk)
        && Arrays.equals(eventCount, c.eventCount)
        && Arrays.equals(censored, c.censored)
        && Arrays.equals(riskWeight, c.riskWeight)
        && Arrays.equals(eventWeight, c.eventWeight)
        && Arrays.equals(censorWeight, c.censorWeight)
        && Arrays.equals(survival, c.survival)
        && Arrays.equals(varLog, c.varLog);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, n, events, Arrays.hashCode(time), Arrays.hashCode(survival));
  }

  @Override
  public String toString() {
    return "SurvivalCurve{"
        + group.map(g -> "group=" + g + ", ").orElse("")
        + "n="
        + n
        + ", events="
        + events
        + ", median="
        + median()
        + "}";
  }
}
