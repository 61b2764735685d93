package io.github.vigil.benchmarks;

import io.github.vigil.conditions.FreedomCategory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The peer an analyst would reach for: DuckDB, in memory, through its JDBC driver. It loads the
 * same CSV files with {@code read_csv} and counts categories with one SQL query.
 *
 * <p>What the query models. It keeps the events seen as of D known on K ({@code date <= D} and
 * {@code coalesce(recorded_on, date) <= K}) and orders each person's events by date and then
 * file order (a row number taken at load). Per person, aggregates take the custody state from
 * the last {@code ARREST}/{@code RELEASE}/{@code EXILE}/{@code DEATH}, whereabouts from the last
 * {@code ARREST}/{@code TRANSFER}/{@code WHEREABOUTS_*}, a pending order from a {@code
 * RELEASE_ORDER} after the last custody change, and the open case from the last {@code
 * ARREST}/{@code CASE_CLOSED}, all in one {@code GROUP BY} with {@code arg_max}/{@code max}
 * over the key (date, file order). For people whose last custody change is a release, the events
 * from that release on are joined back; a release without measures takes those of a release
 * order after the last arrest; the measure lists are split into codes, and a code is active
 * when it was added (by that release or {@code MEASURE_IMPOSED}) and not lifted since.
 *
 * <p>What it does not model. It does not replay the state machine: it assumes every seen event
 * applies. That is exact when each person's seen events are a prefix of a valid history — true
 * of the generated registries, whose recording dates never decrease within a history — but on
 * a view that skips events (a source filter, or a late-recorded arrest whose later events were
 * recorded on time) it counts a state that Vigil and the floor, which skip events that do not
 * apply, would not reach. It computes only what the category counts need.
 *
 * <p>Not thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // counts live in arrays indexed by category, on purpose
public final class DuckDbWorkloads implements AutoCloseable {
  private final Connection connection;

  /**
   * Opens an in-memory database.
   *
   * @throws SQLException if DuckDB cannot start
   */
  public DuckDbWorkloads() throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
  }

  /**
   * Loads facilities.csv, detainees.csv and events.csv from {@code folder} into tables, replacing
   * any loaded before, and returns the number of events.
   *
   * @throws SQLException if a file cannot be read
   */
  public long load(Path folder) throws SQLException {
    String dir = folder.toAbsolutePath().toString().replace("'", "''");
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TABLE facilities AS SELECT * FROM read_csv('"
              + dir
              + "/facilities.csv', header = true, all_varchar = true)");
      s.execute(
          "CREATE OR REPLACE TABLE detainees AS SELECT * FROM read_csv('"
              + dir
              + "/detainees.csv', header = true,"
              + " types = {'id': 'VARCHAR', 'birth_date': 'DATE'})");
      s.execute(
          "CREATE OR REPLACE TABLE events AS SELECT row_number() OVER () AS seq, * FROM read_csv('"
              + dir
              + "/events.csv', header = true,"
              + " types = {'detainee_id': 'VARCHAR', 'date': 'DATE', 'type': 'VARCHAR',"
              + " 'facility_id': 'VARCHAR', 'measures': 'VARCHAR', 'source': 'VARCHAR',"
              + " 'recorded_on': 'DATE', 'date_precision': 'VARCHAR', 'note': 'VARCHAR'})");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * Returns the category counts as of {@code asOf}, as known on {@code knownOn}, by the query
   * described on this class.
   *
   * @throws SQLException if the query fails
   */
  public CategoryCounts report(LocalDate asOf, LocalDate knownOn) throws SQLException {
    long[] counts = new long[FreedomCategory.values().length];
    long population = 0;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(query(asOf, knownOn))) {
      while (r.next()) {
        long n = r.getLong(2);
        counts[FreedomCategory.valueOf(r.getString(1)).ordinal()] += n;
        population += n;
      }
    }
    return CategoryCounts.of(population, counts);
  }

  /** Returns the SQL of {@link #report}. */
  public static String query(LocalDate asOf, LocalDate knownOn) {
    return """
        WITH seen AS (
          SELECT detainee_id AS p,
                 (date_diff('day', DATE '1970-01-01', date)::BIGINT << 32) + seq AS k,
                 type AS t,
                 nullif(trim(measures), '') AS m
          FROM events
          WHERE date <= DATE '%1$s' AND coalesce(recorded_on, date) <= DATE '%2$s'),
        per AS (
          SELECT p,
            arg_max(t, k) FILTER (WHERE t IN ('ARREST', 'RELEASE', 'EXILE', 'DEATH')) AS custody,
            max(k) FILTER (WHERE t IN ('ARREST', 'RELEASE', 'EXILE', 'DEATH')) AS custody_k,
            arg_max(t, k) FILTER (WHERE t IN ('ARREST', 'TRANSFER', 'WHEREABOUTS_UNKNOWN',
                                              'WHEREABOUTS_CONFIRMED')) AS whereabouts,
            max(k) FILTER (WHERE t = 'ARREST') AS arrest_k,
            max(k) FILTER (WHERE t = 'RELEASE_ORDER') AS order_k,
            arg_max(coalesce(m, ''), k) FILTER (WHERE t = 'RELEASE_ORDER') AS order_m,
            arg_max(t, k) FILTER (WHERE t IN ('ARREST', 'CASE_CLOSED')) AS case_event,
            max(k) FILTER (WHERE t IN ('ARREST', 'RELEASE', 'CASE_CLOSED')) AS clear_k
          FROM seen GROUP BY p),
        changes AS (
          SELECT s.p, s.k, s.t,
            CASE WHEN s.t = 'RELEASE' AND s.m IS NULL
                 THEN CASE WHEN per.order_k > per.arrest_k THEN per.order_m ELSE '' END
                 ELSE s.m END AS m
          FROM seen s JOIN per ON s.p = per.p AND s.k >= per.clear_k
          WHERE per.custody = 'RELEASE'
            AND s.t IN ('RELEASE', 'MEASURE_IMPOSED', 'MEASURE_LIFTED')),
        codes AS (
          SELECT p, k, t, trim(split_part(raw, '(', 1)) AS code FROM (
            SELECT p, k, t, unnest(string_split(m, ';')) AS raw FROM changes WHERE m <> '')),
        active AS (
          SELECT p, code FROM codes
          GROUP BY p, code
          HAVING max(k) FILTER (WHERE t <> 'MEASURE_LIFTED')
                 > coalesce(max(k) FILTER (WHERE t = 'MEASURE_LIFTED'), -1)),
        measures AS (
          SELECT p, bool_or(code = 'HOUSE_ARREST') AS house_arrest FROM active GROUP BY p)
        SELECT CASE
            WHEN custody = 'DEATH' THEN 'DECEASED'
            WHEN custody = 'EXILE' THEN 'EXILED'
            WHEN custody = 'ARREST' THEN CASE
                WHEN whereabouts = 'WHEREABOUTS_UNKNOWN' THEN 'WHEREABOUTS_UNKNOWN'
                WHEN order_k > custody_k THEN 'RELEASE_PENDING'
                ELSE 'DETAINED' END
            WHEN ms.house_arrest THEN 'HOUSE_ARREST'
            WHEN ms.p IS NOT NULL OR case_event = 'ARREST' THEN 'CONDITIONAL'
            ELSE 'FULL' END AS category,
          count(*) AS n
        FROM per LEFT JOIN measures ms ON ms.p = per.p
        WHERE custody IS NOT NULL
        GROUP BY 1
        """
        .formatted(asOf, knownOn);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
