package io.github.vigil.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.vigil.core.internal.Echo.Shape;
import org.junit.jupiter.api.Test;

class EchoTest {
  @Test
  void printableAsciiIsShownAsItIs() {
    assertEquals("'P0001 is-here_ok.'", Echo.quote("P0001 is-here_ok."));
  }

  @Test
  void controlCharactersAreQuestionMarksSoNoLineCanBeForged() {
    assertEquals("'a?b?c?d?'", Echo.quote("a\nb\u001bc\rd\u0007"));
    assertEquals("'x?'", Echo.quote("x\u0085"));
  }

  @Test
  void theEdgesOfPrintableAsciiAreExact() {
    // space and tilde are the first and last printable characters; below and DEL are controls
    assertEquals("' ~'", Echo.quote(" ~"));
    assertEquals("'??'", Echo.quote("\u001f\u007f"));
    assertEquals(" ~", Echo.line(" ~"));
    assertEquals("a?b?", Echo.line("a\u001fb\u007f"));
  }

  @Test
  void lookAlikeLettersShowTheirCodePoints() {
    assertEquals("'<U+0420>1'", Echo.quote("\u04201"));
    assertEquals("'P<U+FF13>'", Echo.quote("P\uFF13"));
    assertEquals("'P1<U+00A0>'", Echo.quote("P1\u00a0"));
    assertEquals("'<U+1F600>'", Echo.quote("\uD83D\uDE00"));
    assertEquals("'<U+D800>x'", Echo.quote("\uD800x"));
    assertEquals("'<U+202E>'", Echo.quote("\u202E"));
  }

  @Test
  void valuesAreCutAfterFortyCharacters() {
    assertEquals("'" + "a".repeat(40) + "'", Echo.quote("a".repeat(40)));
    assertEquals("'" + "a".repeat(40) + "...'", Echo.quote("a".repeat(41)));
    assertEquals("'" + "a".repeat(40) + "...'", Echo.quote("a".repeat(4000) + "\n\u001b[2J"));
    // forty characters, not forty UTF-16 units
    assertEquals(
        "'" + "<U+1F600>".repeat(40) + "'", Echo.quote("\uD83D\uDE00".repeat(40)));
  }

  @Test
  void aValueIsShownOnlyWhenItHasTheShapeOfItsColumn() {
    assertEquals("(9 characters, not shown)", Echo.quoteIf("Ana Perez", Shape.TOKEN));
    assertEquals("'P1?'", Echo.quoteIf("P1\u0007", Shape.TOKEN));
    assertEquals("'2024-13-01'", Echo.quoteIf("2024-13-01", Shape.DATE));
    assertEquals("'01/02/2026'", Echo.quoteIf("01/02/2026", Shape.DATE));
    assertEquals("(3 characters, not shown)", Echo.quoteIf("Ana", Shape.DATE));
    assertEquals("'RELEASED'", Echo.quoteIf("RELEASED", Shape.CODE));
    assertEquals("(3 characters, not shown)", Echo.quoteIf("Ana", Shape.CODE));
    assertEquals("(1 character, not shown)", Echo.quoteIf("a", Shape.CODE));
    assertEquals("'P999999999Y'", Echo.quoteIf("P999999999Y", Shape.PERIOD));
    assertEquals("(7 characters, not shown)", Echo.quoteIf("15 días", Shape.PERIOD));
    assertFalse(Shape.TOKEN.test(""));
  }

  @Test
  void aLineKeepsLettersOfEveryScriptButNoControlOrFormatCharacter() {
    assertEquals("/home/josé/registro", Echo.line("/home/josé/registro"));
    assertEquals("a?b?", Echo.line("a\nb\u001b"));
    assertEquals("x<U+202E>y<U+2028>", Echo.line("x\u202Ey\u2028"));
    assertEquals("no change", Echo.line("no change"));
  }
}
