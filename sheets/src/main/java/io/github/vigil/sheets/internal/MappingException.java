package io.github.vigil.sheets.internal;

/** A mapping file that cannot be used; the message names the file and the key at fault. */
public final class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MappingException(String message) {
    super(message);
  }
}
