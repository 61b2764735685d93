package io.github.vigil.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be reached is said to be so, and its URL is never repeated. */
class UnreachableStoreTest {
  @TempDir Path dir;

  @Test
  void aSqliteFileInAFolderThatDoesNotExistCannotBeReached() {
    String url = "jdbc:sqlite:" + dir.resolve("no-such-folder").resolve("registry.db");
    StoreException x = assertThrows(StoreException.class, () -> RegistryStore.open(url, "documenter"));
    String m = String.valueOf(x.getMessage());
    assertTrue(m.startsWith("the store could not connect to the database: "), m);
    assertFalse(m.contains("no-such-folder"), m);
  }

  @Test
  void aPostgresqlServerThatIsNotListeningCannotBeReachedAndItsPasswordIsNotShown() {
    String url = "jdbc:postgresql://127.0.0.1:1/vigil?user=vigil&password=s3cret-pw&connectTimeout=2";
    StoreException x = assertThrows(StoreException.class, () -> RegistryStore.open(url, "documenter"));
    String m = String.valueOf(x.getMessage());
    assertTrue(m.startsWith("the store could not connect to the database: "), m);
    assertTrue(m.contains("SQL state 08001"), m);
    assertFalse(m.contains("s3cret") || m.contains("127.0.0.1"), m);
  }
}
