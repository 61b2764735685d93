package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's packages are {@code @CheckReturnValue}: code that drops a value the core returns (a
 * registry or history "changed" by a {@code with...} or {@code append} that changes nothing) does
 * not compile under Error Prone. Each test compiles a small file against the core's classes with
 * {@code javac} and Error Prone, as the build does (Error Prone comes from the test class path,
 * the compiler flags from {@code .mvn/jvm.config}).
 */
class CheckReturnValueTest {
  @Test
  void droppingTheRegistryThatWithEventReturnsDoesNotCompile(@TempDir Path dir) throws Exception {
    Compilation c =
        compile(
            dir,
            "example/Dropped.java",
            """
            package example;

            import io.github.vigil.core.DetaineeId;
            import io.github.vigil.core.Event;
            import io.github.vigil.core.History;
            import io.github.vigil.core.Registry;

            class Dropped {
              static Registry add(Registry registry, DetaineeId a, Event e, History h) {
                registry.withEvent(a, e);
                h.append(e);
                return registry;
              }
            }
            """);
    assertNotEquals(0, c.exitCode, c.output);
    assertTrue(c.output.contains("Dropped.java:10: error: [CheckReturnValue]"), c.output);
    assertTrue(c.output.contains("Dropped.java:11: error: [CheckReturnValue]"), c.output);
  }

  @Test
  void usingTheResultOrABuildersChainedSetterCompiles(@TempDir Path dir) throws Exception {
    Compilation c =
        compile(
            dir,
            "example/Used.java",
            """
            package example;

            import io.github.vigil.core.DetaineeId;
            import io.github.vigil.core.Event;
            import io.github.vigil.core.History;
            import io.github.vigil.core.Registry;

            class Used {
              static Registry add(Registry registry, DetaineeId a, Event e, History.Builder h) {
                h.add(e);
                Registry.Builder b = Registry.builder();
                b.country("VE");
                return registry.withEvent(a, e);
              }
            }
            """);
    assertEquals(0, c.exitCode, c.output);
  }

  record Compilation(int exitCode, String output) {}

  private static Compilation compile(Path dir, String name, String source)
      throws IOException, InterruptedException, URISyntaxException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    for (String line :
        Files.readAllLines(Path.of(System.getProperty("user.dir")).resolveSibling(".mvn/jvm.config"))) {
      if (!line.isBlank()) {
        command.add("-J" + line.strip().replace(' ', '='));
      }
    }
    command.addAll(
        List.of(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-Xplugin:ErrorProne",
            "-proc:none",
            "-processorpath",
            processorPath(),
            "-classpath",
            classPath(),
            "-d",
            dir.resolve("classes").toString(),
            file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("javac did not finish in 5 minutes");
    }
    return new Compilation(p.exitValue(), output);
  }

  /** Returns the test's class and module paths: Error Prone and everything it needs. */
  private static String processorPath() {
    String classes = System.getProperty("java.class.path", "");
    String modules = System.getProperty("jdk.module.path", "");
    return modules.isEmpty() ? classes : classes + File.pathSeparator + modules;
  }

  /** Returns the core's classes and the libraries its signatures and annotations name. */
  private static String classPath() throws URISyntaxException {
    List<String> entries = new ArrayList<>();
    for (Class<?> c :
        List.of(
            Registry.class,
            ImmutableList.class,
            NullMarked.class,
            CheckReturnValue.class,
            Value.class)) {
      entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
