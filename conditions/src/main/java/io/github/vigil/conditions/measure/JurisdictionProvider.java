package io.github.vigil.conditions.measure;

import java.util.List;

/**
 * A service offering jurisdictions beyond the built-in ones, found by {@link
 * Jurisdiction#forCountry(String)} through {@link java.util.ServiceLoader}. A module declares
 * {@code provides io.github.vigil.conditions.measure.JurisdictionProvider with ...}; a jar on the
 * class path lists its class in {@code META-INF/services}. A built-in jurisdiction wins over a
 * provided one of the same country, and an earlier provider over a later one.
 */
public interface JurisdictionProvider {
  /** Returns the jurisdictions this provider offers, at most one per country. */
  List<Jurisdiction> jurisdictions();
}
