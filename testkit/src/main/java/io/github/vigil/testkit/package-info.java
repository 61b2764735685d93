/**
 * Property-test generators of Vigil's domain types: {@link io.github.vigil.testkit.VigilGen}
 * gives ids, detainees, facilities, measures, valid histories (made by walking the state
 * machine) and registries, as QuickTheories {@code Gen} values that shrink.
 */
@NullMarked
package io.github.vigil.testkit;

import org.jspecify.annotations.NullMarked;
