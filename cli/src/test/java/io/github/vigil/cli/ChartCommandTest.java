package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.reporting.CategoryCounts;
import io.github.vigil.reporting.ChartPainter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code vigil chart}: the SVG and the PNG of one drawing, and the options it refuses. */
class ChartCommandTest {
  /** The palette of the chart, as the HTML page's chart and docs/reports.md give it. */
  private static final Map<FreedomCategory, Integer> PALETTE =
      Map.of(
          FreedomCategory.DETAINED, 0xd55e00,
          FreedomCategory.WHEREABOUTS_UNKNOWN, 0x000000,
          FreedomCategory.RELEASE_PENDING, 0xe69f00,
          FreedomCategory.HOUSE_ARREST, 0xf0e442,
          FreedomCategory.CONDITIONAL, 0x56b4e9,
          FreedomCategory.FULL, 0x0072b2,
          FreedomCategory.EXILED, 0x009e73,
          FreedomCategory.DECEASED, 0xcc79a7);

  private static final Pattern FILL = Pattern.compile("fill:\\s*rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");

  @TempDir Path temp;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  /** Returns the style that gives {@code e} its fill: its own, or the nearest group's. */
  static String fillOf(Element e) {
    for (org.w3c.dom.Node n = e; n instanceof Element; n = n.getParentNode()) {
      Element el = (Element) n;
      String style = el.getAttribute("style") + ";" + (el.hasAttribute("fill") ? "fill:" + el.getAttribute("fill") : "");
      if (style.contains("fill")) {
        return style;
      }
    }
    return "";
  }

