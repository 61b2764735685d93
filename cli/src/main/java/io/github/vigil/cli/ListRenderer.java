package io.github.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableMap;
import io.github.vigil.cli.PeopleList.Dated;
import io.github.vigil.cli.PeopleList.Entry;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.reporting.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes a {@link PeopleList} as text (a table with a heading and the count of people left out,
 * in English or Spanish), as CSV (one row per person, fixed columns) or as JSON (one object).
 * Output is deterministic: the same list gives the same bytes.
 */
final class ListRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CsvFactory CSV =
      CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\n");
  private static final Map<Language, ResourceBundle> LABELS = labels();

  private ListRenderer() {}

  /** Returns the list as a text table in {@code language}, ending with a line break. */
  static String text(PeopleList list, Language language) {
    ResourceBundle labels = bundle(language);
    RegistryView view = list.view();
    String categories =
        list.categories().stream().map(Enum::name).collect(Collectors.joining(", "));
    StringBuilder out = new StringBuilder();
    out.append(
            view.knownOn().equals(view.asOf())
                ? label(labels, "title", categories, view.asOf())
                : label(labels, "title.knownOn", categories, view.asOf(), view.knownOn()))
        .append('\n');
    out.append(
            view.sources()
                .map(s -> label(labels, "sources", s.stream().map(Source::label).collect(Collectors.joining(", "))))
                .orElseGet(() -> label(labels, "sources.all")))
        .append("\n\n");

    List<String> header = new ArrayList<>();
    header.add(label(labels, "column.id"));
    header.add(label(labels, "column.category"));
    for (Dated d : list.datesShown()) {
      header.add(label(labels, "column." + d.column()));
    }
    if (list.names()) {
      header.add(label(labels, "column.name"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Entry e : list.entries()) {
      List<String> row = new ArrayList<>();
      row.add(e.id());
      row.add(e.category().name());
      for (Dated d : list.datesShown()) {
        LocalDate date = e.dates().get(d);
        row.add(date == null ? "" : date.toString());
      }
      if (list.names()) {
        row.add(e.name().map(ListRenderer::oneLine).orElseGet(() -> label(labels, "name.none")));
      }
      rows.add(row);
    }
    table(out, header, rows);

    out.append('\n');
    int listed = list.entries().size();
    out.append(label(labels, listed == 1 ? "listed.one" : "listed.many", number(listed, language)))
        .append('\n');
    if (list.leftOut() > 0) {
      out.append(
              label(
                  labels,
                  list.leftOut() == 1 ? "leftOut.one" : "leftOut.many",
                  number(list.leftOut(), language)))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the list as CSV: a header ({@code id}, {@code name} with names, {@code category},
   * then every date column of {@link Dated}) and one row per person, blank where a date does
   * not apply. The people left out are not in it.
   */
  static String csv(PeopleList list) {
    StringWriter w = new StringWriter();
    try (CsvGenerator g = CSV.createGenerator(w)) {
      g.setSchema(ROWS);
      List<String> header = new ArrayList<>();
      header.add("id");
      if (list.names()) {
        header.add("name");
      }
      header.add("category");
      for (Dated d : Dated.values()) {
        header.add(d.column());
      }
      row(g, header);
      for (Entry e : list.entries()) {
        List<String> row = new ArrayList<>();
        row.add(e.id());
        if (list.names()) {
          row.add(e.name().orElse(""));
        }
        row.add(e.category().name());
        for (Dated d : Dated.values()) {
          LocalDate date = e.dates().get(d);
          row.add(date == null ? "" : date.toString());
        }
        row(g, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the list as CSV", e);
    }
    return w.toString();
  }

  /**
   * Returns the list as one JSON object on one line: {@code asOf}, {@code knownAsOf}, {@code
   * sources} (or {@code null} for every source), {@code categories}, {@code listed}, {@code
   * leftOut} (confidential people not listed) and {@code people}, each with {@code id}, {@code
   * name} (only with names; {@code null} when none is recorded), {@code category} and the keys
   * of {@link Dated} that apply.
   */
  static String json(PeopleList list) {
    RegistryView view = list.view();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asOf", view.asOf().toString());
    root.put("knownAsOf", view.knownOn().toString());
    if (view.sources().isPresent()) {
      ArrayNode sources = root.putArray("sources");
      view.sources().get().forEach(s -> sources.add(s.label()));
    } else {
      root.putNull("sources");
    }
    ArrayNode categories = root.putArray("categories");
    for (FreedomCategory c : list.categories()) {
      categories.add(c.name());
    }
    root.put("listed", list.entries().size());
    root.put("leftOut", list.leftOut());
    ArrayNode people = root.putArray("people");
    for (Entry e : list.entries()) {
      ObjectNode p = people.addObject();
      p.put("id", e.id());
      if (list.names()) {
        p.put("name", e.name().orElse(null));
      }
      p.put("category", e.category().name());
      for (Map.Entry<Dated, LocalDate> d : e.dates().entrySet()) {
        p.put(d.getKey().key(), d.getValue().toString());
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the list as JSON", e);
    }
  }

  /** Returns {@code left} people left out, as the text format says it, in {@code language}. */
  static String leftOut(int left, Language language) {
    return label(
        bundle(language), left == 1 ? "leftOut.one" : "leftOut.many", number(left, language));
  }

  /**
   * Returns {@code name} on one line that reads as it is stored: line breaks, other control
   * characters and the characters that reorder text on screen (bidirectional embeddings,
   * overrides and isolates) become spaces, so that no name can break or disguise a line.
   */
  static String oneLine(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean reorders = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      s.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || reorders ? ' ' : c);
    }
    return s.toString();
  }

  private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(header.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    line(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append("  ");
      }
      s.append(cells.get(i));
      if (i < cells.size() - 1) {
        s.append(" ".repeat(widths[i] - width(cells.get(i))));
      }
    }
    out.append(s.toString().stripTrailing()).append('\n');
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static void row(CsvGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static String number(long n, Language language) {
    String grouped = String.format(Locale.ROOT, "%,d", n);
    return language == Language.ES ? grouped.replace(',', '.') : grouped;
  }

  private static String label(ResourceBundle labels, String key, Object... args) {
    String text;
    try {
      text = labels.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing label " + key, e);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  private static ResourceBundle bundle(Language language) {
    return Objects.requireNonNull(LABELS.get(language), "labels");
  }

  private static Map<Language, ResourceBundle> labels() {
    EnumMap<Language, ResourceBundle> map = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      String name = "list_" + l.code() + ".properties";
      try (InputStream in = ListRenderer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource bundle " + name);
        }
        map.put(l, new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource bundle " + name, e);
      }
    }
    return ImmutableMap.copyOf(map);
  }
}
