/**
 * Vigil's core domain: detainees, facilities, sources, the custody and case timeline, legal
 * status as of a date, and the immutable registry with its as-known-on views.
 */
@SuppressWarnings("module") // the qualified export names modules that are built after this one
module io.github.vigil.core {
  requires transitive com.google.common;
  requires org.pcollections;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.core;
  exports io.github.vigil.core.internal to
      io.github.vigil.conditions,
      io.github.vigil.io,
      io.github.vigil.reporting,
      io.github.vigil.cli;
}
