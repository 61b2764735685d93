package io.github.vigil.cli;

import io.github.vigil.reporting.ChartPainter;
import java.awt.Dimension;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The chart as an SVG document: the {@link ChartPainter}'s drawing recorded by Apache Batik's
 * {@link SVGGraphics2D}, which writes Java2D calls as SVG elements (text stays text, so it can be
 * searched, read aloud and translated). Every text names the bundled font first and then fonts
 * with the same accents, ending with {@code sans-serif} ({@link ChartPainter#FONT_FAMILIES}),
 * and gives the width it takes in Noto Sans ({@code textLength}), so that where Noto Sans is not
 * installed a fallback font fills the same room. The document carries the chart's title and
 * description as {@code <title>} and {@code <desc>}, and its language; no DOCTYPE, so no reader
 * fetches a DTD.
 */
final class SvgImage {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Pattern FONT_SIZE = Pattern.compile("font-size:\\s*(\\d{1,4}(?:\\.\\d+)?)px");
  private static final Pattern BOLD = Pattern.compile("font-weight:\\s*(bold|[6-9]00)");

  private SvgImage() {}

  /**
   * Returns the SVG document of {@code painter}'s chart at {@code width} × {@code height} pixels.
   *
   * @throws IllegalArgumentException if the size is out of range ({@link ChartPainter#checkSize})
   */
  static String of(ChartPainter painter, int width, int height) {
    ChartPainter.checkSize(width, height);
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document doc = f.newDocumentBuilder().getDOMImplementation().createDocument(SVG, "svg", null);
      SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
      context.setPrecision(2);
      context.setEmbeddedFontsOn(false);
      context.setComment(null);
      SVGGraphics2D g = new SVGGraphics2D(context, false);
      g.setSVGCanvasSize(new Dimension(width, height));
      painter.paint(g, width, height);
      Element root = g.getRoot();
      g.dispose();
      root.setAttribute("lang", painter.language().code());
      root.setAttribute("role", "img");
      root.setAttribute("viewBox", "0 0 " + width + " " + height);
      Element title = doc.createElementNS(SVG, "title");
      title.setTextContent(painter.title());
      Element desc = doc.createElementNS(SVG, "desc");
      desc.setTextContent(painter.description());
      root.insertBefore(desc, root.getFirstChild());
      root.insertBefore(title, desc);
      fitTexts(root);
      return serialise(root);
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the JDK's XML tools cannot write the chart", e);
    }
  }

  /**
   * Gives every text the font families of {@link ChartPainter#FONT_FAMILIES}, its size and
   * weight (which Batik sets on an enclosing group), and the width it takes in the bundled font
   * as its {@code textLength}: where Noto Sans is absent, the viewer stretches or squeezes its
   * fallback font to that width, so no text overflows the image or runs into a legend's swatch.
   */
  private static void fitTexts(Element root) {
    NodeList texts = root.getElementsByTagNameNS(SVG, "text");
    List<Element> all = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      all.add((Element) texts.item(i));
    }
    for (Element t : all) {
      String style = inherited(t);
      Matcher size = FONT_SIZE.matcher(style);
      if (!size.find()) {
        continue;
      }
      int px = (int) Math.round(Double.parseDouble(size.group(1)));
      boolean bold = BOLD.matcher(style).find();
      t.setAttribute(
          "style",
          "font-family: " + ChartPainter.FONT_FAMILIES + "; font-size: " + px + "px; font-weight: "
              + (bold ? "bold" : "normal"));
      t.setAttribute("textLength", number(ChartPainter.textWidth(t.getTextContent(), bold, px)));
      t.setAttribute("lengthAdjust", "spacingAndGlyphs");
    }
  }

  /** Returns the styles of {@code e} and its ancestors, the nearest first, so it wins a search. */
  private static String inherited(Element e) {
    StringBuilder out = new StringBuilder();
    for (Node n = e; n instanceof Element; n = n.getParentNode()) {
      Element el = (Element) n;
      out.append(el.getAttribute("style")).append(';')
          .append(attributeStyle(el, "font-size")).append(attributeStyle(el, "font-weight"));
    }
    return out.toString();
  }

  private static String attributeStyle(Element e, String name) {
    return e.hasAttribute(name) ? name + ":" + e.getAttribute(name) + ";" : "";
  }

  private static String serialise(Element root) throws TransformerException {
    TransformerFactory tf = TransformerFactory.newInstance();
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer t = tf.newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    t.setOutputProperty(OutputKeys.INDENT, "no");
    StringWriter out = new StringWriter();
    t.transform(new DOMSource(root), new StreamResult(out));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out + "\n";
  }

  /** Returns a coordinate with at most two decimals, without the default locale: 12.5, 7. */
  static String number(double v) {
    String t = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return t.equals("-0") ? "0" : t;
  }
}
