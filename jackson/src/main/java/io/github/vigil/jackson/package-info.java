/**
 * Jackson support. {@link io.github.vigil.jackson.VigilModule} teaches an {@code ObjectMapper} to
 * write {@link io.github.vigil.reporting.FreedomReport}, {@link
 * io.github.vigil.conditions.risk.RiskReport}, {@link io.github.vigil.survival.SurvivalReport} and
 * {@link io.github.vigil.survival.IncidenceReport} as docs/format.md documents them, and to read
 * that JSON back: a risk report's into a {@link io.github.vigil.conditions.risk.RiskReport}, the
 * others' into what they published ({@link io.github.vigil.reporting.PublishedReport}, {@link
 * io.github.vigil.survival.PublishedSurvivalReport}, {@link
 * io.github.vigil.survival.PublishedIncidenceReport}).
 */
@NullMarked
@CheckReturnValue
package io.github.vigil.jackson;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
