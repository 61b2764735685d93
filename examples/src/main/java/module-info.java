/**
 * The {@code vigil} command, the bundled synthetic sample registry, and small programs showing
 * the API. Not published.
 */
module io.github.vigil.examples {
  requires io.github.vigil.core;
  requires io.github.vigil.conditions;
  requires io.github.vigil.io;
  requires io.github.vigil.reporting;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires info.picocli;
  requires jdk.httpserver;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;

  opens io.github.vigil.examples.cli to info.picocli;
}
