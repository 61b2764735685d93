package io.github.vigil.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.Measure;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Shares one instance of each source, facility id, measures list and date among the events (and
 * birth dates among the people) of one load, so that millions of events naming a few sources and
 * facilities hold a few objects instead of millions. Each cache stops growing at a fixed size.
 * Thread-safe: the rows of one load are made into records on several threads, and two threads
 * that meet the same new value at once both get the instance that was kept.
 */
public final class Canonical {
  private static final int MAX_ENTRIES = 10_000;

  /**
   * How many dates are shared: the events' dates and the people's birth dates together, a century
   * of birthdays and more (each kept date costs about a hundred bytes, so at most some 5 MB).
   */
  private static final int MAX_DATES = 50_000;

  private final Map<String, Source> sources = new ConcurrentHashMap<>();
  private final Map<String, FacilityId> facilities = new ConcurrentHashMap<>();
  private final Map<String, ImmutableList<Measure>> measures = new ConcurrentHashMap<>();
  private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();
  private final Map<String, String> agencies = new ConcurrentHashMap<>();

  /** Returns a fresh set of caches. */
  public Canonical() {}

  Source source(String label) {
    return get(sources, label, Source::of);
  }

  FacilityId facility(String id) {
    return get(facilities, id, FacilityId::of);
  }

  String agency(String agency) {
    return get(agencies, agency, Function.identity());
  }

  ImmutableList<Measure> measures(String text) {
    return get(measures, text, Measures::parse);
  }

  /**
   * Returns the date written as exactly {@code text} ({@code yyyy-mm-dd}), the one instance of it
   * used by this read, so that millions of events share a few thousand dates (and the registry
   * builder's own interning keeps them as they are); or null if {@code text} is not such a date.
   * A date seen before is looked up by its text, not parsed again; text that is not a date is
   * never kept.
   */
  @Nullable LocalDate date(String text) {
    LocalDate shared = dates.get(text);
    if (shared != null) {
      return shared;
    }
    LocalDate date = Records.parseDate(text);
    if (date == null || dates.size() >= MAX_DATES) {
      return date;
    }
    shared = dates.putIfAbsent(text, date);
    return shared == null ? date : shared;
  }

  private static <T> T get(Map<String, T> cache, String key, Function<String, T> make) {
    T value = cache.get(key);
    if (value != null) {
      return value;
    }
    value = make.apply(key);
    if (cache.size() >= MAX_ENTRIES) {
      return value;
    }
    T kept = cache.putIfAbsent(key, value);
    return kept == null ? value : kept;
  }
}
