/**
 * Property-test generators of Vigil's domain types: {@link io.github.vigil.testkit.VigilGen}
 * gives ids, detainees, facilities, measures, valid histories (made by walking the state
 * machine) and registries, as QuickTheories {@code Gen} values that shrink; {@link
 * io.github.vigil.testkit.InvalidEventRow} is a row of {@code events.csv} that a reader must
 * reject.
 */
@NullMarked
package io.github.vigil.testkit;

import org.jspecify.annotations.NullMarked;
