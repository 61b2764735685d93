/**
 * Restrictive measures as local law names them. A {@link
 * io.github.vigil.conditions.measure.Jurisdiction} is a country's catalogue of measures (for
 * Venezuela, the numbered items of article 242 of the criminal procedure code), each {@link
 * io.github.vigil.conditions.measure.Provision} mapped to the generic {@link
 * io.github.vigil.core.MeasureType} codes of the registry format; {@link
 * io.github.vigil.conditions.measure.MeasureLabels} names measures in English and Spanish. Other
 * countries are added with {@link io.github.vigil.conditions.measure.Jurisdiction#builder()} and
 * offered through a {@link io.github.vigil.conditions.measure.JurisdictionProvider}, without
 * touching the core.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.conditions.measure;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
