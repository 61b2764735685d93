package io.github.vigil.cli.sample;

import io.github.vigil.core.Registry;
import io.github.vigil.io.RegistryWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the synthetic sample registry ({@link SampleRegistry}) as a CSV folder. The bundled
 * sample was written with:
 *
 * <pre>
 * ./mvnw -q -B package -DskipTests
 * java -cp cli/target/vigil.jar io.github.vigil.cli.sample.SampleRegistryGenerator \
 *     cli/src/main/resources/sample-registry
 * </pre>
 *
 * <p>The same seed always writes the same bytes; {@code SampleRegistryTest} checks that the
 * bundled files are exactly what this program writes.
 */
public final class SampleRegistryGenerator {
  private SampleRegistryGenerator() {}

  /**
   * Writes the sample.
   *
   * @param args the folder to write to (default {@code cli/src/main/resources/sample-registry}),
   *     then optionally a seed (default {@link SampleRegistry#SEED})
   * @throws IOException if the folder cannot be written
   * @throws NumberFormatException if the seed is not a number
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "cli/src/main/resources/sample-registry");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SampleRegistry.SEED;
    Registry registry = SampleRegistry.generate(seed);
    RegistryWriter.writeFolder(registry, folder);
    System.out.println("wrote " + registry + " to " + folder);
  }
}
