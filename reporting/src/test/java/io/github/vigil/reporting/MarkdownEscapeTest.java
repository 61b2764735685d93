package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Examples of how the Markdown report writes text and values, character by character: the
 * escapes of labels (no label of ours holds a line break, a backslash or an unpaired data mark,
 * so the whole reports of {@link TextReportTest} and {@link ClaimsReportTest} cannot show these)
 * and the code spans of values from the registry.
 */
class MarkdownEscapeTest {
  private static final char MARK = '\uE000';

  @Test
  void everyMarkupCharacterOfALabelIsPrecededByABackslash() {
    assertEquals(
        "\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\~ \\& \\# \\! a-b (c) 'd' \"e\" %",
        TextRenderer.escape("\\ ` * _ [ ] < > | ~ & # ! a-b (c) 'd' \"e\" %"));
  }

  @Test
  void aLineBreakInALabelBecomesASpace() {
    assertEquals("a b c  d", TextRenderer.escape("a\nb\rc\r\nd"));
  }

  @Test
  void textBetweenTwoDataMarksIsACodeSpanAndAMarkLeftOpenRunsToTheEnd() {
    assertEquals("a `*b*` \\*c\\*", TextRenderer.escape("a " + MARK + "*b*" + MARK + " *c*"));
    assertEquals("a `x\\|y` b `*z*`", TextRenderer.escape("a " + MARK + "x|y" + MARK + " b " + MARK + "*z*"));
    assertEquals("a ``", TextRenderer.escape("a " + MARK));
  }

  @Test
  void aCodeSpanIsFencedByOneMoreBacktickThanItsLongestRun() {
    assertEquals("`plain`", TextRenderer.codeSpan("plain"));
    assertEquals("``a`b``", TextRenderer.codeSpan("a`b"));
    assertEquals("```a``b`c```", TextRenderer.codeSpan("a``b`c"));
    assertEquals("````a```b````", TextRenderer.codeSpan("a```b"));
  }

  @Test
  void aCodeSpanIsPaddedWhenItStartsOrEndsWithABacktickOrASpaceOnly() {
    assertEquals("`` `a ``", TextRenderer.codeSpan("`a"));
    assertEquals("`` a` ``", TextRenderer.codeSpan("a`"));
    assertEquals("`  a `", TextRenderer.codeSpan(" a"));
    assertEquals("` a  `", TextRenderer.codeSpan("a "));
    assertEquals("`a b`", TextRenderer.codeSpan("a b"));
    assertEquals("``", TextRenderer.codeSpan(""));
  }

  @Test
  void aCodeSpanHasNoLineBreakAndEscapesPipesOnly() {
    assertEquals("`a b c \\| *d* <e>`", TextRenderer.codeSpan("a\nb\rc | *d* <e>"));
  }
}
