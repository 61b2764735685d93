package io.github.vigil.core;

/** Where a person stands with respect to custody, after at least one event. */
public enum CustodyState {
  /** Held by the authorities (whether or not they confirm where). */
  IN_CUSTODY("in custody"),
  /** Released, with or without restrictive measures. */
  AT_LIBERTY("at liberty"),
  /** Expelled, or released on condition of leaving the country. */
  EXILED("in exile"),
  /** Deceased; no event may follow. */
  DECEASED("deceased");

  private final String description;

  CustodyState(String description) {
    this.description = description;
  }

  /** Returns a short English phrase for messages, such as {@code "in custody"}. */
  public String description() {
    return description;
  }
}
