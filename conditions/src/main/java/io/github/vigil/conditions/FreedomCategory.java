package io.github.vigil.conditions;

/**
 * Where a person stands between detention and real freedom, as of a date (docs/format.md section
 * 4). Declared in order of precedence: the first that matches a person wins.
 */
public enum FreedomCategory {
  /** Died. */
  DECEASED,
  /** Exiled and not arrested since. */
  EXILED,
  /** In custody, and the authorities do not confirm where (paradero desconocido). */
  WHEREABOUTS_UNKNOWN,
  /** In custody although a court ordered release: the order was not executed. */
  RELEASE_PENDING,
  /** In custody. */
  DETAINED,
  /** At liberty with house arrest active (casa por cárcel): not a release. */
  HOUSE_ARREST,
  /** At liberty with any active measure or an open case: conditional, not real, freedom. */
  CONDITIONAL,
  /** At liberty, with no active measure and no open case (libertad plena). */
  FULL
}
