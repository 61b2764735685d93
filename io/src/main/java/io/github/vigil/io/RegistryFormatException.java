package io.github.vigil.io;

import io.github.vigil.core.VigilException;

/**
 * A registry could not be read at all: a required file or column is missing, a file is not
 * UTF-8 text or not well-formed CSV or JSON, the path is neither a folder nor a {@code .json}
 * file, or the JSON document is not of format version 1. The message names the file (and the
 * column or line, where there is one) and never holds personal data. Rows that are merely
 * invalid do not throw: they are collected as {@link io.github.vigil.core.Rejection}s.
 */
public class RegistryFormatException extends VigilException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates an exception about {@code file}.
   *
   * @param file the name of the file at fault, such as {@code events.csv}, or the path given
   * @param message what is wrong, starting with the file's name, without personal data
   */
  public RegistryFormatException(String file, String message) {
    super(message);
    this.file = file;
  }

  /**
   * Creates an exception about {@code file} caused by {@code cause}.
   *
   * @param file the name of the file at fault, such as {@code events.csv}, or the path given
   * @param message what is wrong, starting with the file's name, without personal data
   * @param cause the underlying failure
   */
  public RegistryFormatException(String file, String message, Throwable cause) {
    super(message);
    this.file = file;
    initCause(cause);
  }

  /** Returns the name of the file at fault, such as {@code events.csv}. */
  public String file() {
    return file;
  }
}
