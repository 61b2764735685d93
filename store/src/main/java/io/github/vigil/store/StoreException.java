package io.github.vigil.store;

import io.github.vigil.core.VigilException;

/**
 * Thrown when the database cannot be used: it cannot be reached or migrated, a statement failed,
 * or the key given does not open the store's sealed data. The message says what was being done
 * and the kind of failure (the driver's SQL state), never a value stored.
 */
public final class StoreException extends VigilException {
  private static final long serialVersionUID = 1L;

  StoreException(String message) {
    super(message);
  }

  StoreException(String message, Throwable cause) {
    super(message);
    initCause(cause);
  }
}
