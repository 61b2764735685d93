/**
 * Freedom categories and the policy that classifies people into them. {@link
 * io.github.vigil.conditions.ClassificationPolicy#classify} turns a {@link
 * io.github.vigil.core.LegalStatus} into a {@link io.github.vigil.conditions.Classification}: one
 * of the eight {@link io.github.vigil.conditions.FreedomCategory}s, with the reasons behind it.
 */
@NullMarked
@VigilStyle
package io.github.vigil.conditions;

import io.github.vigil.core.VigilStyle;
import org.jspecify.annotations.NullMarked;
