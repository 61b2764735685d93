package io.github.vigil.store;

import io.github.vigil.core.VigilException;

/**
 * Thrown when the store refuses an entry because it does not apply to what is stored: an event
 * that does not apply to the person's stored history, an unknown person or facility, a repeated
 * id, a correction that cannot correct its event. The message is the reason a registry file's
 * row would be rejected with (docs/format.md), naming ids, types, dates and states; never
 * personal data. Nothing was stored.
 */
public final class StoreRefusedException extends VigilException {
  private static final long serialVersionUID = 1L;

  StoreRefusedException(String reason) {
    super(reason);
  }
}
