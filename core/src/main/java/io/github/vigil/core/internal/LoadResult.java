package io.github.vigil.core.internal;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;

/**
 * What a {@link RegistryLoader} gives: the registry of every row that loaded, and a {@link
 * Rejection} for every row that did not. Immutable and thread-safe.
 */
public final class LoadResult {
  private final Registry registry;
  private final ImmutableList<Rejection> rejections;
  private final ImmutableList<Rejection> conflicts;
  private final long eventsRead;
  private final long eventsAccepted;

  LoadResult(
      Registry registry,
      ImmutableList<Rejection> rejections,
      ImmutableList<Rejection> conflicts,
      long eventsRead,
      long eventsAccepted) {
    this.conflicts = conflicts;
    this.registry = registry;
    this.rejections = rejections;
    this.eventsRead = eventsRead;
    this.eventsAccepted = eventsAccepted;
  }

  /** Returns the registry of the rows that loaded. */
  public Registry registry() {
    return registry;
  }

  /** Returns the rejected rows, ordered by file and line. */
  public ImmutableList<Rejection> rejections() {
    return rejections;
  }

  /**
   * Returns the accepted rows that disagree on the date with the change they repeat, where a
   * claim is involved (date conflicts), ordered by file and line.
   */
  public ImmutableList<Rejection> dateConflicts() {
    return conflicts;
  }

  /** Returns how many events were offered to the builder (rows that could be read). */
  public long eventsOffered() {
    return eventsRead;
  }

  /** Returns how many events were accepted into histories. */
  public long eventsAccepted() {
    return eventsAccepted;
  }

  /** Returns the registry's summary and the number of rejections; never personal data. */
  @Override
  public String toString() {
    return "LoadResult{" + registry + ", rejections=" + rejections.size() + "}";
  }
}
