/**
 * Benchmarks of Vigil against its peers: a generator of large registries, JMH benchmarks of the
 * workloads users feel, and {@code Compare}, a side-by-side run against DuckDB and a
 * hand-written loop over primitive arrays. Not published.
 */
module io.github.vigil.benchmarks {
  requires io.github.vigil.core;
  requires io.github.vigil.conditions;
  requires io.github.vigil.survival;
  requires io.github.vigil.reporting;
  requires io.github.vigil.io;
  requires io.github.vigil.sheets;
  requires io.github.vigil.store;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires com.github.miachm.sods;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires java.xml;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires java.sql;
  requires java.management;
  requires jdk.management;
  requires jmh.core;
  requires duckdb.jdbc;
  requires static org.jspecify;

  exports io.github.vigil.benchmarks;
}
