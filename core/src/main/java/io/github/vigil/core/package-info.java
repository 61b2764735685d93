/**
 * The domain of detained people and their legal status. {@link io.github.vigil.core.Registry}
 * holds {@link io.github.vigil.core.Detainee}s, {@link io.github.vigil.core.Facility}s and each
 * person's {@link io.github.vigil.core.History} of dated {@link io.github.vigil.core.Event}s; a
 * {@link io.github.vigil.core.RegistryView} replays them as of a date, as known on a date and
 * from chosen sources, giving each person's {@link io.github.vigil.core.LegalStatus}, and a
 * {@link io.github.vigil.core.ReplayListener} sees the status after every event. Histories can
 * only be built valid: an event that does not apply throws an {@link
 * io.github.vigil.core.InvalidTransitionException} (or, asked first, {@link
 * io.github.vigil.core.History.Builder#refusal} says why), and the interchange format's readers
 * collect {@link io.github.vigil.core.Rejection}s instead.
 *
 * <p>Every value is immutable, so a method that returns one must have its result used: {@code
 * registry.withEvent(id, event);} alone does nothing, and Error Prone's {@code CheckReturnValue}
 * refuses to compile it.
 *
 * <p>Unless a method says otherwise, no parameter may be null: a null argument throws {@link
 * NullPointerException} naming the parameter. The {@code @throws} clauses of this package list
 * every other failure.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.core;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
