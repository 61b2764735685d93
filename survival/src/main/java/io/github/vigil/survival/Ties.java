package io.github.vigil.survival;

/** How a Cox model handles several events at the same time, as R's {@code coxph(ties = ...)}. */
public enum Ties {
  /** Efron's approximation, R's default. */
  EFRON,
  /** Breslow's approximation. */
  BRESLOW
}
