package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's profiles: the catalogue's codes, and any other well-formed code a registry uses. */
class ProfileTest {
  @Test
  void aCatalogueCodeGivesTheCataloguesProfileAndAnotherCodeANewOne() {
    assertSame(Profile.JOURNALIST, Profile.of("JOURNALIST"));
    assertTrue(Profile.JOURNALIST.isCatalogued());
    Profile student = Profile.of("STUDENT_LEADER");
    assertEquals("STUDENT_LEADER", student.code());
    assertEquals("STUDENT_LEADER", student.toString());
    assertFalse(student.isCatalogued());
    assertEquals(
        List.of("JOURNALIST", "HUMAN_RIGHTS_DEFENDER", "TRADE_UNIONIST", "POLITICAL_LEADER", "INDIGENOUS", "DISABILITY", "LGBTI"),
        Profile.catalogue().stream().map(Profile::code).toList());
  }

  @Test
  void aCodeIsOneToSixtyFourCapitalsDigitsAndUnderscoresStartingWithALetter() {
    for (String good : List.of("A", "Z", "A1", "Z_9", "X".repeat(64))) {
      assertTrue(Profile.isValid(good), good);
      assertEquals(good, Profile.of(good).code());
    }
    for (String bad : List.of("", "1A", "_A", "@A", "[A", "journalist", "A-B", "A B", "X".repeat(65))) {
      assertFalse(Profile.isValid(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> Profile.of(bad), bad);
    }
  }

  @Test
  void theMessageShowsACodeLikeValueButOnlyTheLengthOfAnythingElse() {
    String prefix = "a profile must be 1 to 64 characters of A-Z 0-9 _ starting with a letter, was ";
    assertEquals(prefix + "'1A'", message("1A"));
    assertEquals(prefix + "65 characters", message("X".repeat(65)));
    assertEquals(prefix + "(9 characters, not shown)", message("Ana María"));
    assertEquals(prefix + "'1" + "X".repeat(39) + "...'", message("1" + "X".repeat(63)), "sixty-four characters, cut");
  }

  private static String message(String code) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, () -> Profile.of(code)).getMessage());
  }

  @Test
  void profilesAreEqualAndOrderedByCode() {
    new EqualsTester()
        .addEqualityGroup(Profile.of("STUDENT"), Profile.of("STUDENT"))
        .addEqualityGroup(Profile.JOURNALIST, Profile.of("JOURNALIST"))
        .addEqualityGroup(Profile.LGBTI)
        .testEquals();
    assertTrue(Profile.JOURNALIST.compareTo(Profile.LGBTI) < 0);
    assertTrue(Profile.LGBTI.compareTo(Profile.JOURNALIST) > 0);
    assertEquals(0, Profile.of("STUDENT").compareTo(Profile.of("STUDENT")));
  }
}
