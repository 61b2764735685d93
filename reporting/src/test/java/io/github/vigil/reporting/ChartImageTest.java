package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.core.Registry;
import io.github.vigil.io.RegistryReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chart, whole: the SVG compared with an expected file character by character, and the PNG
 * compared with an expected image pixel by pixel. Each chart drawn is written to {@code
 * target/rendered-expected/} to compare with, or to replace, the file in {@code
 * src/test/resources/expected-charts/} when a change to the chart is intended.
 *
 * <p>An image is the expected one when at most {@value #DIFFERENT_PER_MILLION} pixels in a
 * million differ from it by more than {@value #CHANNEL_TOLERANCE} in a colour channel: the
 * bundled fonts make the text the same everywhere, but the rasterizer that smooths its edges
 * comes with the system (FreeType) and may round an edge pixel otherwise. A bar, a label, a
 * line or a legend moved by one pixel changes far more pixels than that.
 *
 * <p>The charts are the mixed conformance registry's, monthly from 2024-01-01 to 2025-12-31:
 * with cells of fewer than 5 people hidden (months hidden whole, months with a hidden part), and
 * with every cell shown, and counting claims; and the chart of a registry with nobody in it.
 */
class ChartImageTest {
  private static final Path EXPECTED = Path.of("src/test/resources/expected-charts");
  private static final Path OUT = Path.of("target/rendered-expected");
  static final int CHANNEL_TOLERANCE = 48;
  static final int DIFFERENT_PER_MILLION = 100;
  private static Registry mixed;

  @BeforeAll
  static void headless() throws IOException {
    System.setProperty("java.awt.headless", "true");
    mixed = RegistryReader.read(ConformanceTest.ROOT.resolve("mixed")).registry();
  }

  /**
   * The series named {@code name}: {@code hidden} (min cell 5), {@code shown} (1), {@code claims}
   * (min cell 5, claims counted) or {@code empty}.
   */
  private static CategorySeries series(String name) {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    LocalDate from = LocalDate.of(2024, 1, 1);
    return switch (name) {
      case "hidden" -> CategorySeries.of(mixed.asOf(asOf), from, CategorySeries.Interval.MONTH);
      case "shown" ->
          CategorySeries.of(
              mixed.asOf(asOf), from, CategorySeries.Interval.MONTH, ClassificationPolicy.standard(), 1);
      case "claims" ->
          CategorySeries.of(mixed.asOf(asOf).includingClaims(), from, CategorySeries.Interval.MONTH);
      case "empty" -> CategorySeries.of(Registry.empty().asOf(asOf), from, CategorySeries.Interval.MONTH);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"hidden, EN", "hidden, ES", "shown, EN", "claims, ES", "empty, EN"})
  void theSvgIsTheExpectedOneWhole(String name, Language language) throws IOException {
    String file = "chart-" + name + "-" + language.code() + ".svg";
    String actual = series(name).toSvg(language);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(file), actual, StandardCharsets.UTF_8);
    Path expected = EXPECTED.resolve(file);
    assertEquals(
        Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "(no file " + expected + ")",
        actual,
        "compare with " + OUT.resolve(file));
  }

  @ParameterizedTest(name = "{0} {1} {2}x{3}")
  @CsvSource({
    "hidden, EN, 1200, 675",
    "hidden, ES, 1080, 1350",
    "hidden, ES, 320, 240",
    "shown, EN, 1080, 1080",
    "claims, EN, 1200, 675",
    "empty, ES, 1200, 675"
  })
  void thePngIsTheExpectedImage(String name, Language language, int width, int height)
      throws IOException {
    String file = "chart-" + name + "-" + language.code() + "-" + width + "x" + height + ".png";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChartPainter.of(series(name), language).writePng(bytes, width, height);
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(file), bytes.toByteArray());
    BufferedImage actual = decode(bytes.toByteArray());
    Path path = EXPECTED.resolve(file);
    assertTrue(Files.exists(path), "no file " + path + ": compare with " + OUT.resolve(file));
    BufferedImage expected = decode(Files.readAllBytes(path));
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    long different = different(expected, actual, 0);
    assertTrue(
        isClose(different, width, height),
        different + " of " + width * height + " pixels differ from " + path + ": compare with "
            + OUT.resolve(file));
  }

  /** The comparison is strict enough that the expected chart moved one pixel sideways fails it. */
  @ParameterizedTest
  @CsvSource({"chart-hidden-en-1200x675.png", "chart-hidden-es-320x240.png", "chart-empty-es-1200x675.png"})
  void anImageMovedByOnePixelIsNotTheExpectedOne(String file) throws IOException {
    BufferedImage expected = decode(Files.readAllBytes(EXPECTED.resolve(file)));
    long different = different(expected, expected, 1);
    assertFalse(isClose(different, expected.getWidth(), expected.getHeight()), different + " differ");
  }

  /** Counts the pixels of {@code a} that differ from those of {@code b}, moved {@code dx} right. */
  private static long different(BufferedImage a, BufferedImage b, int dx) {
    long different = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = dx; x < a.getWidth(); x++) {
        if (distance(a.getRGB(x, y), b.getRGB(x - dx, y)) > CHANNEL_TOLERANCE) {
          different++;
        }
      }
    }
    return different;
  }

  private static boolean isClose(long different, int width, int height) {
    return different * 1_000_000 <= (long) width * height * DIFFERENT_PER_MILLION;
  }

  /** The largest difference between two colours in one of their red, green and blue channels. */
  static int distance(int a, int b) {
    int most = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      most = Math.max(most, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
    }
    return most;
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    return Objects.requireNonNull(ImageIO.read(new ByteArrayInputStream(png)), "a PNG");
  }
}