  /** Parses {@code svg} with the JDK's parser, refusing any DOCTYPE and external entity. */
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document doc) {
    List<String> out = new ArrayList<>();
    NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      out.add(texts.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void theSvgParsesAsXmlAtTheRequestedSizeWithItsTitleAndSpanishTextAndNoPersonalData() throws Exception {
    Vigil run = Vigil.run("chart", "--lang", "es", "--size", "1080x1080");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals("", run.err());
    Document doc = parse(run.out());
    Element svg = doc.getDocumentElement();
    assertEquals("svg", svg.getLocalName());
    assertEquals(1080, Double.parseDouble(svg.getAttribute("width")));
    assertEquals(1080, Double.parseDouble(svg.getAttribute("height")));
    assertEquals("es", svg.getAttribute("lang"));
    assertEquals(
        "Personas por categoría de libertad",
        doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
    List<String> texts = texts(doc);
    assertTrue(texts.contains("Personas por categoría de libertad"), texts.toString());
    assertTrue(texts.contains("Detenidos"), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.contains("según lo registrado al 2026-01-15")), texts.toString());
    assertTrue(texts.contains("Fuentes: todas; solo hechos verificados"), texts.toString());
    assertTrue(texts.contains("770"), "the detained of the last week, written on the bar: " + texts);
    // the sample's names are "Persona Ficticia NNNN" and its ids PNNNN
    assertFalse(run.out().contains("Ficticia"), "no name");
    assertFalse(Pattern.compile("P\\d{4}").matcher(run.out()).find(), "no id");
    assertFalse(run.out().contains("<script") || run.out().contains("href"), "nothing external, no script");
    assertTrue(run.out().contains("font-family: Noto Sans, DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"),
        "every text falls back to fonts with accents, then sans-serif");
    // and a fallback font is fitted to the width the text takes in Noto Sans
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element t = (Element) nodes.item(i);
      assertEquals("spacingAndGlyphs", t.getAttribute("lengthAdjust"), t.getTextContent());
      assertTrue(Double.parseDouble(t.getAttribute("textLength")) > 0, t.getTextContent());
      if (t.getTextContent().equals("Personas por categoría de libertad")) {
        assertTrue(t.getAttribute("style").contains("font-size: 45px; font-weight: bold"), t.getAttribute("style"));
        assertEquals(
            ChartPainter.textWidth("Personas por categoría de libertad", true, 45),
            Double.parseDouble(t.getAttribute("textLength")), 0.01);
      }
    }
  }

  @Test
  void theSvgAndThePngAreOneDrawingEveryRectangleOfOneInThePlaceAndColourOfTheOther() throws Exception {
    Path svgFile = temp.resolve("chart.svg");
    Path pngFile = temp.resolve("chart.png");
    for (Path f : List.of(svgFile, pngFile)) {
      String format = f.toString().endsWith(".png") ? "png" : "svg";
      Vigil run = Vigil.run("chart", "--format", format, "--output", f.toString(), "--interval", "month",
          "--from", "2025-01-01", "--min-cell", "1");
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertEquals("", run.out(), "the image goes to the file");
    }
    BufferedImage png = Objects.requireNonNull(ImageIO.read(pngFile.toFile()));
    assertEquals(1200, png.getWidth());
    assertEquals(675, png.getHeight());
    Document doc = parse(Files.readString(svgFile, StandardCharsets.UTF_8));
    NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    Map<Integer, Integer> segments = new HashMap<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      Matcher m = FILL.matcher(fillOf(r));
      if (!m.find()) {
        continue;
      }
      int rgb = new Color(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).getRGB() & 0xffffff;
      if (!PALETTE.containsValue(rgb)) {
        continue;
      }
      double x = Double.parseDouble(r.getAttribute("x"));
      double y = Double.parseDouble(r.getAttribute("y"));
      double w = Double.parseDouble(r.getAttribute("width"));
      double h = Double.parseDouble(r.getAttribute("height"));
      if (w < 3 || h < 3) {
        continue; // too thin to have a pixel of its own colour
      }
      // the first pixel wholly inside the rectangle: its centre holds the segment's figure
      int pixel = png.getRGB((int) Math.ceil(x + 0.01), (int) Math.ceil(y + 0.01)) & 0xffffff;
      assertEquals(Integer.toHexString(rgb), Integer.toHexString(pixel), "the PNG's pixel at the corner of an SVG rect at " + x + "," + y);
      segments.merge(rgb, 1, Integer::sum);
    }
    // 13 months with detained, whereabouts unknown, release pending, conditional... and the legend's swatches
    for (FreedomCategory c : List.of(FreedomCategory.DETAINED, FreedomCategory.RELEASE_PENDING, FreedomCategory.CONDITIONAL)) {
      assertTrue(segments.getOrDefault(PALETTE.get(c), 0) > 1, c + ": " + segments);
    }
    assertTrue(segments.values().stream().mapToInt(Integer::intValue).sum() > 20, segments.toString());
    assertEquals(CategoryCounts.REPORT_ORDER.size(), PALETTE.size());
  }

  @Test
  void sizesOutOfRangeAndUnknownFormatsAreUsageErrorsOfOneLine() {
    for (String size : List.of("0x0", "99999x99999", "319x240", "4097x675", "1200x4097", "2147483648x2")) {
      Vigil run = Vigil.run("chart", "--size", size);
      assertEquals(ExitCode.USAGE, run.code(), size + ": " + run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().contains("--size"), run.err());
      assertTrue(run.err().contains("from 320x240 to 4096x4096 pixels") || run.err().contains("is not a size"), run.err());
      assertFalse(run.err().contains("Exception") || run.err().contains("OutOfMemory"), run.err());
      assertEquals("", run.out());
    }
    assertTrue(Vigil.run("chart", "--size", "99999x99999").err().contains("was 99999x99999"));
    assertTrue(Vigil.run("chart", "--size", "12345678901x2").err().contains("'12345678901x2' is not a size"));
    Vigil gif = Vigil.run("chart", "--format", "gif");
    assertEquals(ExitCode.USAGE, gif.code());
    assertTrue(gif.err().contains("'gif' is not an image format: use svg or png"), gif.err());
    Vigil png = Vigil.run("chart", "--format", "png");
    assertEquals(ExitCode.USAGE, png.code());
    assertTrue(png.err().contains("a PNG is written to a file: give --output FILE.png"), png.err());
    Vigil folder = Vigil.run("chart", "--output", temp.toString());
    assertEquals(ExitCode.USAGE, folder.code());
    assertTrue(folder.err().contains("is not a file in an existing folder"), folder.err());
  }

  @Test
  void aFullDiskIsOneLineAndExitThree() throws IOException {
    assumeTrue(new File("/dev/full").exists(), "/dev/full exists on Linux");
    for (String format : List.of("png", "svg")) {
      Vigil run = Vigil.run("chart", "--format", format, "--output", "/dev/full");
      assertEquals(ExitCode.INTERNAL, run.code(), run.err());
      assertEquals(List.of("vigil chart: the output could not be written (is the disk full, or standard output closed?)"),
          run.errLines());
    }
  }
}
