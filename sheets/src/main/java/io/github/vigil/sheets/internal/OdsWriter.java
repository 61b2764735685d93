package io.github.vigil.sheets.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes sheets of text and dates as an OpenDocument spreadsheet ({@code .ods}), streaming:
 * the {@code mimetype} entry first and stored, a manifest, and {@code content.xml}. A date is a
 * date cell shown {@code yyyy-mm-dd}; text is a string cell whose paragraphs show it and whose
 * {@code office:string-value} holds it exactly (line breaks, tabs and runs of spaces included),
 * which {@link OdsBook} reads first. Entries carry a fixed time, so the same sheets give the
 * same bytes.
 */
public final class OdsWriter {
  private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
  private static final long FIXED_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  /** One sheet: its name, header and rows of {@link String}, {@link LocalDate} or null. */
  public interface Sheet {
    /** Returns the sheet's name. */
    String name();

    /** Returns the header, then every row. */
    List<@Nullable Object[]> rows();
  }

  private OdsWriter() {}

  /** Writes {@code sheets} to {@code out}, which is finished but not closed. */
  public static void write(List<? extends Sheet> sheets, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
    ZipEntry m = entry("mimetype");
    m.setMethod(ZipEntry.STORED);
    m.setSize(mime.length);
    CRC32 crc = new CRC32();
    crc.update(mime);
    m.setCrc(crc.getValue());
    zip.putNextEntry(m);
    zip.write(mime);
    zip.closeEntry();
    zip.putNextEntry(entry("META-INF/manifest.xml"));
    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.2\">\n"
        + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
        + " manifest:media-type=\"" + MIME + "\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        + "</manifest:manifest>\n");
    w.flush();
    zip.closeEntry();
    zip.putNextEntry(entry("content.xml"));
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
        + " office:version=\"1.2\">"
        + "<office:automatic-styles>"
        + "<number:date-style style:name=\"N1\"><number:year number:style=\"long\"/>"
        + "<number:text>-</number:text><number:month number:style=\"long\"/>"
        + "<number:text>-</number:text><number:day number:style=\"long\"/></number:date-style>"
        + "<style:style style:name=\"date\" style:family=\"table-cell\""
        + " style:parent-style-name=\"Default\" style:data-style-name=\"N1\"/>"
        + "</office:automatic-styles><office:body><office:spreadsheet>\n");
    for (Sheet s : sheets) {
      w.write("<table:table table:name=\"");
      attribute(w, s.name());
      w.write("\">\n");
      for (@Nullable Object[] row : s.rows()) {
        w.write("<table:table-row>");
        for (Object v : row) {
          if (v instanceof LocalDate d) {
            w.write("<table:table-cell table:style-name=\"date\" office:value-type=\"date\""
                + " office:date-value=\"" + d + "\"><text:p>" + d + "</text:p></table:table-cell>");
          } else if (v instanceof String t) {
            w.write("<table:table-cell office:value-type=\"string\" office:string-value=\"");
            attribute(w, t);
            w.write("\">");
            paragraphs(w, t);
            w.write("</table:table-cell>");
          } else {
            w.write("<table:table-cell/>");
          }
        }
        w.write("</table:table-row>\n");
      }
      w.write("</table:table>\n");
    }
    w.write("</office:spreadsheet></office:body></office:document-content>\n");
    w.flush();
    zip.closeEntry();
    zip.finish();
  }

  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTime(FIXED_TIME);
    return e;
  }

  /** Writes {@code t} escaped for an attribute, line breaks and tabs as character references. */
  private static void attribute(Writer w, String t) throws IOException {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> w.write("&amp;");
        case '<' -> w.write("&lt;");
        case '>' -> w.write("&gt;");
        case '"' -> w.write("&quot;");
        case '\n' -> w.write("&#10;");
        case '\r' -> w.write("&#13;");
        case '\t' -> w.write("&#9;");
        default -> w.write(c);
      }
    }
  }

  /** Writes {@code t} as text paragraphs, as a spreadsheet shows it. */
  private static void paragraphs(Writer w, String t) throws IOException {
    w.write("<text:p>");
    int spaces = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        spaces++;
        continue;
      }
      spaces = flushSpaces(w, spaces, i == spaces);
      switch (c) {
        case '\r' -> {
          if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
            i++;
          }
          w.write("</text:p><text:p>");
        }
        case '\n' -> w.write("</text:p><text:p>");
        case '\t' -> w.write("<text:tab/>");
        case '&' -> w.write("&amp;");
        case '<' -> w.write("&lt;");
        case '>' -> w.write("&gt;");
        default -> w.write(c);
      }
    }
    flushSpaces(w, spaces, true);
    w.write("</text:p>");
  }

  private static int flushSpaces(Writer w, int spaces, boolean edge) throws IOException {
    if (spaces == 1 && !edge) {
      w.write(' ');
    } else if (spaces > 0) {
      w.write("<text:s text:c=\"" + spaces + "\"/>");
    }
    return 0;
  }
}
