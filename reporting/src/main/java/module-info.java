/**
 * Freedom reports as of a date: population, categories and groups, breakdowns by facility,
 * affiliation and vulnerable group, flows (the revolving door), small-cell suppression, and
 * renderers (text, Markdown, CSV, JSON, HTML, SVG chart) in English and Spanish, and the chart
 * drawn with Java2D ({@code ChartPainter}) for PNG and SVG images.
 */
module io.github.vigil.reporting {
  requires transitive io.github.vigil.conditions;
  requires transitive com.google.common;
  requires com.fasterxml.jackson.databind;
  requires java.desktop;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.reporting;
  exports io.github.vigil.reporting.disclosure;
}
