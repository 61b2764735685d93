package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Registry;
import io.github.vigil.io.RegistryReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart drawn with Java2D: the PNG's size and colours, the sizes refused, the text. */
class ChartPainterTest {
  private static CategorySeries series;

  @BeforeAll
  static void headless() throws IOException {
    System.setProperty("java.awt.headless", "true");
    Registry registry = RegistryReader.read(ConformanceTest.ROOT.resolve("mixed")).registry();
    series =
        CategorySeries.of(
            registry.asOf(LocalDate.of(2025, 12, 31)), LocalDate.of(2024, 1, 1), CategorySeries.Interval.MONTH);
  }

  private static BufferedImage png(ChartPainter painter, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    painter.writePng(out, width, height);
    return Objects.requireNonNull(ImageIO.read(new ByteArrayInputStream(out.toByteArray())), "a PNG");
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> out = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        out.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return out;
  }

  @Test
  void thePngDecodesAtEachRequestedSizeWithTheColourOfEveryCategoryItShows() throws IOException {
    Set<FreedomCategory> shown = EnumSet.noneOf(FreedomCategory.class);
    boolean anyHidden = false;
    for (CategorySeries.Point p : series.points()) {
      for (FreedomCategory c : FreedomCategory.values()) {
        if (p.cell(c).orElse(0) > 0) {
          shown.add(c);
        }
      }
      anyHidden |= !p.hidden().isEmpty();
    }
    assertTrue(shown.size() >= 4, "the mixed registry shows several categories: " + shown);
    assertTrue(anyHidden, "and hides some cells");
    Files.createDirectories(RenderingTest.OUT);
    for (Language l : Language.values()) {
      ChartPainter painter = ChartPainter.of(series, l);
      for (int[] size : new int[][] {{1200, 675}, {1080, 1080}, {1080, 1350}, {320, 240}, {4096, 240}}) {
        BufferedImage image = png(painter, size[0], size[1]);
        ImageIO.write(image, "png", RenderingTest.OUT.resolve("chart-" + l.code() + "-" + size[0] + "x" + size[1] + ".png").toFile());
        assertEquals(size[0], image.getWidth());
        assertEquals(size[1], image.getHeight());
        Set<Integer> colours = colours(image);
        assertEquals(0xffffff, image.getRGB(0, 0) & 0xffffff, "a white background");
        for (FreedomCategory c : shown) {
          int rgb = Color.decode(Objects.requireNonNull(SvgChart.COLORS.get(c))).getRGB() & 0xffffff;
          assertTrue(colours.contains(rgb), l + " " + size[0] + "x" + size[1] + ": " + c + " is drawn");
        }
        assertTrue(colours.contains(Color.decode(SvgChart.HIDDEN).getRGB() & 0xffffff), "the hidden cells are drawn");
        assertTrue(colours.size() > 20, "text is drawn, antialiased: " + colours.size() + " colours");
      }
    }
  }

