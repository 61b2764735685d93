package io.github.vigil.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The store's contract on SQLite: a new database file per store. */
class SqliteStoreTest extends StoreContract {
  private int n;

  @Override
  String newUrl() {
    return "jdbc:sqlite:" + dir.resolve("store" + n++ + ".db");
  }

  @Override
  Connection raw(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  int examples() {
    return 25;
  }
}
