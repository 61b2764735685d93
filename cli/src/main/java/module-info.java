/**
 * The {@code vigil} command: freedom reports, validation, rearrest risk, survival estimates and
 * lists of people from a registry folder or file, and the bundled synthetic sample registry.
 */
module io.github.vigil.cli {
  requires io.github.vigil.core;
  requires io.github.vigil.conditions;
  requires io.github.vigil.io;
  requires io.github.vigil.reporting;
  requires io.github.vigil.sheets;
  requires io.github.vigil.store;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires info.picocli;
  requires java.desktop;
  requires java.logging;
  requires java.sql;
  requires jdk.httpserver;
  requires org.apache.xmlgraphics.batik.svggen;
  requires java.xml;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;

  exports io.github.vigil.cli;
  exports io.github.vigil.cli.sample;

  opens io.github.vigil.cli to info.picocli;
}
