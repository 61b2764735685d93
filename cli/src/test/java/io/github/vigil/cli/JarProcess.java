package io.github.vigil.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded {@code vigil.jar} as a separate process, as a user would: its path is the
 * system property {@code vigil.jar}, set by the integration-test execution (after package).
 */
final class JarProcess {
  static final String JAR_PROPERTY = "vigil.jar";
  static final Path JAR = Path.of(System.getProperty(JAR_PROPERTY, "target/vigil.jar"));

  private JarProcess() {}

  /** Returns whether the jar was packaged for this run. */
  static boolean available() {
    return System.getProperty(JAR_PROPERTY) != null;
  }

  /**
   * Runs {@code java [jvm] -jar vigil.jar args}, its standard output going to {@code out} (a file
   * to read back, or {@code /dev/full}), and returns its exit code, output (when {@code out} is a
   * file under {@code temp} smaller than 16 MB; otherwise empty) and error.
   */
  static Vigil run(Path temp, List<String> jvm, File out, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    Path err = Files.createTempFile(temp, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("vigil " + String.join(" ", args) + " did not finish");
    }
    // a file under temp is read back, unless it is too large to hold (then read it in parts)
    boolean readable =
        out.isFile() && out.toPath().startsWith(temp) && out.length() < 16 * 1024 * 1024;
    return new Vigil(
        p.exitValue(),
        readable ? Files.readString(out.toPath(), StandardCharsets.UTF_8) : "",
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Runs {@code java -jar vigil.jar args}, keeping its output. */
  static Vigil run(Path temp, String... args) throws IOException, InterruptedException {
    return run(temp, List.of(), Files.createTempFile(temp, "out", ".txt").toFile(), List.of(args));
  }
}
