/**
 * Reads and writes Vigil registries in the interchange format of docs/format.md: a folder of CSV
 * files or one JSON document. Reading collects a rejection for every row that does not load;
 * writing is deterministic.
 */
@SuppressWarnings("module") // the internal package is exported to a module built after this one
module io.github.vigil.io {
  requires transitive io.github.vigil.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.io;
  exports io.github.vigil.io.internal to
      io.github.vigil.sheets,
      io.github.vigil.store;
}
