package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil store import|export}, {@code --db} and {@code vigil history}, on SQLite and on
 * the PostgreSQL server {@code .ci/run} starts (or {@code VIGIL_TEST_POSTGRES_URL}).
 */
class StoreCommandTest {
  static final String SERVER =
      System.getenv().getOrDefault(
          "VIGIL_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/vigil_test?user=vigil&password=vigil");

  @TempDir Path dir;

  private String postgres() throws SQLException {
    String schema = "c_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return SERVER + "&currentSchema=" + schema;
  }

  private List<String> urls() throws SQLException {
    return List.of("jdbc:sqlite:" + dir.resolve("registry.db"), postgres());
  }

  @Test
  void theBundledSampleImportedIntoEachDatabaseReportsTheSameNumbersAsFromFiles() throws Exception {
    Path folder = dir.resolve("sample");
    Vigil exported = Vigil.run("store", "export", "--db", "jdbc:sqlite:" + dir.resolve("none.db"), "--to", folder.toString());
    assertEquals(ExitCode.USAGE, exported.code(), "a missing SQLite file is not created on export");
    // the bundled sample as a folder, written by Vigil
    Path sample = dir.resolve("written");
    copySample(sample);
    for (String url : urls()) {
      Vigil imported = Vigil.run("store", "import", "--from", sample.toString(), "--db", url, "--account", "importer");
      assertEquals(ExitCode.OK, imported.code(), imported.err());
      for (List<String> args : List.of(
          List.of("report", "--format", "json", "--since", "2025-06-01"),
          List.of("report", "--as-of", "2026-01-10", "--known-as-of", "2026-01-08"),
          List.of("risk", "--format", "json"))) {
        List<String> files = new ArrayList<>(args);
        files.addAll(List.of("--registry", sample.toString()));
        List<String> db = new ArrayList<>(args);
        db.addAll(List.of("--db", url));
        Vigil fromFiles = Vigil.run(files.toArray(new String[0]));
        Vigil fromDb = Vigil.run(db.toArray(new String[0]));
        assertEquals(fromFiles.code(), fromDb.code(), args.toString());
        assertEquals(fromFiles.out(), fromDb.out(), args + " " + url.substring(0, 12));
      }
      Vigil validate = Vigil.run("validate", "--db", url);
      assertEquals(ExitCode.OK, validate.code(), validate.out());
      Path back = dir.resolve("back" + url.length());
      Vigil export = Vigil.run("store", "export", "--db", url, "--to", back.toString());
      assertEquals(ExitCode.OK, export.code(), export.err());
      for (String f : List.of("facilities.csv", "detainees.csv", "events.csv", "registry.properties")) {
        assertEquals(Files.readString(sample.resolve(f)), Files.readString(back.resolve(f)), f);
      }
      Vigil again = Vigil.run("store", "import", "--from", sample.toString(), "--db", url);
      assertEquals(ExitCode.REJECTED, again.code(), "the ids are stored already: " + again.err());
    }
  }

  /** Writes the bundled sample as a folder, through the command line's own export of it. */
  private static void copySample(Path to) throws IOException {
    Path source = Path.of("src/main/resources/sample-registry");
    Files.createDirectories(to);
    io.github.vigil.io.RegistryWriter.writeFolder(
        io.github.vigil.io.RegistryReader.read(source).registry(), to);
  }

  @Test
  void historyPrintsAPersonsEntriesAndCorrectionsWithIdsOnly() throws Exception {
    Path f = dir.resolve("reg");
    Files.createDirectories(f);
    Files.writeString(f.resolve("facilities.csv"), "id,kind\nhelicoide,INTELLIGENCE\n", StandardCharsets.UTF_8);
    Files.writeString(f.resolve("detainees.csv"), "id,name\nP0001,Ana Secretname\n", StandardCharsets.UTF_8);
    Files.writeString(
        f.resolve("events.csv"),
        """
        detainee_id,date,type,facility_id,note,id
        P0001,2025-03-01,ARREST,helicoide,seen by Ana Secretname's sister,e1
        P0001,2026-01-09,RELEASE,,,e2
        P0001,2026-01-11,RELEASE,,,e3
        """,
        StandardCharsets.UTF_8);
    Files.writeString(f.resolve("corrections.csv"),
        "event_id,recorded_on,reason,replaced_by\ne2,2026-01-11,Ana Secretname was still held,e3\n",
        StandardCharsets.UTF_8);
    for (String url : urls()) {
      assertEquals(ExitCode.OK, Vigil.run("store", "import", "--from", f.toString(), "--db", url, "--account", "ana.documenter").code());
      Vigil history = Vigil.run("history", "--id", "P0001", "--db", url);
      assertEquals(ExitCode.OK, history.code(), history.err());
      List<String> lines = history.out().lines().toList();
      assertEquals(6, lines.size(), history.out());
      assertEquals("position\tstored_at\taccount\tentry", lines.get(0));
      assertTrue(lines.get(1).endsWith("\tana.documenter\tPERSON"), lines.get(1));
      assertTrue(lines.get(2).endsWith("\tARREST 2025-03-01 id=e1 recorded_on=2025-03-01"), lines.get(2));
      assertTrue(lines.get(3).endsWith("\tRELEASE 2026-01-09 id=e2 recorded_on=2026-01-09"), history.out());
      assertTrue(lines.get(4).endsWith("\tRELEASE 2026-01-11 id=e3 recorded_on=2026-01-11"), history.out());
      assertTrue(lines.get(5).endsWith("\tAMENDS e2 recorded_on=2026-01-11 replaced_by=e3"), history.out());
      assertFalse(history.out().contains("Secretname") || history.out().contains("sister"), history.out());
      System.out.println("vigil history --id P0001 (" + url.substring(5, 11) + "):\n" + history.out());
      assertEquals(ExitCode.REJECTED, Vigil.run("history", "--id", "P9", "--db", url).code());
    }
  }
}
