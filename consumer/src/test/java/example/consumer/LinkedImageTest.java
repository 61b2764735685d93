package example.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Links the packaged application and the modules its POM brings with {@code jlink}, runs the
 * image, and checks what Vigil's published jars ask of their users.
 */
class LinkedImageTest {
  private static final Path JAR = Path.of(System.getProperty("consumer.jar"));
  private static final Path MODULES = Path.of(System.getProperty("consumer.modules"));
  private static final Path IMAGE = Path.of(System.getProperty("consumer.image"));
  private static final Path REGISTRY = Path.of(System.getProperty("consumer.registry"));

  @BeforeAll
  static void link() throws IOException {
    deleteRecursively(IMAGE);
    String modulePath = JAR + java.io.File.pathSeparator + MODULES;
    Tool jlink = run("jlink",
        "--module-path", modulePath,
        "--add-modules", "example.consumer",
        "--launcher", "weekly-report=example.consumer/example.consumer.WeeklyReport",
        "--strip-debug", "--no-header-files", "--no-man-pages",
        "--output", IMAGE.toString());
    assertEquals(0, jlink.exitCode, () -> "jlink failed:\n" + jlink.output);
  }

  @Test
  void theLinkedImageRunsTheReadmeExampleAndReportsARegistryReadFromFiles() throws Exception {
    List<String> lines = runImage(IMAGE.resolve("bin/weekly-report").toString(),
        REGISTRY.toString(), "2026-01-10");

    assertTrue(lines.get(0).startsWith("README: conditional 1, "), lines.get(0));
    // conformance/worked-example/expected-2026-01-10.json
    assertEquals("registry: population 3, rejected rows 0, WHEREABOUTS_UNKNOWN 1, CONDITIONAL 1,"
        + " FULL 1", lines.get(1));
    assertTrue(lines.get(2).startsWith("jackson: ") && lines.get(2).endsWith(" characters, read back equal"),
        lines.get(2));
    String json = String.join("\n", lines.subList(3, lines.size()));
    assertTrue(json.startsWith("{") && json.contains("\"population\":3"), json);
  }

  @Test
  void theImageHoldsVigilAndItsRuntimeDependenciesButNoImmutablesAndNoAutomaticModule()
      throws Exception {
    List<String> modules = runImage(IMAGE.resolve("bin/java").toString(), "--list-modules");

    assertTrue(modules.stream().anyMatch(m -> m.startsWith("io.github.vigil.reporting@")), modules::toString);
    assertTrue(modules.stream().anyMatch(m -> m.startsWith("io.github.vigil.io@")), modules::toString);
    assertTrue(modules.stream().anyMatch(m -> m.startsWith("io.github.vigil.jackson@")), modules::toString);
    assertFalse(modules.stream().anyMatch(m -> m.startsWith("org.immutables")), modules::toString);
  }

  @Test
  void noPublishedClassCarriesAnImmutablesAnnotationWithValues() throws IOException {
    // A user's javac warns about every annotation with values whose class it cannot find, and
    // users do not have Immutables (a compile-time dependency of Vigil, not of its users).
    Pattern withValues = Pattern.compile("org\\.immutables\\.[\\w.$]+\\(");
    List<Path> vigilJars;
    try (Stream<Path> files = Files.list(MODULES)) {
      vigilJars = files.filter(f -> f.getFileName().toString().startsWith("vigil-"))
          .sorted().collect(Collectors.toList());
    }
    assertTrue(vigilJars.size() >= 4, vigilJars::toString);
    for (Path jar : vigilJars) {
      List<String> classes = new ArrayList<>();
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        zip.stream().map(e -> e.getName())
            .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
            .forEach(n -> classes.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
      }
      List<String> args = new ArrayList<>(List.of("-v", "-cp", jar.toString()));
      args.addAll(classes);
      Tool javap = run("javap", args.toArray(new String[0]));
      assertEquals(0, javap.exitCode, () -> "javap failed on " + jar);
      // One section per class; an annotation type kept in the sources only (an Immutables style)
      // is never named by a compiled class, so a user's compiler never reads its annotations.
      for (String section : javap.output.split("(?m)^Classfile ")) {
        if (section.contains("RetentionPolicy;.SOURCE")) {
          continue;
        }
        Matcher m = withValues.matcher(section);
        assertFalse(m.find(), () -> jar.getFileName() + " carries " + m.group() + " in "
            + section.lines().findFirst().orElse(""));
      }
    }
  }

  private static List<String> runImage(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the image did not finish");
    assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + out);
    return out.lines().collect(Collectors.toList());
  }

  private static final class Tool {
    final int exitCode;
    final String output;

    Tool(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }
  }

  private static Tool run(String name, String... args) {
    ToolProvider tool = ToolProvider.findFirst(name).orElseThrow();
    StringWriter out = new StringWriter();
    int code;
    try (PrintWriter writer = new PrintWriter(out)) {
      code = tool.run(writer, writer, args);
    }
    return new Tool(code, out.toString());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }
}
