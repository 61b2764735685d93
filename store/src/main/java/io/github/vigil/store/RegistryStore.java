package io.github.vigil.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.core.Correction;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.InvalidCorrectionException;
import io.github.vigil.core.InvalidTransitionException;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.ReadOptions;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RecordLoader;
import io.github.vigil.io.internal.Canonical;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Records;
import io.github.vigil.io.internal.Row;
import io.github.vigil.store.internal.Sealer;
import io.github.vigil.store.internal.V1__Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import javax.crypto.SecretKey;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * A registry kept in a database: SQLite ({@code jdbc:sqlite:/path/registry.db}, one file, no
 * server) or PostgreSQL ({@code jdbc:postgresql://host/db?user=...&password=...}). The store is
 * an append-only log: facilities, people, events and corrections are added, never changed or
 * deleted, each with the position it holds in the log, the account that stored it (given by the
 * app) and the instant. Every append is one transaction, checked against what is stored by the
 * rules of docs/format.md and refused ({@link StoreRefusedException}) with the reason a file's
 * row would be rejected with; two writers appending at once to the same person are told apart
 * by an optimistic check on the person's version, and the loser retries on what the winner
 * stored.
 *
 * <p>Names, notes and the reasons of corrections are personal data. Opened with a key, the store
 * seals them with AES-GCM (the key is never stored) and only a store opened with the key shows
 * them; without it the store still loads and reports, with those values left out.
 *
 * <p>Thread-safe: each call uses its own connection.
 */
public final class RegistryStore {
  private static final String SQLITE = "jdbc:sqlite:";
  private static final int MAX_TRIES = 200;
  private static final int BATCH = 1000;
  private static final String KEY_CHECK = "key_check";
  private static final String KEY_CHECK_TEXT = "vigil-store";

  private final String url;
  private final String account;
  private final @Nullable Sealer sealer;
  private final Clock clock;
  private final boolean sealed;

  private RegistryStore(String url, String account, @Nullable Sealer sealer, Clock clock) {
    this.url = url;
    this.account = account;
    this.sealer = sealer;
    this.clock = clock;
    migrate();
    this.sealed = checkKey();
  }

  /**
   * Opens the store at {@code url} for {@code account}, creating or migrating its schema; names,
   * notes and reasons are left out of what it loads, and it refuses to store them if the store
   * keeps them sealed.
   *
   * @param url a JDBC URL, {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}
   * @param account who stores what this store object appends, 1 to 64 characters without line
   *     breaks or tabs
   * @throws IllegalArgumentException if the URL is neither SQLite nor PostgreSQL, or the account
   *     is empty, longer than 64 characters or holds a control character
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static RegistryStore open(String url, String account) {
    return new RegistryStore(checkUrl(url), checkAccount(account), null, Clock.systemUTC());
  }

  /**
   * Opens the store as {@link #open(String, String)} does, with {@code key} to seal and open
   * names, notes and reasons. The first store opened with a key keeps them sealed from then on.
   *
   * @throws IllegalArgumentException as {@link #open(String, String)}, or if {@code key} is not
   *     an AES key of 128, 192 or 256 bits
   * @throws StoreException if the database cannot be reached or migrated, or the key is not the
   *     store's
   */
  public static RegistryStore open(String url, String account, SecretKey key) {
    checkNotNull(key, "key");
    return new RegistryStore(checkUrl(url), checkAccount(account), new Sealer(key), Clock.systemUTC());
  }

  private static String checkUrl(String url) {
    checkNotNull(url, "url");
    checkArgument(
        url.startsWith(SQLITE) || url.startsWith("jdbc:postgresql:"),
        "the store's URL must start with jdbc:sqlite: or jdbc:postgresql:");
    return url;
  }

  private static String checkAccount(String account) {
    checkNotNull(account, "account");
    checkArgument(
        !account.isEmpty() && account.length() <= 64 && account.chars().noneMatch(Character::isISOControl),
        "the account must be 1 to 64 characters without control characters");
    return account;
  }

  /** Returns the account this store object appends as. */
  public String account() {
    return account;
  }

  /** Returns whether the store keeps names, notes and reasons sealed. */
  public boolean isSealed() {
    return sealed;
  }

  // ------------------------------------------------------------------------- connections

  private Connection connect() throws SQLException {
    Properties p = new Properties();
    if (url.startsWith(SQLITE)) {
      p.setProperty("journal_mode", "WAL");
      p.setProperty("busy_timeout", "60000");
      p.setProperty("transaction_mode", "IMMEDIATE");
      p.setProperty("foreign_keys", "true");
    } else if (!url.contains("reWriteBatchedInserts")) {
      p.setProperty("reWriteBatchedInserts", "true"); // an import's batches as multi-row inserts
    }
    return DriverManager.getConnection(url, p);
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one transaction; rolls back on any failure. */
  private <T> T transaction(String what, Work<T> work) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException(
        "the store could not " + what + ": " + e.getClass().getSimpleName() + " (SQL state "
            + e.getSQLState() + ", code " + e.getErrorCode() + ")", e);
  }

  private void migrate() {
    // Reach the database first, so that one that cannot be reached says so (Flyway's own error
    // would name only its exception); the message never repeats the URL, which may hold a password.
    try (Connection c = connect()) {
      c.getMetaData();
    } catch (SQLException e) {
      throw failure("connect to the database", e);
    }
    try {
      Flyway.configure(RegistryStore.class.getClassLoader())
          .dataSource(url, null, null)
          .locations("classpath:io/github/vigil/store/migration")
          .javaMigrations(new V1__Schema())
          .failOnMissingLocations(false)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException(
          "the store's schema could not be created or migrated: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Checks the key against the store's; returns whether the store keeps personal data sealed. */
  private boolean checkKey() {
    return transaction(
        "check its key",
        c -> {
          Optional<String> check = setting(c, KEY_CHECK);
          if (check.isEmpty()) {
            if (sealer != null) {
              setSetting(c, KEY_CHECK, sealer.seal(KEY_CHECK, KEY_CHECK_TEXT));
              return true;
            }
            return false;
          }
          if (sealer != null && !sealer.open(KEY_CHECK, check.get()).equals(Optional.of(KEY_CHECK_TEXT))) {
            throw new StoreException("the key given does not open this store's sealed data");
          }
          return true;
        });
  }

  private static Optional<String> setting(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
      }
    }
  }

  private static void setSetting(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement d = c.prepareStatement("DELETE FROM settings WHERE name = ?")) {
      d.setString(1, name);
      d.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)")) {
      s.setString(1, name);
      s.setString(2, value);
      s.executeUpdate();
    }
  }

  /** Takes the next position of the log; the row lock orders concurrent writers. */
  private static long nextPosition(Connection c) throws SQLException {
    return takePositions(c, 1);
  }

  /**
   * Takes the next {@code n} positions of the log at once and returns the last; the row lock
   * orders concurrent writers.
   */
  private static long takePositions(Connection c, long n) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE heads SET position = position + ? WHERE name = 'log'")) {
      s.setLong(1, n);
      s.executeUpdate();
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT position FROM heads WHERE name = 'log'")) {
      r.next();
      return r.getLong(1);
    }
  }

  // ------------------------------------------------------------------------- sealing

  /** Returns the value to store in a personal-data column. */
  private @Nullable String seal(String column, @Nullable String plain) {
    if (plain == null) {
      return null;
    }
    if (sealer != null) {
      return sealer.seal(column, plain);
    }
    if (sealed) {
      throw new StoreRefusedException(
          "this store keeps names, notes and reasons sealed: open it with its key to store " + column);
    }
    return plain;
  }

  /** Returns the value of a personal-data column as the format's text, or null when it is not shown. */
  private @Nullable String reveal(String column, @Nullable String stored) {
    if (stored == null || !Sealer.isSealed(stored)) {
      return stored;
    }
    return sealer == null ? null : sealer.open(column, stored).orElse(null);
  }

  // ------------------------------------------------------------------------- appending

  private static final List<String> FACILITY_COLUMNS = Columns.FACILITIES.columns();
  private static final List<String> PEOPLE_COLUMNS = Columns.DETAINEES.columns();
  private static final List<String> EVENT_COLUMNS = Columns.EVENTS.columns();

  private void insert(
      Connection c, String table, List<String> columns, @Nullable String[] values, long position,
      Instant at, Map<String, Object> extra) throws SQLException {
    try (Batch b = new Batch(c, table, columns, extra.keySet())) {
      b.add(values, position, at, extra.values().toArray());
    }
  }

  /**
   * Inserts rows into one table with one prepared statement, sent to the database in batches of
   * {@value #BATCH} rows (and the rest on close).
   */
  private final class Batch implements AutoCloseable {
    private final PreparedStatement statement;
    private final int columns;
    private int pending;

    Batch(Connection c, String table, List<String> columns, java.util.Collection<String> extra)
        throws SQLException {
      List<String> names = new ArrayList<>();
      for (String name : columns) {
        names.add(table.equals("events") && name.equals("id") ? "event_id" : name);
      }
      names.add("position");
      names.add("account");
      names.add("stored_at");
      names.addAll(extra);
      this.columns = columns.size();
      this.statement =
          c.prepareStatement(
              "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                  + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")");
    }

    /** Adds a row: the table's columns, then its position, account, instant and extra values. */
    void add(@Nullable String[] values, long position, Instant at, Object... extra)
        throws SQLException {
      int i = 1;
      for (int k = 0; k < columns; k++) {
        statement.setObject(i++, values[k]);
      }
      statement.setObject(i++, position);
      statement.setObject(i++, account);
      statement.setObject(i++, at.toString());
      for (Object e : extra) {
        statement.setObject(i++, e);
      }
      statement.addBatch();
      if (++pending == BATCH) {
        flush();
      }
    }

    private void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
      } finally {
        statement.close();
      }
    }
  }

  private static boolean exists(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private void addFacility(Connection c, Facility f, long position, Instant at) throws SQLException {
    if (exists(c, "SELECT 1 FROM facilities WHERE id = ?", f.id().value())) {
      throw new StoreRefusedException("duplicate facility id " + f.id());
    }
    insert(c, "facilities", FACILITY_COLUMNS, Records.values(f), position, at, Map.of());
  }

  private void addDetainee(Connection c, Detainee d, long position, Instant at) throws SQLException {
    if (exists(c, "SELECT 1 FROM people WHERE id = ?", d.id().value())) {
      throw new StoreRefusedException("duplicate detainee id " + d.id());
    }
    insert(c, "people", PEOPLE_COLUMNS, personValues(d), position, at, Map.of("version", 0L));
  }

  /** Returns the person's columns as stored, the name sealed. */
  private @Nullable String[] personValues(Detainee d) {
    @Nullable String[] values = Records.values(d);
    values[PEOPLE_COLUMNS.indexOf("name")] = seal("name", values[PEOPLE_COLUMNS.indexOf("name")]);
    return values;
  }

  /** Returns the event's columns as stored, the note sealed. */
  private @Nullable String[] eventValues(DetaineeId id, Event e) {
    @Nullable String[] values = Records.values(id, e);
    values[EVENT_COLUMNS.indexOf("note")] = seal("note", values[EVENT_COLUMNS.indexOf("note")]);
    return values;
  }

  /** Returns the columns of the correction of {@code target} as stored, the reason sealed. */
  private @Nullable String[] correctionValues(Event target) {
    @Nullable String[] v = Records.correctionValues(target);
    return new @Nullable String[] {v[0], v[1], seal("reason", v[2]), v[3]};
  }

  private void addEvent(Connection c, DetaineeId id, Event e, long position, Instant at)
      throws SQLException {
    insert(c, "events", EVENT_COLUMNS, eventValues(id, e), position, at, Map.of());
  }

  private void addCorrection(
      Connection c, DetaineeId id, Event target, long position, Instant at) throws SQLException {
    insert(
        c,
        "corrections",
        Columns.CORRECTIONS.columns(),
        correctionValues(target),
        position,
        at,
        Map.of("detainee_id", id.value()));
  }

  /**
   * Adds a facility.
   *
   * @return the position it was stored at
   * @throws StoreRefusedException if the store holds a facility with its id
   * @throws IllegalArgumentException if it holds text the format cannot hold
   * @throws StoreException if the database fails
   */
  @CanIgnoreReturnValue
  public long add(Facility facility) {
    checkNotNull(facility, "facility");
    return transaction("add a facility", c -> {
      long p = nextPosition(c);
      addFacility(c, facility, p, clock.instant());
      return p;
    });
  }

  /**
   * Adds a person, with no event yet.
   *
   * @return the position it was stored at
   * @throws StoreRefusedException if the store holds a person with their id, or keeps names
   *     sealed and was opened without its key while the person has a name
   * @throws IllegalArgumentException if it holds text the format cannot hold
   * @throws StoreException if the database fails
   */
  @CanIgnoreReturnValue
  public long add(Detainee detainee) {
    checkNotNull(detainee, "detainee");
    return transaction("add a person", c -> {
      long p = nextPosition(c);
      addDetainee(c, detainee, p, clock.instant());
      return p;
    });
  }

  /**
   * Appends {@code event} to the stored history of {@code detainee}, if it applies to it.
   *
   * @return the position it was stored at
   * @throws StoreRefusedException if the person or the facility is unknown, the event's id is
   *     taken, or the event does not apply to the stored history ("RELEASE on 2026-01-09 does
   *     not apply to P1: ...", as a file's row is rejected)
   * @throws StoreException if the database fails
   */
  @CanIgnoreReturnValue
  public long append(DetaineeId detainee, Event event) {
    checkNotNull(detainee, "detainee");
    checkNotNull(event, "event");
    checkArgument(!event.isCorrected(), "append the event, then its correction");
    return optimistic("append an event", detainee, (c, history) -> {
      if (event.facility().isPresent()
          && !exists(c, "SELECT 1 FROM facilities WHERE id = ?", event.facility().get().value())) {
        throw new StoreRefusedException("unknown facility " + event.facility().get());
      }
      if (event.id().isPresent()
          && exists(c, "SELECT 1 FROM events WHERE event_id = ?", event.id().get())) {
        throw new StoreRefusedException("duplicate event id " + event.id().get());
      }
      try {
        var unused = history.append(event);
      } catch (InvalidTransitionException e) {
        throw new StoreRefusedException(String.valueOf(e.getMessage()));
      }
      return (position, at) -> addEvent(c, detainee, event, position, at);
    });
  }

  /**
   * Retracts the event with id {@code eventId} of {@code detainee} for the reason {@code
   * correction} gives; the event stays stored, and is seen as known before the correction's date.
   *
   * @return the position it was stored at
   * @throws StoreRefusedException if the correction cannot correct the event (the reasons of
   *     {@link History#correctionRefusal})
   * @throws IllegalArgumentException if {@code correction} names a replacement: use {@link #amend}
   * @throws StoreException if the database fails
   */
  @CanIgnoreReturnValue
  public long correct(DetaineeId detainee, String eventId, Correction correction) {
    checkNotNull(detainee, "detainee");
    checkNotNull(eventId, "eventId");
    checkNotNull(correction, "correction");
    checkArgument(!correction.isAmendment(), "an amendment comes with its replacement: use amend");
    return optimistic("correct an event", detainee, (c, history) -> {
      Optional<String> refusal = history.correctionRefusal(eventId, correction);
      if (refusal.isPresent()) {
        throw new StoreRefusedException(refusal.get());
      }
      Event target = history.event(eventId).orElseThrow().correctedBy(correction);
      return (position, at) -> addCorrection(c, detainee, target, position, at);
    });
  }

  /**
   * Amends the event with id {@code eventId} of {@code detainee}: retracts it and stores {@code
   * replacement} in its stead, at one position.
   *
   * @return the position they were stored at
   * @throws StoreRefusedException if the amendment cannot apply, or the replacement's id is taken
   * @throws IllegalArgumentException if the replacement does not match the correction (see
   *     {@link History#withAmendment})
   * @throws StoreException if the database fails
   */
  @CanIgnoreReturnValue
  public long amend(DetaineeId detainee, String eventId, Correction correction, Event replacement) {
    checkNotNull(detainee, "detainee");
    checkNotNull(eventId, "eventId");
    checkNotNull(correction, "correction");
    checkNotNull(replacement, "replacement");
    return optimistic("amend an event", detainee, (c, history) -> {
      if (replacement.facility().isPresent()
          && !exists(c, "SELECT 1 FROM facilities WHERE id = ?", replacement.facility().get().value())) {
        throw new StoreRefusedException("unknown facility " + replacement.facility().get());
      }
      if (replacement.id().isPresent()
          && exists(c, "SELECT 1 FROM events WHERE event_id = ?", replacement.id().get())) {
        throw new StoreRefusedException("duplicate event id " + replacement.id().get());
      }
      try {
        var unused = history.withAmendment(eventId, correction, replacement);
      } catch (InvalidCorrectionException e) {
        throw new StoreRefusedException(String.valueOf(e.getMessage()));
      }
      Event target = history.event(eventId).orElseThrow().correctedBy(correction);
      return (position, at) -> {
        addEvent(c, detainee, replacement, position, at);
        addCorrection(c, detainee, target, position, at);
      };
    });
  }

  private interface Check {
    Write check(Connection c, History stored) throws SQLException;
  }

  private interface Write {
    void write(long position, Instant at) throws SQLException;
  }

  /**
   * Runs one append to the history of {@code detainee}: reads the person's version and stored
   * history, checks, then takes a position and moves the version on only if nobody else did in
   * between — otherwise it starts again on what the other writer stored.
   */
  private long optimistic(String what, DetaineeId detainee, Check check) {
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      long done = transaction(what, c -> {
        long version = version(c, detainee);
        History stored = history(c, detainee);
        Write write = check.check(c, stored);
        long position = nextPosition(c);
        try (PreparedStatement s =
            c.prepareStatement("UPDATE people SET version = version + 1 WHERE id = ? AND version = ?")) {
          s.setString(1, detainee.value());
          s.setLong(2, version);
          if (s.executeUpdate() != 1) {
            c.rollback();
            return -1L; // another writer moved the person's version on: start again
          }
        }
        write.write(position, clock.instant());
        return position;
      });
      if (done >= 0) {
        return done;
      }
    }
    throw new StoreException(
        "the store could not " + what + ": the person's history kept changing (" + MAX_TRIES + " tries)");
  }

  private static long version(Connection c, DetaineeId detainee) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM people WHERE id = ?")) {
      s.setString(1, detainee.value());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new StoreRefusedException("unknown detainee " + detainee);
        }
        return r.getLong(1);
      }
    }
  }

  /** Returns the stored history of {@code detainee}, without names or notes. */
  private History history(Connection c, DetaineeId detainee) throws SQLException {
    RecordLoader loader = RecordLoader.create(ReadOptions.builder().today(LocalDate.MAX).build());
    loader.detainee(Origin.of("people", 1), Map.of("id", detainee.value()));
    Set<String> facilities = new HashSet<>();
    List<Map<String, String>> events = new ArrayList<>();
    rows(c, "SELECT * FROM events WHERE detainee_id = ? ORDER BY position", detainee.value(), EVENT_COLUMNS, true, r -> {
      r.remove("note");
      if (r.containsKey("facility_id")) {
        facilities.add(r.get("facility_id"));
      }
      events.add(r);
    });
    for (String f : facilities) {
      loader.facility(Origin.of("facilities", 1), Map.of("id", f));
    }
    long line = 1;
    for (Map<String, String> e : events) {
      loader.event(Origin.of("events", line++), e);
    }
    rows(c, "SELECT * FROM corrections WHERE detainee_id = ? ORDER BY position", detainee.value(),
        Columns.CORRECTIONS.columns(), false, r -> {
          r.put("reason", "-");
          loader.correction(Origin.of("corrections", 1), r);
        });
    ReadResult result = loader.finish();
    if (!result.rejections().isEmpty()) {
      throw new StoreException(
          "the stored history of " + detainee + " does not load: " + result.rejections().get(0));
    }
    return result.registry().history(detainee).orElseThrow();
  }

  /** Reads rows of the format's {@code columns}, as the text the CSV file would hold, blanks left out. */
  private static void rows(
      Connection c, String sql, @Nullable String arg, List<String> columns, boolean events,
      Consumer<Map<String, String>> each) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(BATCH); // in a transaction, PostgreSQL's driver then streams the rows
      if (arg != null) {
        s.setString(1, arg);
      }
      try (ResultSet r = s.executeQuery()) {
        // each column's index looked up once, not by name on every row
        int[] at = new int[columns.size()];
        for (int i = 0; i < at.length; i++) {
          String col = columns.get(i);
          at[i] = r.findColumn(events && col.equals("id") ? "event_id" : col);
        }
        while (r.next()) {
          Map<String, String> out = new HashMap<>();
          for (int i = 0; i < at.length; i++) {
            String v = r.getString(at[i]);
            if (v != null) {
              out.put(columns.get(i), v);
            }
          }
          each.accept(out);
        }
      }
    }
  }

  // ------------------------------------------------------------------------- importing

  /**
   * Stores every facility, person, event and correction of {@code registry}, and its country and
   * name, in one transaction: all or nothing. Events come in the order of each person's
   * history, an amendment's replacing event where the history holds it (so that the store
   * exported again gives the same files); the corrections come last, by recording date.
   *
   * @return the position of the last entry stored
   * @throws StoreRefusedException if the store already holds one of its facilities, people or
   *     event ids, or keeps names sealed and was opened without its key
   * @throws StoreException if the database fails
   */
  @CanIgnoreReturnValue
  public long importRegistry(Registry registry) {
    checkNotNull(registry, "registry");
    return transaction("import the registry", c -> {
      Instant at = clock.instant();
      if (registry.country().isPresent()) {
        setSetting(c, "country", registry.country().get());
      }
      if (registry.name().isPresent()) {
        setSetting(c, "name", registry.name().get());
      }
      List<String> facilityIds = new ArrayList<>();
      registry.facilities().forEach(f -> facilityIds.add(f.id().value()));
      List<String> detaineeIds = new ArrayList<>();
      List<String> eventIds = new ArrayList<>();
      List<Event> corrected = new ArrayList<>();
      Map<String, DetaineeId> owners = new HashMap<>();
      long entries = facilityIds.size();
      for (Detainee d : registry.detainees()) {
        detaineeIds.add(d.id().value());
        for (Event e : registry.history(d.id()).orElseThrow().eventsWithClaims()) {
          entries++;
          if (e.isCorrected()) {
            corrected.add(e);
            entries++;
          }
          e.id().ifPresent(id -> {
            owners.put(id, d.id());
            eventIds.add(id);
          });
        }
      }
      entries += detaineeIds.size();
      refuseHeld(c, "facilities", "id", facilityIds, "duplicate facility id ");
      refuseHeld(c, "people", "id", detaineeIds, "duplicate detainee id ");
      refuseHeld(c, "events", "event_id", eventIds, "duplicate event id ");
      // the positions of every entry at once, in the order they are stored
      long p = takePositions(c, entries) - entries;
      try (Batch b = new Batch(c, "facilities", FACILITY_COLUMNS, List.of())) {
        for (Facility f : registry.facilities()) {
          b.add(Records.values(f), ++p, at);
        }
      }
      try (Batch b = new Batch(c, "people", PEOPLE_COLUMNS, List.of("version"))) {
        for (Detainee d : registry.detainees()) {
          b.add(personValues(d), ++p, at, 0L);
        }
      }
      try (Batch b = new Batch(c, "events", EVENT_COLUMNS, List.of())) {
        for (Detainee d : registry.detainees()) {
          for (Event e : registry.history(d.id()).orElseThrow().eventsWithClaims()) {
            b.add(eventValues(d.id(), e.uncorrected()), ++p, at);
          }
        }
      }
      corrected.sort(java.util.Comparator.comparing(e -> e.correction().orElseThrow().recordedOn()));
      try (Batch b = new Batch(c, "corrections", Columns.CORRECTIONS.columns(), List.of("detainee_id"))) {
        for (Event e : corrected) {
          DetaineeId owner = checkNotNull(owners.get(e.id().orElseThrow()));
          b.add(correctionValues(e), ++p, at, owner.value());
        }
      }
      return p;
    });
  }

  /**
   * Refuses the import if the store holds one of {@code ids} in {@code table}'s {@code column},
   * asking in chunks.
   */
  private static void refuseHeld(
      Connection c, String table, String column, List<String> ids, String refusal) throws SQLException {
    int chunk = 500;
    for (int from = 0; from < ids.size(); from += chunk) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + chunk));
      String sql =
          "SELECT " + column + " FROM " + table + " WHERE " + column + " IN ("
              + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < part.size(); i++) {
          s.setString(i + 1, part.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            throw new StoreRefusedException(refusal + r.getString(1));
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------- loading

  /**
   * Loads the stored registry in one pass (facilities, people, events, corrections, each in
   * position order), through the same loader that reads files, so that the registry is the one
   * the store's entries make as a registry folder.
   *
   * @throws StoreException if the database fails, or what is stored does not load without a
   *     rejection (which only a change made outside the store can cause)
   */
  public StoreLoad load() {
    Loaded l = loaded();
    if (!l.result.rejections().isEmpty()) {
      Rejection first = l.result.rejections().get(0);
      throw new StoreException(
          "the store holds entries that do not load (" + l.result.rejections().size() + "), first: "
              + first.reason());
    }
    return new StoreLoad(l.result.registry(), l.position);
  }

  /**
   * Reads the stored registry in one pass as {@link #load()} does, and returns it as the file
   * reader would: with a rejection for every entry that does not load (none, unless the database
   * was changed outside the store) and counts per table ({@code facilities}, {@code people},
   * {@code events}, {@code corrections}).
   *
   * @throws StoreException if the database fails
   */
  public ReadResult read() {
    return loaded().result;
  }

  private static final class Loaded {
    final ReadResult result;
    final long position;

    Loaded(ReadResult result, long position) {
      this.result = result;
      this.position = position;
    }
  }

  private Loaded loaded() {
    return transaction("load the registry", c -> {
      long position;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT position FROM heads WHERE name = 'log'")) {
        r.next();
        position = r.getLong(1);
      }
      RecordLoader loader = RecordLoader.create(ReadOptions.builder().today(LocalDate.MAX).build());
      setting(c, "country").ifPresent(loader::country);
      setting(c, "name").ifPresent(loader::name);
      rows(c, "SELECT * FROM facilities WHERE position <= " + position + " ORDER BY position", null,
          FACILITY_COLUMNS, false, r -> loader.facility(Origin.of("facilities", 1), r));
      rows(c, "SELECT * FROM people WHERE position <= " + position + " ORDER BY position", null,
          PEOPLE_COLUMNS, false, r -> {
            openColumn(r, "name");
            loader.detainee(Origin.of("people", 1), r);
          });
      long[] line = {1};
      rows(c, "SELECT * FROM events WHERE position <= " + position + " ORDER BY position", null,
          EVENT_COLUMNS, true, r -> {
            openColumn(r, "note");
            loader.event(Origin.of("events", line[0]++), r);
          });
      rows(c, "SELECT * FROM corrections WHERE position <= " + position + " ORDER BY position", null,
          Columns.CORRECTIONS.columns(), false, r -> {
            if (openColumn(r, "reason")) {
              r.put("reason", "(sealed)");
            }
            loader.correction(Origin.of("corrections", 1), r);
          });
      return new Loaded(loader.finish(), position);
    });
  }

  /** Opens a sealed column of {@code r} in place; returns whether it was sealed and left out. */
  private boolean openColumn(Map<String, String> r, String column) {
    String v = r.get(column);
    if (v == null) {
      return false;
    }
    String plain = reveal(column, v);
    if (plain == null) {
      r.remove(column);
      return true;
    }
    r.put(column, plain);
    return false;
  }

  /**
   * Returns {@code load} brought up to date: the entries stored after its position applied to
   * its registry in position order, in time proportional to those entries (and the histories
   * they touch), not to the store.
   *
   * @throws StoreException if the database fails, or an entry does not apply to the registry
   *     (which is not the store's, or was changed outside it)
   */
  public StoreLoad catchUp(StoreLoad load) {
    checkNotNull(load, "load");
    return transaction("catch up", c -> {
      long from = load.position();
      TreeEntries entries = new TreeEntries();
      Canonical canonical = new Canonical();
      LocalDate today = LocalDate.MAX;
      List<String> problems = new ArrayList<>();
      rows(c, "SELECT * FROM facilities WHERE position > " + from, null, withPosition(FACILITY_COLUMNS),
          false, r -> entries.add(r, Records.facility(Row.of(Columns.FACILITIES, 2, strip(r)), problems)
              .orElseThrow(() -> broken(problems))));
      rows(c, "SELECT * FROM people WHERE position > " + from, null, withPosition(PEOPLE_COLUMNS),
          false, r -> {
            openColumn(r, "name");
            entries.add(r, Records.detainee(Row.of(Columns.DETAINEES, 2, strip(r)), problems, canonical)
                .orElseThrow(() -> broken(problems)));
          });
      rows(c, "SELECT * FROM events WHERE position > " + from, null, withPosition(EVENT_COLUMNS),
          true, r -> {
            openColumn(r, "note");
            entries.add(r, Records.event(Row.of(Columns.EVENTS, 2, strip(r)), problems, canonical, today)
                .orElseThrow(() -> broken(problems)));
          });
      rows(c, "SELECT * FROM corrections WHERE position > " + from, null,
          withPosition(Columns.CORRECTIONS.columns()), false, r -> {
            if (openColumn(r, "reason")) {
              r.put("reason", "(sealed)");
            }
            entries.add(r, Records.correction(Row.of(Columns.CORRECTIONS, 2, strip(r)), problems, canonical, today)
                .orElseThrow(() -> broken(problems)));
          });
      Registry registry = load.registry();
      long last = from;
      for (Map.Entry<Long, List<Object>> at : entries.byPosition.entrySet()) {
        registry = entries.apply(registry, at.getValue());
        last = at.getKey();
      }
      return new StoreLoad(registry, Math.max(last, from));
    });
  }

  private static List<String> withPosition(List<String> columns) {
    List<String> out = new ArrayList<>(columns);
    out.add("position");
    return out;
  }

  private static Map<String, String> strip(Map<String, String> r) {
    Map<String, String> out = new HashMap<>(r);
    out.remove("position");
    return out;
  }

  private static StoreException broken(List<String> problems) {
    return new StoreException("the store holds an entry that does not read: " + String.join("; ", problems));
  }

  /** The entries read by {@link #catchUp}, by position. */
  private static final class TreeEntries {
    final java.util.TreeMap<Long, List<Object>> byPosition = new java.util.TreeMap<>();

    void add(Map<String, String> row, Object entry) {
      byPosition.computeIfAbsent(Long.parseLong(row.get("position")), k -> new ArrayList<>(1)).add(entry);
    }

    Registry apply(Registry registry, List<Object> at) {
      Records.@Nullable CorrectionRow correction = null;
      Records.@Nullable EventRow event = null;
      for (Object o : at) {
        if (o instanceof Facility f) {
          registry = registry.withFacility(f);
        } else if (o instanceof Detainee d) {
          registry = registry.withDetainee(d);
        } else if (o instanceof Records.EventRow e) {
          event = e;
        } else if (o instanceof Records.CorrectionRow cr) {
          correction = cr;
        }
      }
      try {
        if (correction != null) {
          DetaineeId owner = owner(registry, correction.eventId());
          if (event != null) {
            return registry.withAmendment(owner, correction.eventId(), correction.correction(), event.event());
          }
          return registry.withCorrection(owner, correction.eventId(), correction.correction());
        }
        if (event != null) {
          return registry.withEvent(event.detainee(), event.event());
        }
        return registry;
      } catch (RuntimeException e) {
        throw new StoreException("an entry stored since does not apply: " + e.getMessage(), e);
      }
    }

    private static DetaineeId owner(Registry registry, String eventId) {
      for (Detainee d : registry.detainees()) {
        if (registry.history(d.id()).orElseThrow().event(eventId).isPresent()) {
          return d.id();
        }
      }
      throw new StoreException("a correction names an event the registry does not hold: " + eventId);
    }
  }

  // ------------------------------------------------------------------------- history

  /**
   * Returns the audit trail of {@code detainee}: the entry that added them, their events and the
   * corrections of their events, in position order — ids, types, dates, accounts and instants;
   * never a name, a note or a reason.
   *
   * @throws StoreException if the database fails
   */
  public List<AuditEntry> history(DetaineeId detainee) {
    checkNotNull(detainee, "detainee");
    return transaction("read a history", c -> {
      List<AuditEntry> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT position, account, stored_at FROM people WHERE id = ?")) {
        s.setString(1, detainee.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(entry(r, AuditEntry.Kind.PERSON).build());
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(
          "SELECT position, account, stored_at, event_id, type, date, recorded_on FROM events"
              + " WHERE detainee_id = ?")) {
        s.setString(1, detainee.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ImmutableAuditEntry.Builder b = entry(r, AuditEntry.Kind.EVENT)
                .type(r.getString("type"))
                .date(LocalDate.parse(r.getString("date")));
            Optional.ofNullable(r.getString("event_id")).ifPresent(b::eventId);
            Optional.ofNullable(r.getString("recorded_on")).map(LocalDate::parse).ifPresent(b::recordedOn);
            out.add(b.build());
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(
          "SELECT position, account, stored_at, event_id, recorded_on, replaced_by FROM corrections"
              + " WHERE detainee_id = ?")) {
        s.setString(1, detainee.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ImmutableAuditEntry.Builder b = entry(r, AuditEntry.Kind.CORRECTION)
                .eventId(r.getString("event_id"))
                .recordedOn(LocalDate.parse(r.getString("recorded_on")));
            Optional.ofNullable(r.getString("replaced_by")).ifPresent(b::replacedBy);
            out.add(b.build());
          }
        }
      }
      // at one position an amendment stores the replacing event, then the correction
      out.sort(java.util.Comparator.comparingLong(AuditEntry::position)
          .thenComparing(AuditEntry::kind));
      return out;
    });
  }

  private static ImmutableAuditEntry.Builder entry(ResultSet r, AuditEntry.Kind kind) throws SQLException {
    return ImmutableAuditEntry.builder()
        .position(r.getLong("position"))
        .kind(kind)
        .account(r.getString("account"))
        .storedAt(Instant.parse(r.getString("stored_at")));
  }

  /** Returns the kind of database and the account; never the URL (it may hold a password). */
  @Override
  public String toString() {
    return "RegistryStore{" + url.substring(5, url.indexOf(':', 5)).toUpperCase(Locale.ROOT)
        + ", account=" + account + (sealed ? ", sealed" : "") + "}";
  }
}
