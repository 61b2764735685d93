package io.github.vigil.core;

/** Whether a detainee is a civilian or a member of the military. */
public enum Affiliation {
  /** A civilian. */
  CIVILIAN,
  /** A member of the armed forces. */
  MILITARY
}
