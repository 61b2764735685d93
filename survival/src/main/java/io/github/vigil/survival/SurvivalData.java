package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table of survival data, as R's {@code Surv()} and a model frame hold it: per row a time and
 * whether it is an event, and optionally an entry time (counting-process data {@code (start,
 * stop]}: delayed entry and time-varying covariates), a case weight, a group label (the curves
 * and the log-rank test), a stratum label (stratified log-rank and Cox), a cluster label (robust
 * variance) and numeric covariates (the Cox model). Values are held in primitive arrays, so a
 * million rows cost tens of megabytes. Immutable and thread-safe: the builder copies what it is
 * given.
 */
public final class SurvivalData {
  private final double @Nullable [] start;
  private final double[] stop;
  private final boolean[] event;
  private final double @Nullable [] weights;
  private final @Nullable Labels groups;
  private final @Nullable Labels strata;
  private final @Nullable Labels clusters;
  private final double[][] covariates;
  private final ImmutableList<String> names;
  private final int @Nullable [] causes;
  private final ImmutableList<String> causeNames;
  private final int droppedRows;
  private final int eventCount;

  private SurvivalData(Builder b) {
    this.start = b.start;
    this.stop = b.stop;
    this.event = b.event;
    this.weights = b.weights;
    int n = stop.length;
    this.groups = b.groups == null ? null : Labels.of(b.groups, n, "groups");
    this.strata = b.strata == null ? null : Labels.of(b.strata, n, "strata");
    this.clusters = b.clusters == null ? null : Labels.of(b.clusters, n, "clusters");
    this.covariates = b.columns.toArray(new double[0][]);
    this.names = ImmutableList.copyOf(b.names);
    this.causes = b.causes;
    this.causeNames = b.causeNames;
    this.droppedRows = b.droppedRows;
    int count = 0;
    for (boolean e : event) {
      if (e) {
        count++;
      }
    }
    this.eventCount = count;
  }

  /**
   * Returns a builder of right-censored data: one time and one event indicator per row.
   *
   * @param times each row's time (of the event or the censoring), finite and not negative; copied
   * @param events whether each row's time is an event; copied
   * @throws IllegalArgumentException if the lengths differ or a time is negative or not finite
   */
  public static Builder builder(double[] times, boolean[] events) {
    return new Builder(times, events);
  }

  /** Returns the number of rows. */
  public int n() {
    return stop.length;
  }

  /** Returns the number of rows whose time is an event. */
  public int eventCount() {
    return eventCount;
  }

  /** Returns how many input rows the reader dropped (a blank or {@code NA} in a used column). */
  public int droppedRows() {
    return droppedRows;
  }

  /** Returns whether the rows have entry times, {@code (start, stop]}. */
  public boolean hasEntryTimes() {
    return start != null;
  }

  /** Returns whether the rows carry case weights. */
  public boolean isWeighted() {
    return weights != null;
  }

  /** Returns the distinct group labels, in {@link String} order, when groups were given. */
  public Optional<ImmutableList<String>> groupLabels() {
    return Optional.ofNullable(groups).map(Labels::levels);
  }

  /** Returns the distinct strata, in {@link String} order, when strata were given. */
  public Optional<ImmutableList<String>> strataLabels() {
    return Optional.ofNullable(strata).map(Labels::levels);
  }

  /** Returns the number of distinct clusters, when clusters were given. */
  public Optional<Integer> clusterCount() {
    return Optional.ofNullable(clusters).map(Labels::size);
  }

  /**
   * Returns the names of the kinds of event (competing risks, such as rearrest, exile and death),
   * in code order: code {@code k} is {@code causeNames().get(k - 1)}; empty when the events are of
   * one kind.
   */
  public ImmutableList<String> causeNames() {
    return causeNames;
  }

  /**
   * Returns row {@code i}'s kind of event: 0 when censored, otherwise a code from 1 to {@code
   * causeNames().size()} (1 for every event when the events are of one kind).
   */
  public int cause(int i) {
    return causes == null ? (event[i] ? 1 : 0) : causes[i];
  }

  /** Returns the covariates' names, in column order; empty when none were given. */
  public ImmutableList<String> covariateNames() {
    return names;
  }

  /** Returns row {@code i}'s time (the end of its interval). */
  public double time(int i) {
    return stop[i];
  }

  /** Returns whether row {@code i}'s time is an event. */
  public boolean isEvent(int i) {
    return event[i];
  }

