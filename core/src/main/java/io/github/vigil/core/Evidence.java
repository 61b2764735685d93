package io.github.vigil.core;

/**
 * How well an event is established: {@link #VERIFIED} (checked case by case by the registry's
 * keepers) or a {@link #CLAIMED} report not yet checked, such as a release announced by the
 * authorities. A view counts verified events only unless it {@linkplain
 * RegistryView#includingClaims() includes claims}; a history's claims never change how its
 * verified events apply.
 */
public enum Evidence {
  /** Checked case by case; the default of every event. */
  VERIFIED,
  /** Reported but not yet checked. */
  CLAIMED
}
