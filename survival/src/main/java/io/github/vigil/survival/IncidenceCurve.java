package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;

/**
 * The Aalen–Johansen cumulative incidence of each kind of event for one group (or for everyone),
 * held in primitive arrays: at every time where an event of some kind happened, the number at
 * risk and, per kind, the events, the incidence with R's standard error and 95% interval, and
 * {@code cmprsk::cuminc}'s variance. Immutable and thread-safe.
 */
public final class IncidenceCurve {
  private final Optional<String> group;
  private final ImmutableList<String> causes;
  private final int n;
  private final int[] eventTotals;
  private final double[] time;
  private final int[] atRisk;
  /** {@code [cause][step]}, causes from 0 (code 1). */
  private final int[][] events;
  private final double[][] incidence;
  private final double[][] stdErr;
  private final double[][] grayVariance;

  IncidenceCurve(
      Optional<String> group,
      ImmutableList<String> causes,
      int n,
      int[] eventTotals,
      double[] time,
      int[] atRisk,
      int[][] events,
      double[][] incidence,
      double[][] stdErr,
      double[][] grayVariance) {
    this.group = group;
    this.causes = causes;
    this.n = n;
    this.eventTotals = eventTotals;
    this.time = time;
    this.atRisk = atRisk;
    this.events = events;
    this.incidence = incidence;
    this.stdErr = stdErr;
    this.grayVariance = grayVariance;
  }

  /** Returns the group this curve estimates, or empty when it covers every row. */
  public Optional<String> group() {
    return group;
  }

  /** Returns the kinds of event, in code order. */
  public ImmutableList<String> causes() {
    return causes;
  }

  /** Returns the number of rows. */
  public int n() {
    return n;
  }

  /**
   * Returns the number of events of the kind with code {@code cause} (from 1).
   *
   * @throws IllegalArgumentException if there is no such kind
   */
  public int events(int cause) {
    checkCause(cause);
    return eventTotals[cause - 1];
  }

  /** Returns the number of censored rows. */
  public int censored() {
    int events = 0;
    for (int e : eventTotals) {
      events += e;
    }
    return n - events;
  }

  /**
   * Returns the incidence of the kind with code {@code cause} (from 1) at every time where an event
   * of any kind happened, in time order.
   *
   * @throws IllegalArgumentException if there is no such kind
   */
  public List<IncidenceRow> rows(int cause) {
    checkCause(cause);
    int k = cause - 1;
    return new Rows(k);
  }

  /** Returns the incidence rows of every kind, kind by kind. */
  public ImmutableList<IncidenceRow> rows() {
    ImmutableList.Builder<IncidenceRow> all = ImmutableList.builder();
    for (int c = 1; c <= causes.size(); c++) {
      all.addAll(rows(c));
    }
    return all.build();
  }

  private void checkCause(int cause) {
    checkArgument(cause >= 1 && cause <= causes.size(), "no kind of event with code %s", cause);
  }

  private IncidenceRow row(int k, int s) {
    double p = incidence[k][s];
    double se = stdErr[k][s];
    OptionalDouble lower = OptionalDouble.empty();
    OptionalDouble upper = OptionalDouble.empty();
    if (p > 0) {
      double half = KaplanMeier.Z975 * (se / p);
      lower = OptionalDouble.of(Math.exp(Math.log(p) - half));
      upper = OptionalDouble.of(Math.min(Math.exp(Math.log(p) + half), 1));
    }
    return ImmutableIncidenceRow.builder()
        .time(time[s])
        .cause(causes.get(k))
        .atRisk(atRisk[s])
        .events(events[k][s])
        .incidence(p)
        .stdErr(se)
        .lower(lower)
        .upper(upper)
        .grayVariance(grayVariance[k][s])
        .build();
  }

  /** The rows of one kind, made as they are read. */
  private final class Rows extends AbstractList<IncidenceRow> implements RandomAccess {
    private final int k;

    Rows(int k) {
      this.k = k;
    }

    @Override
    public IncidenceRow get(int index) {
      java.util.Objects.checkIndex(index, time.length);
      return row(k, index);
    }

    @Override
    public int size() {
      return time.length;
    }
  }

  @Override
  public String toString() {
    return "IncidenceCurve{group=" + group.map(SafeText::of).orElse("(all)") + ", n=" + n
        + ", causes=" + causes.size() + ", times=" + time.length + "}";
  }
}
