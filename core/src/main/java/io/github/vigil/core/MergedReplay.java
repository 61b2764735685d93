package io.github.vigil.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.jspecify.annotations.Nullable;

/**
 * A replay of verified events and claims together, in their order, which remembers the last
 * change of state applied so that an event that does not apply can be told apart as a
 * {@link Repeat} (a corroboration or a date conflict) or a plain refusal. Mutable and confined to
 * one replay.
 */
final class MergedReplay {
  private final CustodyMachine machine = new CustodyMachine();
  private @Nullable Event lastChange;

  CustodyMachine machine() {
    return machine;
  }

  /** Returns what {@code e} would be if offered now: null when it applies. */
  @Nullable Repeat peek(Event e) {
    return machine.applies(e) ? null : Repeat.of(e, lastChange);
  }

  /** Offers {@code e}: applies it and returns null, or returns what it is when it does not apply. */
  @CanIgnoreReturnValue
  @Nullable Repeat offer(Event e) {
    if (!machine.offer(e)) {
      return Repeat.of(e, lastChange);
    }
    if (Repeat.isChange(e)) {
      lastChange = e;
    }
    return null;
  }
}
