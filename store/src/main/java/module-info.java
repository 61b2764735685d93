/**
 * A Vigil registry that lives in a database: SQLite (one file, no server) or PostgreSQL. An
 * append-only log of facilities, people, events and corrections, each entry with the account
 * that stored it and the instant it was stored; schema migrations by Flyway, plain JDBC.
 */
module io.github.vigil.store {
  requires transitive io.github.vigil.core;
  requires transitive io.github.vigil.io;
  requires transitive java.sql;
  requires com.google.common;
  requires flyway.core;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.store;
}
