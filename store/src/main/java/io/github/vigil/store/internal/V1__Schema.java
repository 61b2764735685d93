package io.github.vigil.store.internal;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The first schema: a counter of positions, the registry's settings, and one table per kind of
 * entry (facilities, people, events, corrections). Every entry carries the position it was
 * stored at (a correction and the event that replaces the corrected one share one), the account
 * that stored it and the instant; data columns hold the text of the format's CSV columns.
 * Written once in SQL that SQLite and PostgreSQL both read.
 */
public final class V1__Schema extends BaseJavaMigration {
  private static final String ENTRY =
      "position BIGINT NOT NULL, account TEXT NOT NULL, stored_at TEXT NOT NULL, ";

  /** The statements, in order. */
  static final List<String> STATEMENTS =
      List.of(
          "CREATE TABLE heads (name TEXT PRIMARY KEY, position BIGINT NOT NULL)",
          "INSERT INTO heads (name, position) VALUES ('log', 0)",
          "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
          "CREATE TABLE facilities (id TEXT PRIMARY KEY, " + ENTRY
              + "name TEXT, kind TEXT, region TEXT, country TEXT)",
          "CREATE TABLE people (id TEXT PRIMARY KEY, " + ENTRY + "version BIGINT NOT NULL, "
              + "name TEXT, birth_date TEXT, gender TEXT, nationality TEXT, affiliation TEXT, "
              + "serious_health_condition TEXT, confidential TEXT, profiles TEXT)",
          "CREATE TABLE events (" + ENTRY + "event_id TEXT UNIQUE, detainee_id TEXT NOT NULL"
              + " REFERENCES people (id), date TEXT NOT NULL, type TEXT NOT NULL, facility_id TEXT"
              + " REFERENCES facilities (id), measures TEXT, source TEXT, recorded_on TEXT,"
              + " date_precision TEXT, note TEXT, verification TEXT, agency TEXT, outcome TEXT)",
          "CREATE INDEX events_by_person ON events (detainee_id, position)",
          "CREATE INDEX events_by_position ON events (position)",
          "CREATE TABLE corrections (" + ENTRY + "event_id TEXT PRIMARY KEY REFERENCES events"
              + " (event_id), detainee_id TEXT NOT NULL REFERENCES people (id), recorded_on TEXT"
              + " NOT NULL, reason TEXT, replaced_by TEXT)",
          "CREATE INDEX corrections_by_person ON corrections (detainee_id, position)");

  /** Creates the migration. */
  public V1__Schema() {}

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      for (String sql : STATEMENTS) {
        s.execute(sql);
      }
    }
  }
}
