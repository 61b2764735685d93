package io.github.vigil.reporting;

import java.util.List;

/** Escaping and tables for the HTML page: every text it writes goes through {@link #escape}. */
final class Html {
  private Html() {}

  /**
   * Returns {@code s} as HTML text, safe in element content and in a quoted attribute: {@code &
   * < > " '} become references, and control characters (other than tab and line feed), which
   * HTML forbids, become U+FFFD.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Writes a table: a header row of {@code <th scope="col">}, then one row per item of {@code
   * rows} whose first {@code textColumns} cells are {@code <th scope="row">} and the rest numbers
   * ({@code class="n"}). The table sits in a box that scrolls sideways on a narrow screen.
   */
  static void table(StringBuilder out, String id, List<String> header, List<List<String>> rows, int textColumns) {
    out.append("<div class=\"scroll\"><table");
    if (!id.isEmpty()) {
      out.append(" id=\"").append(escape(id)).append('"');
    }
    out.append(">\n<thead><tr>");
    for (int i = 0; i < header.size(); i++) {
      out.append("<th scope=\"col\"").append(i < textColumns ? "" : " class=\"n\"").append('>');
      out.append(escape(header.get(i))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        if (i < textColumns) {
          out.append("<th scope=\"row\">").append(escape(row.get(i))).append("</th>");
        } else {
          out.append("<td class=\"n\">").append(escape(row.get(i))).append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }
}
