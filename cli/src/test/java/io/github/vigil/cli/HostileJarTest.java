package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code vigil} jar, run as a process, against what a shell can do to it: standard output on
 * a full disk or closed, and files of millions of bad rows or keys in a small heap.
 */
class HostileJarTest {
  private static final File DEV_FULL = new File("/dev/full");

  @TempDir Path temp;

  @BeforeAll
  static void onlyOnceTheJarIsPackaged() {
    assumeTrue(JarProcess.available(), "runs in the integration-test phase");
  }

  private static void assertOneLineFailure(Vigil run, String what) {
    assertEquals(ExitCode.INTERNAL, run.code(), what + ": " + run.err());
    assertEquals(1, run.err().lines().count(), what + ": " + run.err());
    assertTrue(run.err().contains("the output could not be written"), what + ": " + run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void everyCommandWritingToAFullDiskFailsWithOneLine() throws Exception {
    assumeTrue(DEV_FULL.exists(), "/dev/full exists on Linux");
    for (List<String> args :
        List.of(
            List.of("report", "--format", "json"),
            List.of("report"),
            List.of("chart"),
            List.of("chart", "--format", "png", "--output", "/dev/full"),
            List.of("validate"),
            List.of("risk", "--format", "json"),
            List.of("survival"),
            List.of("survival", "--data", "src/test/resources/survival/lung-data.csv", "--time",
                "time", "--event", "status"),
            List.of("--help"),
            List.of("help", "report"),
            List.of("--version"))) {
      assertOneLineFailure(JarProcess.run(temp, List.of(), DEV_FULL, args), String.join(" ", args));
    }
  }

  @Test
  void aCommandWhoseStandardOutputIsClosedFailsWithOneLine() throws Exception {
    // the shell's >&-: the process starts with file descriptor 1 closed
    Path script = temp.resolve("closed.sh");
    Files.writeString(
        script,
        "exec \"$1\" -jar \"$2\" report --format json >&- 2>\"$3\"\n",
        StandardCharsets.UTF_8);
    Path err = temp.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                "sh",
                script.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                JarProcess.JAR.toString(),
                err.toString())
            .start();
    assertEquals(ExitCode.INTERNAL, p.waitFor(), Files.readString(err));
    assertEquals(1, Files.readAllLines(err).size(), Files.readString(err));
    assertTrue(Files.readString(err).contains("the output could not be written"), Files.readString(err));
  }

  /** A registry whose events.csv holds two million rows of one field: 4 MB of bad rows. */
  private Path twoMillionBadRows() throws IOException {
    Path r = Files.createDirectories(temp.resolve("bad"));
    Files.writeString(r.resolve("facilities.csv"), "id\n");
    Files.writeString(r.resolve("detainees.csv"), "id\n");
    try (BufferedWriter w = Files.newBufferedWriter(r.resolve("events.csv"))) {
      w.write("detainee_id,date,type\n");
      for (int i = 0; i < 2_000_000; i++) {
        w.write("x\n");
      }
    }
    return r;
  }

  @Test
  void twoMillionBadRowsAreValidatedAndReportedIn256Megabytes() throws Exception {
    Path r = twoMillionBadRows();
    File out = temp.resolve("validate.txt").toFile();
    Vigil validate =
        JarProcess.run(temp, List.of("-Xmx256m"), out, List.of("validate", "--registry", r.toString()));
    assertEquals(ExitCode.REJECTED, validate.code(), validate.err());
    assertEquals(
        "vigil validate: more than 100000 rows rejected: they are listed as they are found, not sorted\n",
        validate.err());
    String tail = tail(out, 200);
    assertTrue(tail.endsWith("total: read 2000000, accepted 0, rejected 2000000\n"), tail);
    try (var lines = Files.lines(out.toPath())) {
      assertEquals(2_000_000 + 4, lines.count());
    }
    try (var lines = Files.lines(out.toPath())) {
      assertEquals(
          "events.csv:2: the row has 1 fields but the header has 3 columns",
          lines.findFirst().orElseThrow());
    }

    Vigil report =
        JarProcess.run(
            temp,
            List.of("-Xmx256m"),
            temp.resolve("report.json").toFile(),
            List.of("report", "--registry", r.toString(), "--format", "json"));
    assertEquals(ExitCode.OK, report.code(), report.err());
    assertTrue(report.out().contains("\"rejectedRows\":2000000"), report.out());
  }

  @Test
  void aRecordOfTwoMillionUnknownKeysIsRejectedIn256Megabytes() throws Exception {
    Path json = temp.resolve("registry.json");
    try (BufferedWriter w = Files.newBufferedWriter(json)) {
      w.write("{\"formatVersion\":1,\"facilities\":[],\"detainees\":[],\"events\":[{\"detainee_id\":\"A\"");
      for (int i = 0; i < 2_000_000; i++) {
        w.write(",\"k" + i + "\":1");
      }
      w.write("}]}");
    }
    Vigil run =
        JarProcess.run(
            temp,
            List.of("-Xmx256m"),
            temp.resolve("out.txt").toFile(),
            List.of("validate", "--registry", json.toString()));
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    // the format's own keys grow with its optional columns: only the shape of the reason is fixed
    assertTrue(
        run.out()
            .matches(
                "(?s)registry\\.json#events:2: the record has more than 100 keys \\(a record of events has at"
                    + " most \\d+\\)\n.*"),
        run.out());
    assertTrue(run.out().contains("warning: registry.json#events: and 89 more unknown keys are ignored\n"), run.out());
    assertTrue(run.out().lines().count() < 20, run.out());
  }

  private static String tail(File file, int bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file, "r")) {
      long start = Math.max(0, f.length() - bytes);
      byte[] b = new byte[(int) (f.length() - start)];
      f.seek(start);
      f.readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }
  }
}
