/**
 * Imports registries kept in spreadsheets ({@code .xlsx}, {@code .ods}, delimited text in any
 * common encoding, with Spanish or English headers and values) into the interchange format,
 * naming every row left out, and exports a registry back to a workbook. A module of its own so
 * that a user who reads CSV folders never pulls a workbook library.
 */
@SuppressWarnings("module") // the internal package is exported to a module built after this one
module io.github.vigil.sheets {
  requires transitive io.github.vigil.core;
  requires transitive io.github.vigil.io;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.dhatim.fastexcel.reader;
  requires org.dhatim.fastexcel;
  requires java.xml;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.sheets;
  exports io.github.vigil.sheets.internal to
      io.github.vigil.benchmarks;
}
