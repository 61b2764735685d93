package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The durations of one {@link DurationKind} as a report publishes them (its JSON's {@code
 * durations}): how many people, how many durations start on an approximate date, the quartiles
 * and the maximum in days when shown, and the people in each {@link DurationBucket}, a hidden
 * bucket empty. It holds no count that the report does not print. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedDurations {
  PublishedDurations() {}

  /** Returns what the durations measure. */
  public abstract DurationKind kind();

  /** Returns how many people have a duration of this kind. */
  public abstract long people();

  /** Returns how many of the durations start on an approximate date (month or year). */
  public abstract long approximate();

  /** Returns the lower quartile in days, or empty when not shown. */
  public abstract OptionalDouble lowerQuartile();

  /** Returns the median in days, or empty when not shown. */
  public abstract OptionalDouble median();

  /** Returns the upper quartile in days, or empty when not shown. */
  public abstract OptionalDouble upperQuartile();

  /** Returns the longest duration in days, or empty when not shown. */
  public abstract OptionalLong max();

  /** Returns the people in each bucket, in bucket order, a hidden bucket empty. */
  public abstract ImmutableMap<DurationBucket, OptionalLong> buckets();

  /** Returns the published number of people in {@code bucket}, or empty when it is hidden. */
  public OptionalLong bucket(DurationBucket bucket) {
    return checkNotNull(buckets().get(checkNotNull(bucket, "bucket")));
  }

  /** Returns the published durations of {@code d}. */
  static PublishedDurations of(DurationSummary d) {
    ImmutablePublishedDurations.Builder out =
        ImmutablePublishedDurations.builder()
            .kind(d.kind())
            .people(d.people())
            .approximate(d.approximate())
            .lowerQuartile(d.lowerQuartile())
            .median(d.median())
            .upperQuartile(d.upperQuartile())
            .max(d.max());
    for (DurationBucket b : DurationBucket.values()) {
      out.putBuckets(b, d.bucket(b));
    }
    return out.build();
  }

  @Value.Check
  final void check() {
    String what = "durations." + kind().key();
    PublishedReport.checkCount(people(), what);
    PublishedReport.checkCount(approximate(), what);
    PublishedReport.checkCount(max(), what);
    for (OptionalDouble q : new OptionalDouble[] {lowerQuartile(), median(), upperQuartile()}) {
      checkArgument(
          q.isEmpty() || (Double.isFinite(q.getAsDouble()) && q.getAsDouble() >= 0),
          "a quantile of %s must be a finite number of days, not negative",
          what);
    }
    checkArgument(
        buckets().keySet().equals(EnumSet.allOf(DurationBucket.class)),
        "%s must have every bucket",
        what);
    buckets().values().forEach(n -> PublishedReport.checkCount(n, what));
  }
}
