package io.github.vigil.core;

import org.jspecify.annotations.Nullable;

/**
 * What an event that does not apply is, when it repeats the last change of a person's state and
 * a claim is involved (docs/format.md, "Evidence"): the same change on the same date confirms it
 * ({@link #CORROBORATION}); on another date it is a {@link #DATE_CONFLICT}. The rule lives here
 * alone; the history's builder, its {@code append} and the views' replay ask it.
 */
enum Repeat {
  /** The event repeats no change, or repeats one without a claim involved: it does not apply. */
  NONE,
  /** The same change, of the same date, by another source or with other evidence. */
  CORROBORATION,
  /** The same change on another date, by another source or with other evidence. */
  DATE_CONFLICT;

  /**
   * Returns what {@code refused}, an event that did not apply, is after {@code lastChange}: the
   * last applied {@code ARREST}, {@code RELEASE}, {@code EXILE}, {@code DEATH} or {@code
   * CASE_CLOSED} (null when none).
   */
  static Repeat of(Event refused, @Nullable Event lastChange) {
    if (lastChange == null
        || lastChange.type() != refused.type()
        || (refused.evidence() != Evidence.CLAIMED && lastChange.evidence() != Evidence.CLAIMED)
        || (refused.evidence() == lastChange.evidence()
            && refused.source().equals(lastChange.source()))) {
      return NONE;
    }
    return refused.date().equals(lastChange.date()) ? CORROBORATION : DATE_CONFLICT;
  }

  /** Returns whether {@code e} is a change a later event may repeat. */
  static boolean isChange(Event e) {
    return switch (e.type()) {
      case ARREST, RELEASE, EXILE, DEATH, CASE_CLOSED -> true;
      default -> false;
    };
  }
}