  @Test
  void theSameSeriesGivesTheSamePngBytes() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ChartPainter.of(series, Language.ES).writePng(a, 1080, 1080);
    ChartPainter.of(series, Language.ES).writePng(b, 1080, 1080);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
  }

  @Test
  void sizesOutOfRangeAreRefusedBeforeAnythingIsDrawn() {
    ChartPainter painter = ChartPainter.of(series, Language.EN);
    OutputStream never =
        new OutputStream() {
          @Override
          public void write(int b) {
            throw new AssertionError("nothing is written");
          }
        };
    for (int[] size : new int[][] {{0, 0}, {99_999, 99_999}, {319, 240}, {320, 239}, {4097, 675}, {1200, 4097},
        {-1200, 675}, {Integer.MAX_VALUE, Integer.MAX_VALUE}}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> painter.writePng(never, size[0], size[1]));
      assertEquals(
          "the size must be from 320x240 to 4096x4096 pixels, was " + size[0] + "x" + size[1], e.getMessage());
    }
  }

  @Test
  void theTitleAndDescriptionSayTheDatesAndSourcesInEachLanguage() {
    ChartPainter es = ChartPainter.of(series, Language.ES);
    assertEquals("Personas por categoría de libertad", es.title());
    assertTrue(es.description().startsWith("Del 2024-01-01 al 2025-12-31, según lo registrado al 2025-12-31"), es.description());
    assertTrue(es.description().endsWith("Fuentes: todas; solo hechos verificados"), es.description());
    ChartPainter en = ChartPainter.of(series, Language.EN);
    assertTrue(en.description().endsWith("Sources: all; verified events only"), en.description());
    assertFalse(en.description().contains("Name0") || es.description().contains("Name0"));
  }

  @Test
  void numbersOnABarAreBlackOrWhiteWhicheverReadsBetter() {
    assertEquals(Color.WHITE, ChartPainter.inkOn(Color.decode("#000000")));
    assertEquals(Color.WHITE, ChartPainter.inkOn(Color.decode("#0072b2")));
    assertEquals(Color.BLACK, ChartPainter.inkOn(Color.decode("#f0e442")));
    assertEquals(Color.BLACK, ChartPainter.inkOn(Color.decode("#d9d9d9")));
  }

  @Test
  void longTextIsWrappedAtSpacesAndAWordLongerThanALineStaysWhole() {
    java.awt.Font font = ChartFonts.REGULAR.deriveFont(20f);
    List<String> lines = ChartPainter.wrap("Excarcelados con medidas cautelares o causa abierta", font, 200);
    assertTrue(lines.size() > 1, lines.toString());
    assertEquals("Excarcelados con medidas cautelares o causa abierta", String.join(" ", lines));
    assertEquals(List.of("Boleta", "de"), ChartPainter.wrap("Boleta de", font, 1));
  }

  @Test
  void aLineExactlyAsWideAsTheRoomStaysOneLine() {
    java.awt.Font font = ChartFonts.REGULAR.deriveFont(20f);
    double exact = font.getStringBounds("Boleta de", new java.awt.font.FontRenderContext(null, true, true)).getWidth();
    assertEquals(List.of("Boleta de"), ChartPainter.wrap("Boleta de", font, exact));
    assertEquals(List.of("Boleta", "de"), ChartPainter.wrap("Boleta de", font, Math.nextDown(exact)));
  }

  @Test
  void paintingOnAGraphicsChecksTheSizeToo() {
    java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ChartPainter.of(series, Language.EN).paint(g, 10, 10));
      assertEquals("the size must be from 320x240 to 4096x4096 pixels, was 10x10", e.getMessage());
    } finally {
      g.dispose();
    }
  }

  @Test
  void theSidesAtTheEndsOfTheRangeAreAccepted() {
    for (int[] size : new int[][] {{320, 240}, {4096, 4096}, {320, 4096}, {4096, 240}}) {
      ChartPainter.checkSize(size[0], size[1]); // throws if refused
    }
  }

  @Test
  void thePngIsFlushedToTheStreamWithoutClosingIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(bytes, 1 << 20);
    ChartPainter.of(series, Language.EN).writePng(buffered, 320, 240);
    assertTrue(bytes.size() > 0, "nothing reached the stream");
    assertEquals(320, ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())).getWidth());
  }

  @Test
  void textIsMeasuredInTheBundledFontAtWholePixels() {
    double regular = ChartPainter.textWidth("Boleta de excarcelación", false, 20);
    assertEquals(
        ChartFonts.REGULAR.deriveFont(20f).getStringBounds("Boleta de excarcelación",
            new java.awt.font.FontRenderContext(null, true, true)).getWidth(),
        regular,
        1e-9);
    assertTrue(ChartPainter.textWidth("Boleta de excarcelación", true, 20) > regular, "bold is wider");
    assertEquals(2 * ChartPainter.textWidth("mm", false, 10), ChartPainter.textWidth("mm", false, 20), 0.5);
    assertEquals(0, ChartPainter.textWidth("", false, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChartPainter.textWidth("a", false, 0));
    assertEquals("size must be positive: 0", e.getMessage());
  }

  @Test
  void theBundledFontsHaveTheGlyphsOfSpanish() {
    for (java.awt.Font f : List.of(ChartFonts.REGULAR, ChartFonts.BOLD)) {
      assertEquals("Noto Sans", f.getFamily(java.util.Locale.ROOT));
      assertEquals(-1, f.canDisplayUpTo("áéíóúÁÉÍÓÚñÑüÜ¿¡«»–·×"), f.getFontName(java.util.Locale.ROOT));
    }
    assertTrue(ChartFonts.BOLD.isBold());
  }
}
