package io.github.vigil.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The store's contract on a real PostgreSQL server: the one {@code .ci/run} starts (Debian's
 * {@code postgresql}, with a role and database {@code vigil}/{@code vigil_test}), or the one the
 * environment variable {@code VIGIL_TEST_POSTGRES_URL} names. A new schema per store, dropped at
 * the end. When no server answers, the tests fail, saying how to start one; they never skip.
 */
class PostgresStoreTest extends StoreContract {
  static final String SERVER =
      System.getenv().getOrDefault(
          "VIGIL_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/vigil_test?user=vigil&password=vigil");
  private static final java.util.List<String> SCHEMAS = new java.util.ArrayList<>();

  @Override
  String newUrl() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "no PostgreSQL server answers at " + SERVER.replaceAll("password=[^&]*", "password=...")
              + " (" + e.getSQLState() + "): run .ci/run, which starts one, or set"
              + " VIGIL_TEST_POSTGRES_URL", e);
    }
    synchronized (SCHEMAS) {
      SCHEMAS.add(schema);
    }
    return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  Connection raw(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  int examples() {
    return 10;
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
      synchronized (SCHEMAS) {
        for (String schema : SCHEMAS) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        SCHEMAS.clear();
      }
    }
  }
}
