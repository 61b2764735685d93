/**
 * Small programs showing the API: building and classifying a history, computing a freedom
 * report inside an application, and serving it as JSON over HTTP. Not published.
 */
module io.github.vigil.examples {
  requires io.github.vigil.core;
  requires io.github.vigil.conditions;
  requires io.github.vigil.io;
  requires io.github.vigil.reporting;
  requires io.github.vigil.cli;
  requires com.google.common;
  requires jdk.httpserver;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;
}
