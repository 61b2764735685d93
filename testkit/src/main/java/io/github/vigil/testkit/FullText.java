package io.github.vigil.testkit;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Registry;
import java.util.Optional;

/**
 * Writes a generated registry or history out in full — every field, names and notes included —
 * one record per line, for the report of a failed property. Generated values are synthetic, so
 * printing them is safe; never use this on a real registry.
 */
final class FullText {
  private FullText() {}

  static String of(History h) {
    StringBuilder s = new StringBuilder();
    s.append("History of ").append(h.detainee()).append(", ").append(count(h.events().size(), "event"));
    for (Event e : h.events()) {
      s.append("\n  ");
      event(s, e);
    }
    return s.toString();
  }

  static String of(Registry r) {
    StringBuilder s = new StringBuilder("Registry");
    r.country().ifPresent(c -> s.append(" country=").append(c));
    r.name().ifPresent(n -> s.append(" name=").append(quote(n)));
    s.append(", ")
        .append(count(r.facilities().size(), "facility"))
        .append(", ")
        .append(count(r.size(), "person"))
        .append(", ")
        .append(count(r.eventCount(), "event"));
    for (Facility f : r.facilities()) {
      s.append("\n  facility ").append(f.id()).append(' ').append(f.kind());
      text(s, "name", f.name());
      text(s, "region", f.region());
      f.country().ifPresent(c -> s.append(" country=").append(c));
    }
    for (Detainee d : r.detainees()) {
      s.append("\n  person ");
      detainee(s, d);
      for (Event e : r.history(d.id()).orElseThrow().events()) {
        s.append("\n    ");
        event(s, e);
      }
    }
    return s.toString();
  }

  static String of(Detainee d) {
    StringBuilder s = new StringBuilder("person ");
    detainee(s, d);
    return s.toString();
  }

  static String of(Event e) {
    StringBuilder s = new StringBuilder();
    event(s, e);
    return s.toString();
  }

  private static void detainee(StringBuilder s, Detainee d) {
    s.append(d.id());
    text(s, "name", d.name());
    d.birthDate().ifPresent(b -> s.append(" birth_date=").append(b));
    d.gender().ifPresent(g -> s.append(" gender=").append(g));
    d.nationality().ifPresent(n -> s.append(" nationality=").append(n));
    d.affiliation().ifPresent(a -> s.append(" affiliation=").append(a));
    if (d.seriousHealthCondition()) {
      s.append(" serious_health_condition=true");
    }
    if (d.confidential()) {
      s.append(" confidential=true");
    }
  }

  private static void event(StringBuilder s, Event e) {
    s.append(e.date()).append(' ').append(e.type());
    e.facility().ifPresent(f -> s.append(" facility=").append(f));
    if (!e.measures().isEmpty()) {
      s.append(" measures=").append(quote(Measures.format(e.measures())));
    }
    if (!e.recordedOn().equals(e.date())) {
      s.append(" recorded_on=").append(e.recordedOn());
    }
    if (e.isApproximate()) {
      s.append(" date_precision=").append(e.precision());
    }
    e.source().ifPresent(src -> s.append(" source=").append(quote(src.label())));
    text(s, "note", e.note());
  }

  private static void text(StringBuilder s, String key, Optional<String> value) {
    value.ifPresent(v -> s.append(' ').append(key).append('=').append(quote(v)));
  }

  /** Returns {@code v} in double quotes, with quotes, backslashes and control characters escaped. */
  static String quote(String v) {
    StringBuilder s = new StringBuilder(v.length() + 2).append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  private static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun.equals("person") ? "people" : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }
}