  /**
   * Returns row {@code i}'s entry time, the {@code start} of its interval {@code (start, stop]}.
   *
   * @throws IllegalStateException if the table has no entry times
   * @throws IndexOutOfBoundsException if {@code i} is not a row
   */
  public double entryTime(int i) {
    checkState(start != null, "the table has no entry times");
    return start[i];
  }

  /**
   * Returns row {@code i}'s value of the covariate {@code name}.
   *
   * @throws IllegalArgumentException if there is no covariate of that name
   * @throws IndexOutOfBoundsException if {@code i} is not a row
   */
  public double covariate(String name, int i) {
    int j = names.indexOf(name);
    checkArgument(j >= 0, "no covariate named %s", name);
    return covariates[j][i];
  }

  /**
   * Returns row {@code i}'s cluster label.
   *
   * @throws IllegalStateException if the table has no clusters
   * @throws IndexOutOfBoundsException if {@code i} is not a row
   */
  public String cluster(int i) {
    Labels c = clusters;
    checkState(c != null, "the table has no clusters");
    return c.levels().get(c.codes()[i]);
  }

  /** Returns this table without its case weights. */
  SurvivalData withoutWeights() {
    return new SurvivalData(this, null);
  }

  private SurvivalData(SurvivalData from, double @Nullable [] weights) {
    this.start = from.start;
    this.stop = from.stop;
    this.event = from.event;
    this.weights = weights;
    this.groups = from.groups;
    this.strata = from.strata;
    this.clusters = from.clusters;
    this.covariates = from.covariates;
    this.names = from.names;
    this.causes = from.causes;
    this.causeNames = from.causeNames;
    this.droppedRows = from.droppedRows;
    this.eventCount = from.eventCount;
  }

  // Package-private views for the estimators (never handed out).

  double @Nullable [] startArray() {
    return start;
  }

  double[] stopArray() {
    return stop;
  }

  boolean[] eventArray() {
    return event;
  }

  double @Nullable [] weightArray() {
    return weights;
  }

  @Nullable Labels groupColumn() {
    return groups;
  }

  @Nullable Labels strataColumn() {
    return strata;
  }

  @Nullable Labels clusterColumn() {
    return clusters;
  }

  /** Returns the covariates column-major: {@code [covariate][row]}. */
  double[][] covariateColumns() {
    return covariates;
  }

  @Override
  public String toString() {
    return "SurvivalData{n=" + n() + ", events=" + eventCount + ", covariates=" + names + "}";
  }

  /** Builds a {@link SurvivalData}; each setter copies its argument and may be called once. */
  public static final class Builder {
    private final double[] stop;
    private final boolean[] event;
    private double @Nullable [] start;
    private double @Nullable [] weights;
    private @Nullable List<String> groups;
    private @Nullable List<String> strata;
    private @Nullable List<String> clusters;
    private final List<double[]> columns = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int @Nullable [] causes;
    private ImmutableList<String> causeNames = ImmutableList.of();
    private int droppedRows;
    private boolean built;

    private Builder(double[] times, boolean[] events) {
      checkNotNull(times, "times");
      checkNotNull(events, "events");
      checkArgument(
          times.length == events.length,
          "times and events must have the same length: %s and %s",
          times.length,
          events.length);
      for (int i = 0; i < times.length; i++) {
        checkArgument(
            Double.isFinite(times[i]) && times[i] >= 0,
            "time must be finite and not negative: %s at row %s",
            (Object) times[i],
            (Object) i);
      }
      this.stop = times.clone();
      this.event = events.clone();
    }

    /**
     * Sets each row's entry time: the row is at risk on {@code (start, time]} (R's {@code
     * Surv(start, stop, event)}).
     *
     * @throws IllegalArgumentException if the length differs, an entry time is negative or not
     *     finite, or is not before the row's time
     */
    public Builder entryTimes(double[] entry) {
      checkNotNull(entry, "entry");
      checkState(start == null, "entry times were already set");
      checkLength(entry.length, "entry times");
      for (int i = 0; i < entry.length; i++) {
        checkArgument(
            Double.isFinite(entry[i]) && entry[i] >= 0 && entry[i] < stop[i],
            "entry time must be finite, not negative and before the row's time: %s (time %s) at row %s",
            entry[i],
            stop[i],
            i);
      }
      start = entry.clone();
      return this;
    }

