package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.Measure;
import io.github.vigil.core.Source;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * What the hard texts must hold (each kind of character that breaks a naive writer or reader
 * appears in at least one) and what {@link VigilGen#registriesWithHardText()} must do with them:
 * put every one of them, every hard measure text and every hard source into some registry, while
 * every history stays valid.
 */
class HardTextProperties {
  private static final long SEED = 4_2026L;

  private static boolean anyText(Predicate<String> p) {
    return VigilGen.HARD_TEXTS.stream().anyMatch(p);
  }

  private static boolean anyCodePoint(IntPredicate p) {
    return anyText(t -> t.codePoints().anyMatch(p));
  }

  @Test
  void hardTextsHoldEveryKindOfCharacterThatBreaksAWriterOrAReader() {
    assertTrue(anyText(t -> t.contains("\"")), "a double quote");
    assertTrue(anyText(t -> t.contains("'")), "an apostrophe");
    assertTrue(anyText(t -> t.contains(",")), "a comma");
    assertTrue(anyText(t -> t.contains(";")), "a semicolon, the separator of measures");
    assertTrue(anyText(t -> t.contains("(") && t.contains(")")), "parentheses");
    assertTrue(anyText(t -> t.contains("\n") && !t.contains("\r")), "a line feed alone");
    assertTrue(anyText(t -> t.contains("\r\n")), "a CR LF");
    assertTrue(anyText(t -> t.contains("\\")), "a backslash");
    assertTrue(anyText(t -> t.contains("#") && t.contains("=") && t.contains(":") && t.contains("!")), "properties syntax");
    assertTrue(anyText(t -> t.startsWith("=")), "a spreadsheet formula");
    assertTrue(
        anyCodePoint(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'),
        "a control character");
    assertTrue(anyCodePoint(c -> Character.isLetter(c) && c > 0x7f && c < 0x250), "a precomposed accent");
    assertTrue(anyCodePoint(c -> Character.getType(c) == Character.NON_SPACING_MARK), "a combining mark");
    assertTrue(
        anyCodePoint(
            c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC),
        "right-to-left text");
    assertTrue(anyCodePoint(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "Chinese");
    assertTrue(anyCodePoint(Character::isSupplementaryCodePoint), "a character outside the BMP");
    assertTrue(anyText(t -> t.length() == 1 && t.equals("\"")), "a lone quote");
    assertTrue(anyText(t -> t.length() == 1 && t.equals(",")), "a lone comma");
    assertTrue(anyText(t -> t.codePoints().allMatch(c -> c < 0x80 && Character.isLetter(c))), "plain text");
  }

  @Test
  void noHardTextIsBlankOrHasWhiteSpaceAroundItAndEachIsDifferent() {
    for (String t : VigilGen.HARD_TEXTS) {
      assertFalse(t.isBlank(), t);
      assertEquals(t.strip(), t, t);
    }
    assertEquals(VigilGen.HARD_TEXTS.size(), Set.copyOf(VigilGen.HARD_TEXTS).size());
    for (String t : VigilGen.HARD_MEASURE_TEXTS) {
      assertEquals(t.strip(), t, t);
      assertFalse(t.contains(";") || t.contains("(") || t.contains(")"), t);
      assertTrue(t.codePoints().noneMatch(Character::isISOControl), t);
    }
    for (Source s : VigilGen.HARD_SOURCES) {
      assertTrue(s.label().codePoints().noneMatch(Character::isISOControl), s.label());
    }
  }

  @Test
  void theHardTextGeneratorGivesEveryHardTextAndNothingElse() {
    Set<String> seen = new HashSet<>();
    qt().withFixedSeed(SEED).withExamples(500).forAll(VigilGen.hardTexts()).checkAssert(seen::add);
    assertEquals(Set.copyOf(VigilGen.HARD_TEXTS), seen);
  }

  @Test
  void everyMeasureTextHasOneHardTextAndTogetherTheyGiveEach() {
    Set<String> mapped = new HashSet<>();
    for (String t : VigilGen.OTHER_TEXTS) {
      String hard = VigilGen.hardMeasureText(t);
      assertEquals(hard, VigilGen.hardMeasureText(t));
      mapped.add(hard);
    }
    assertEquals(Set.copyOf(VigilGen.HARD_MEASURE_TEXTS), mapped);
  }

  @Test
  void registriesWithHardTextUseEveryHardTextMeasureTextAndSourceAndKeepEveryHistoryValid() {
    Set<String> texts = new HashSet<>();
    Set<String> measureTexts = new HashSet<>();
    Set<Source> sources = new HashSet<>();
    // registry name, facility name, region, person name, note: [absent, present]
    boolean[][] optional = new boolean[5][2];
    boolean[] facilityCountry = new boolean[2];
    boolean[] eventSource = new boolean[2];
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(VigilGen.registriesWithHardText())
        .checkAssert(
            r -> {
              optional[0][r.name().isPresent() ? 1 : 0] = true;
              r.name().ifPresent(texts::add);
              for (Facility f : r.facilities()) {
                assertTrue(VigilGen.DEFAULT_FACILITIES.contains(f.id()));
                optional[1][f.name().isPresent() ? 1 : 0] = true;
                optional[2][f.region().isPresent() ? 1 : 0] = true;
                facilityCountry[f.country().isPresent() ? 1 : 0] = true;
                f.name().ifPresent(texts::add);
                f.region().ifPresent(texts::add);
              }
              for (Detainee d : r.detainees()) {
                optional[3][d.name().isPresent() ? 1 : 0] = true;
                d.name().ifPresent(texts::add);
                History h = r.history(d.id()).orElseThrow();
                assertEquals(h, History.of(d.id(), h.events()));
                for (Event e : h.events()) {
                  optional[4][e.note().isPresent() ? 1 : 0] = true;
                  e.note().ifPresent(texts::add);
                  eventSource[e.source().isPresent() ? 1 : 0] = true;
                  e.source().ifPresent(s -> assertTrue(VigilGen.HARD_SOURCES.contains(s), s::label));
                  e.source().ifPresent(sources::add);
                  for (Measure m : e.measures()) {
                    // a lift may name a measure by its code alone
                    assertTrue(m.isComplete() || e.type() == EventType.MEASURE_LIFTED, m::toString);
                    m.text().ifPresent(measureTexts::add);
                  }
                }
              }
            });
    assertTrue(VigilGen.HARD_TEXTS.containsAll(texts), texts::toString);
    assertEquals(Set.copyOf(VigilGen.HARD_TEXTS), texts);
    assertEquals(Set.copyOf(VigilGen.HARD_MEASURE_TEXTS), measureTexts);
    assertEquals(Set.copyOf(VigilGen.HARD_SOURCES), sources);
    for (int i = 0; i < optional.length; i++) {
      assertTrue(optional[i][0] && optional[i][1], "text " + i + " not both present and absent");
    }
    assertTrue(facilityCountry[0] && facilityCountry[1]);
    assertTrue(eventSource[0] && eventSource[1]);
  }
}
