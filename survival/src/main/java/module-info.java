/**
 * Survival analysis that agrees with R's {@code survival} package: Kaplan–Meier, the log-rank
 * test and Cox proportional hazards (strata, counting-process data, weights, robust variance), on
 * plain tables read from CSV and reported as text or JSON. Depends on no other Vigil module.
 */
@SuppressWarnings("module") // the qualified export names a module that is built after this one
module io.github.vigil.survival {
  requires transitive com.google.common;
  requires org.apache.commons.numbers.gamma;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.survival;
  // the reader of Vigil's own JSON documents, shared with reporting's readers: not an API
  exports io.github.vigil.survival.internal to
      io.github.vigil.reporting;
}