    /**
     * Sets case weights (R's {@code weights =}).
     *
     * @throws IllegalArgumentException if the length differs or a weight is not positive and
     *     finite
     */
    public Builder weights(double[] caseWeights) {
      checkNotNull(caseWeights, "caseWeights");
      checkState(weights == null, "weights were already set");
      checkLength(caseWeights.length, "weights");
      for (int i = 0; i < caseWeights.length; i++) {
        checkArgument(
            Double.isFinite(caseWeights[i]) && caseWeights[i] > 0,
            "weight must be positive and finite: %s at row %s",
            (Object) caseWeights[i],
            (Object) i);
      }
      weights = caseWeights.clone();
      return this;
    }

    /**
     * Sets each row's group: one curve per group, compared by the log-rank test.
     *
     * @throws IllegalArgumentException if the length differs
     * @throws NullPointerException if a label is null
     */
    public Builder groups(List<String> labels) {
      checkState(groups == null, "groups were already set");
      groups = copy(labels, "groups");
      return this;
    }

    /**
     * Sets each row's stratum (R's {@code strata()}): the log-rank test and the Cox model compare
     * within strata, each with its own baseline.
     *
     * @throws IllegalArgumentException if the length differs
     * @throws NullPointerException if a label is null
     */
    public Builder strata(List<String> labels) {
      checkState(strata == null, "strata were already set");
      strata = copy(labels, "strata");
      return this;
    }

    /**
     * Sets each row's cluster (R's {@code cluster()}): rows of one cluster, such as one person's
     * several spells, are not independent, and the Cox model's variance is the robust one.
     *
     * @throws IllegalArgumentException if the length differs
     * @throws NullPointerException if a label is null
     */
    public Builder clusters(List<String> labels) {
      checkState(clusters == null, "clusters were already set");
      clusters = copy(labels, "clusters");
      return this;
    }

    /**
     * Adds a numeric covariate for the Cox model.
     *
     * @throws IllegalArgumentException if the name was already used, the length differs or a
     *     value is not finite
     */
    public Builder covariate(String name, double[] values) {
      checkNotNull(name, "name");
      checkNotNull(values, "values");
      checkArgument(seen.add(name), "covariate name repeated: %s", name);
      checkLength(values.length, "covariate " + name);
      for (int i = 0; i < values.length; i++) {
        checkArgument(
            Double.isFinite(values[i]), "covariate %s must be finite: %s at row %s", name, values[i], i);
      }
      names.add(name);
      columns.add(values.clone());
      return this;
    }

    /**
     * Sets each row's kind of event, for competing risks: 0 for a censored row, {@code k} (from 1)
     * for an event of the kind {@code names.get(k - 1)}.
     *
     * @param codes one code per row, 0 exactly where the row is censored; copied
     * @param names the kinds of event, distinct and not blank; copied
     * @throws IllegalArgumentException if the length differs, a name is blank or repeated, a code
     *     is outside 0 to {@code names.size()}, or a code is 0 on an event row or not 0 on a
     *     censored one
     */
    public Builder causes(int[] codes, List<String> names) {
      checkNotNull(codes, "codes");
      checkNotNull(names, "names");
      checkState(causes == null, "causes were already set");
      checkLength(codes.length, "causes");
      checkArgument(!names.isEmpty(), "at least one kind of event must be named");
      Set<String> distinct = new HashSet<>();
      for (String name : names) {
        checkArgument(!checkNotNull(name, "names").isBlank(), "a kind of event has a blank name");
        checkArgument(distinct.add(name), "kind of event named twice: %s", name);
      }
      for (int i = 0; i < codes.length; i++) {
        checkArgument(
            codes[i] >= 0 && codes[i] <= names.size(),
            "cause must be from 0 to %s: %s at row %s",
            names.size(),
            codes[i],
            i);
        checkArgument(
            (codes[i] > 0) == event[i],
            "cause %s at row %s disagrees with its event indicator (0 exactly when censored)",
            codes[i],
            i);
      }
      causes = codes.clone();
      causeNames = ImmutableList.copyOf(names);
      return this;
    }

    /**
     * Records how many input rows were dropped before these (for the report only).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder droppedRows(int dropped) {
      checkArgument(dropped >= 0, "dropped rows must not be negative: %s", dropped);
      droppedRows = dropped;
      return this;
    }

    /**
     * Returns the table.
     *
     * @throws IllegalStateException if called twice
     */
    public SurvivalData build() {
      checkState(!built, "build() was already called");
      built = true;
      return new SurvivalData(this);
    }

    private void checkLength(int length, String what) {
      checkArgument(
          length == stop.length, "%s must have one value per row: %s values for %s rows", what, length, stop.length);
    }

    private List<String> copy(List<String> labels, String what) {
      checkNotNull(labels, what);
      checkLength(labels.size(), what);
      return new ArrayList<>(labels);
    }
  }
}
