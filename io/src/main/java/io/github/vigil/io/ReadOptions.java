package io.github.vigil.io;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link RegistryReader} reads a registry, beyond the path. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().today(LocalDate.of(2026, 1, 15)).build();
 * ReadResult r = RegistryReader.read(Path.of("registry"), options);
 * }</pre>
 */
@Value.Immutable
public abstract class ReadOptions {
  /**
   * The zone whose date is "today" by default: UTC+14, the first to reach each date, so that a
   * date is in the future only when it has begun nowhere on Earth.
   */
  public static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  ReadOptions() {}

  /** Returns the default options: today is the current date at UTC+14. */
  public static ReadOptions defaults() {
    return builder().build();
  }

  /** Returns a new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the day the registry is read, if fixed: an event dated after it, or recorded after
   * it, has not happened (or been learnt of) yet and is rejected. Fix it for reproducible runs
   * and tests; when empty, it is the current date at {@link #EARLIEST_ZONE} when reading starts.
   */
  public abstract Optional<LocalDate> today();

  /** Returns {@link #today()}, or the current date at {@link #EARLIEST_ZONE} when it is empty. */
  public final LocalDate todayOrNow() {
    return today().orElseGet(() -> LocalDate.now(EARLIEST_ZONE));
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}
