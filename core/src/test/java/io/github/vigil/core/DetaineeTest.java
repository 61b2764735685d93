package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.A;
import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person's record: nationalities, name, and the vulnerable groups they fall in. */
class DetaineeTest {
  static String message(Detainee.Builder b) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, b::build).getMessage());
  }

  @Test
  void otherNationalitiesNeedAFirstAndNoneIsListedTwice() {
    assertEquals(
        "otherNationalities need a first nationality",
        message(Detainee.builder().id(A).addOtherNationalities("CO")));
    assertEquals(
        "nationality VE is listed twice",
        message(Detainee.builder().id(A).nationality("VE").addOtherNationalities("VE")));
    assertEquals(
        "nationality CO is listed twice",
        message(Detainee.builder().id(A).nationality("VE").addOtherNationalities("CO", "ES", "CO")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Detainee.builder().id(A).nationality("VE").addOtherNationalities("XX").build());
    Detainee dual = Detainee.builder().id(A).nationality("VE").addOtherNationalities("CO", "ES").build();
    assertEquals(java.util.List.of("VE", "CO", "ES"), dual.nationalities());
  }

  @Test
  void aNameWhenPresentIsNotBlank() {
    assertEquals("name must not be blank when present", message(Detainee.builder().id(A).name(" ")));
  }

  @Test
  void groupsFollowAgeGenderHealthAndNationality() {
    Detainee d =
        Detainee.builder()
            .id(A)
            .birthDate(d("1960-06-01"))
            .gender(Gender.F)
            .seriousHealthCondition(true)
            .nationality("VE")
            .addOtherNationalities("CO")
            .build();
    assertEquals(
        Set.of(VulnerableGroup.WOMAN, VulnerableGroup.ELDERLY, VulnerableGroup.SERIOUS_HEALTH_CONDITION, VulnerableGroup.FOREIGN_NATIONAL),
        d.vulnerableGroupsOn(d("2020-06-01"), Optional.of("VE"), 60));
    assertEquals(
        Set.of(VulnerableGroup.WOMAN, VulnerableGroup.SERIOUS_HEALTH_CONDITION),
        d.vulnerableGroupsOn(d("2020-05-31"), Optional.empty(), 60),
        "a day before the sixtieth birthday, and no registry country");
    assertEquals(
        Set.of(VulnerableGroup.WOMAN, VulnerableGroup.ELDERLY, VulnerableGroup.SERIOUS_HEALTH_CONDITION, VulnerableGroup.FOREIGN_NATIONAL),
        d.vulnerableGroupsOn(d("1979-06-01"), Optional.of("VE"), 19),
        "an elderly age of 19 is allowed");
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> d.vulnerableGroupsOn(d("2020-06-01"), Optional.of("VE"), 18));
    assertEquals("elderlyAge must be above 18: 18", x.getMessage());
    Detainee national = Detainee.builder().id(A).nationality("VE").build();
    assertEquals(Set.of(), national.vulnerableGroupsOn(d("2020-06-01"), Optional.of("VE"), 60));
    assertEquals(
        Set.of(VulnerableGroup.FOREIGN_NATIONAL),
        national.vulnerableGroupsOn(d("2020-06-01"), Optional.of("CO"), 60));
    assertEquals(Set.of(), Detainee.of(A).vulnerableGroupsOn(d("2020-06-01"), Optional.of("CO"), 60));
  }
}
