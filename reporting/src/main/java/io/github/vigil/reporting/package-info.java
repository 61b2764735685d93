/**
 * Freedom reports. {@link io.github.vigil.reporting.FreedomReport} counts a {@link
 * io.github.vigil.core.RegistryView} into {@link io.github.vigil.conditions.FreedomCategory}s,
 * groups, {@link io.github.vigil.reporting.Breakdown}s and {@link
 * io.github.vigil.reporting.Flows}, from a mergeable {@link
 * io.github.vigil.reporting.FreedomSummary}, under {@link
 * io.github.vigil.reporting.ReportOptions}; it renders as text, Markdown, CSV or JSON ({@link
 * io.github.vigil.reporting.ReportFormat}) in a {@link io.github.vigil.reporting.Language}. {@link
 * io.github.vigil.reporting.CategorySeries} counts categories over a range of dates in one pass
 * and draws them as an SVG chart; {@link io.github.vigil.reporting.ChartPainter} draws the same
 * chart with Java2D on any {@code Graphics2D}, and as a PNG image.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.reporting;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
