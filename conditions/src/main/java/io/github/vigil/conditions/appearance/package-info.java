/**
 * Periodic court appearances (régimen de presentación periódica). An {@link
 * io.github.vigil.conditions.appearance.AppearanceSchedule} gives the due dates of a {@code
 * COURT_APPEARANCE} measure from the date it took effect and its interval; {@link
 * io.github.vigil.conditions.appearance.Compliance} sets the appearances a person attended and
 * missed against that schedule as of a date: which are overdue and which is due next.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.conditions.appearance;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
