package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What may be echoed of a user's value. */
class SafeTextTest {

  @Test
  void printableAsciiPassesUnchanged() {
    assertEquals("ecog0 (n=61)", SafeText.of("ecog0 (n=61)"));
  }

  @Test
  void controlCharactersBecomeQuestionMarks() {
    assertEquals("a?[31m?b??", SafeText.of("a\u001b[31m\nb\r\u0007"));
  }

  @Test
  void lookAlikesAreShownByCodePoint() {
    assertEquals("U+04201", SafeText.of("\u04201"));
    assertEquals("PU+FF13", SafeText.of("P\uff13"));
    assertEquals("U+1F600", SafeText.of(new String(Character.toChars(0x1F600))));
  }

  @Test
  void valuesAreCutToFortyCharacters() {
    String cut = SafeText.of("x".repeat(4000));
    assertEquals("x".repeat(40) + "...", cut);
  }

  @Test
  void aMessageKeepsItsSentenceAndMakesEachQuotedValueSafe() {
    String m = SafeText.message("group '" + "n\u00e9\nx".repeat(30) + "' has 1 event\n");
    assertTrue(m.startsWith("group 'nU+00E9?x"), m);
    assertTrue(m.endsWith("...' has 1 event?"), m);
  }
}
