package io.github.vigil.core;

/** A detainee's gender as the registry records it ({@code F}, {@code M} or {@code X}). */
public enum Gender {
  /** Female; counts in the {@link VulnerableGroup#WOMAN} group. */
  F,
  /** Male. */
  M,
  /** Another gender, or one the person did not state. */
  X
}
