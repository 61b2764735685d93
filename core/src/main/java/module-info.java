/**
 * Vigil's core domain: detainees, facilities, sources, each person's history and its replay
 * (the legal status after every event, as of any date), and the immutable registry with its
 * as-known-on views.
 */
@SuppressWarnings("module") // the qualified export names modules that are built after this one
module io.github.vigil.core {
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.core;
  // the shared style annotation, the bulk loader (io, and the testkit's law that loading equals
  // appending) and the echo of untrusted values: for Vigil's own modules, not an API
  exports io.github.vigil.core.internal to
      io.github.vigil.conditions,
      io.github.vigil.reporting,
      io.github.vigil.io,
      io.github.vigil.sheets,
      io.github.vigil.store,
      io.github.vigil.testkit,
      io.github.vigil.cli;
}
