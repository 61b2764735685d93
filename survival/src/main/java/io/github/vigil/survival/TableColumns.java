package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which columns of a CSV table {@link SurvivalTable} reads, by header name: R's {@code
 * Surv(start, time, event) ~ group + strata(s) + cluster(c) + x1 + ...} with {@code weights =}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TableColumns {
  TableColumns() {}

  /** Returns a builder; {@code time} and {@code event} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TableColumns}. */
  public static final class Builder extends ImmutableTableColumns.Builder {
    Builder() {}
  }

  /** Returns the column of times (of the event or the censoring). */
  public abstract String time();

  /** Returns the column saying whether the time is an event. */
  public abstract String event();

  /** Returns the column of entry times, for counting-process data {@code (start, time]}. */
  public abstract Optional<String> start();

  /** Returns the column of groups: one curve each, compared by the log-rank test. */
  public abstract Optional<String> group();

  /** Returns the column of strata. */
  public abstract Optional<String> strata();

  /** Returns the column of clusters (robust variance). */
  public abstract Optional<String> cluster();

  /** Returns the column of case weights. */
  public abstract Optional<String> weights();

  /**
   * Returns whether the event column holds kinds of event (competing risks): 0 for a censored row,
   * a positive whole number per kind, named by that number. False by default: the column says only
   * event or censored.
   */
  @Value.Default
  public boolean competing() {
    return false;
  }

  /** Returns the numeric covariate columns of the Cox model, possibly none. */
  public abstract ImmutableList<String> covariates();
}
