/**
 * The domain of detained people and their legal status. {@link io.github.vigil.core.Registry}
 * holds {@link io.github.vigil.core.Detainee}s, {@link io.github.vigil.core.Facility}s and each
 * person's {@link io.github.vigil.core.History} of dated {@link io.github.vigil.core.Event}s; a
 * {@link io.github.vigil.core.RegistryView} replays them as of a date, as known on a date and
 * from chosen sources, giving each person's {@link io.github.vigil.core.LegalStatus}. Histories
 * can only be built valid: an event that does not apply throws an {@link
 * io.github.vigil.core.InvalidTransitionException}, and bulk loading collects {@link
 * io.github.vigil.core.Rejection}s instead.
 *
 * <p>Unless a method says otherwise, no parameter may be null: a null argument throws {@link
 * NullPointerException} naming the parameter. The {@code @throws} clauses of this package list
 * every other failure.
 */
@NullMarked
@VigilStyle
package io.github.vigil.core;

import org.jspecify.annotations.NullMarked;
