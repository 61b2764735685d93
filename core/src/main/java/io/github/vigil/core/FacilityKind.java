package io.github.vigil.core;

/** The kind of a place of detention. */
public enum FacilityKind {
  /** A prison or penitentiary complex. */
  PRISON,
  /** A headquarters or cell of an intelligence service. */
  INTELLIGENCE,
  /** A police station or cell. */
  POLICE,
  /** A military facility. */
  MILITARY,
  /** Any other place, or one whose kind is not known. */
  OTHER
}
