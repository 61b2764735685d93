package io.github.vigil.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.History;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measure;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationPolicyTest {
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  static final ClassificationPolicy STANDARD = ClassificationPolicy.standard();

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static LegalStatus status(Event... later) {
    List<Event> events = new ArrayList<>();
    events.add(Event.of(EventType.ARREST, d("2025-03-01"), HELICOIDE));
    events.addAll(Arrays.asList(later));
    return History.of(DetaineeId.of("A"), events).status().orElseThrow();
  }

  static Event ev(EventType type, String date, String measures) {
    return Event.of(type, d(date), Measures.parse(measures).toArray(new Measure[0]));
  }

  @Test
  void eachCategoryHasItsReasonsMostDecisiveFirst() {
    assertEquals(
        "DETAINED [in custody at helicoide since 2025-03-01]", STANDARD.classify(status()).toString());
    assertEquals(
        List.of("whereabouts unknown", "in custody at helicoide since 2025-03-01", "release ordered 2026-01-08, not executed"),
        STANDARD.classify(status(ev(EventType.WHEREABOUTS_UNKNOWN, "2025-04-01", ""), ev(EventType.RELEASE_ORDER, "2026-01-08", ""))).reasons());
    Classification pending = STANDARD.classify(status(ev(EventType.RELEASE_ORDER, "2026-01-08", "SPEECH_BAN")));
    assertEquals(FreedomCategory.RELEASE_PENDING, pending.category());
    assertEquals(List.of("release ordered 2026-01-08, not executed", "in custody at helicoide since 2025-03-01"), pending.reasons());
    Classification conditional =
        STANDARD.classify(status(ev(EventType.RELEASE, "2026-01-09", "COURT_APPEARANCE(P30D);SPEECH_BAN")));
    assertEquals(FreedomCategory.CONDITIONAL, conditional.category());
    assertEquals(
        List.of(
            "COURT_APPEARANCE active since 2026-01-09",
            "SPEECH_BAN active since 2026-01-09",
            "open case",
            "released 2026-01-09"),
        conditional.reasons());
    Classification house =
        STANDARD.classify(status(ev(EventType.RELEASE, "2026-01-09", "SPEECH_BAN;HOUSE_ARREST")));
    assertEquals(FreedomCategory.HOUSE_ARREST, house.category());
    assertEquals("HOUSE_ARREST active since 2026-01-09", house.reasons().get(0));
    Classification full =
        STANDARD.classify(status(ev(EventType.RELEASE, "2026-01-09", ""), ev(EventType.CASE_CLOSED, "2026-01-09", "")));
    assertEquals(FreedomCategory.FULL, full.category());
    assertEquals(List.of("no active measure", "case closed", "released 2026-01-09"), full.reasons());
    assertEquals(
        List.of("exiled since 2026-01-09", "convicted"),
        STANDARD.classify(status(ev(EventType.CONVICTION, "2025-06-01", ""), ev(EventType.EXILE, "2026-01-09", ""))).reasons());
    Classification dead = STANDARD.classify(status(ev(EventType.DEATH, "2026-01-09", "")));
    assertEquals(FreedomCategory.DECEASED, dead.category());
    assertEquals(FreedomGroup.NONE, dead.group());
    assertEquals(List.of("deceased since 2026-01-09"), dead.reasons());
  }

  @Test
  void theFirstMatchingRuleWins() {
    LegalStatus unknownAndPending =
        status(ev(EventType.WHEREABOUTS_UNKNOWN, "2025-04-01", ""), ev(EventType.RELEASE_ORDER, "2026-01-08", ""));
    assertEquals(FreedomCategory.WHEREABOUTS_UNKNOWN, STANDARD.category(unknownAndPending));
    LegalStatus exiledWithMeasures =
        status(ev(EventType.RELEASE, "2026-01-09", "SPEECH_BAN"), ev(EventType.EXILE, "2026-01-10", ""));
    assertEquals(FreedomCategory.EXILED, STANDARD.category(exiledWithMeasures));
    LegalStatus openCaseOnly = status(ev(EventType.RELEASE, "2026-01-09", ""));
    assertEquals(FreedomCategory.CONDITIONAL, STANDARD.category(openCaseOnly));
    LegalStatus measureButClosed =
        status(ev(EventType.RELEASE, "2026-01-09", ""), ev(EventType.CASE_CLOSED, "2026-01-10", ""), ev(EventType.MEASURE_IMPOSED, "2026-01-11", "TRAVEL_BAN"));
    assertEquals(FreedomCategory.CONDITIONAL, STANDARD.category(measureButClosed));
  }

  @Test
  void theStandardPolicyGroupsAsTheFormatSays() {
    for (FreedomCategory c : FreedomCategory.values()) {
      FreedomGroup expected =
          switch (c) {
            case WHEREABOUTS_UNKNOWN, RELEASE_PENDING, DETAINED, HOUSE_ARREST -> FreedomGroup.DEPRIVED_OF_LIBERTY;
            case CONDITIONAL, FULL, EXILED -> FreedomGroup.AT_LIBERTY;
            case DECEASED -> FreedomGroup.NONE;
          };
      assertEquals(expected, STANDARD.group(c), c.name());
    }
    assertEquals("standard", STANDARD.name());
    assertEquals(
        List.of("DECEASED", "EXILED", "WHEREABOUTS_UNKNOWN", "RELEASE_PENDING", "DETAINED", "HOUSE_ARREST", "CONDITIONAL", "FULL"),
        Arrays.stream(FreedomCategory.values()).map(Enum::name).toList());
  }

  @Test
  void aPolicyMayGroupHouseArrestAtLibertyWithoutChangingTheCategory() {
    ClassificationPolicy p = ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(false).build();
    Classification c = p.classify(status(ev(EventType.RELEASE, "2026-01-09", "HOUSE_ARREST")));
    assertEquals(FreedomCategory.HOUSE_ARREST, c.category());
    assertEquals(FreedomGroup.AT_LIBERTY, c.group());
    assertEquals(FreedomGroup.DEPRIVED_OF_LIBERTY, STANDARD.classify(status(ev(EventType.RELEASE, "2026-01-09", "HOUSE_ARREST"))).group());
    assertEquals("standard+house-arrest-at-liberty", p.name());
  }

  @Test
  void aPolicyMayCountAnOpenCaseAloneAsFullFreedom() {
    ClassificationPolicy p = ClassificationPolicy.builder().openCaseIsConditional(false).build();
    LegalStatus openCaseOnly = status(ev(EventType.RELEASE, "2026-01-09", ""));
    Classification c = p.classify(openCaseOnly);
    assertEquals(FreedomCategory.FULL, c.category());
    assertTrue(c.reasons().contains("open case (not counted by this policy)"), c.reasons().toString());
    assertEquals(FreedomCategory.CONDITIONAL, p.category(status(ev(EventType.RELEASE, "2026-01-09", "SPEECH_BAN"))));
    assertEquals("standard+open-case-not-conditional", p.name());
    assertEquals("verified-count", ClassificationPolicy.builder().name("verified-count").openCaseIsConditional(false).build().name());
  }

  @Test
  void theWorkedExampleIsClassifiedAsTheFormatSays() {
    DetaineeId a = DetaineeId.of("A");
    DetaineeId b = DetaineeId.of("B");
    DetaineeId c = DetaineeId.of("C");
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(Facility.builder().id(HELICOIDE).name("El Helicoide").kind(FacilityKind.INTELLIGENCE).build())
            .withDetainee(Detainee.builder().id(a).name("A name").birthDate(d("2008-06-01")).gender(Gender.F).nationality("VE").build())
            .withDetainee(Detainee.builder().id(b).name("B name").birthDate(d("1950-01-01")).gender(Gender.M).nationality("CO").build())
            .withDetainee(Detainee.builder().id(c).name("C name").gender(Gender.M).nationality("VE").build())
            .withEvent(a, Event.of(EventType.ARREST, d("2025-03-01"), HELICOIDE))
            .withEvent(b, Event.of(EventType.ARREST, d("2025-04-01"), HELICOIDE))
            .withEvent(c, Event.builder().type(EventType.ARREST).date(d("2025-05-01")).facility(HELICOIDE).recordedOn(d("2026-01-09")).build())
            .withEvent(a, ev(EventType.RELEASE_ORDER, "2026-01-08", "COURT_APPEARANCE(P30D);SPEECH_BAN"))
            .withEvent(a, Event.of(EventType.RELEASE, d("2026-01-09")))
            .withEvent(b, Event.of(EventType.RELEASE_ORDER, d("2026-01-08")))
            .withEvent(b, Event.of(EventType.RELEASE, d("2026-01-09")))
            .withEvent(b, Event.of(EventType.CASE_CLOSED, d("2026-01-09")))
            .withEvent(c, Event.of(EventType.WHEREABOUTS_UNKNOWN, d("2026-01-09")));
    RegistryView tenth = r.asOf(d("2026-01-10"));
    assertEquals(FreedomCategory.CONDITIONAL, category(tenth, a));
    assertEquals(FreedomCategory.FULL, category(tenth, b));
    assertEquals(FreedomCategory.WHEREABOUTS_UNKNOWN, category(tenth, c));
    assertEquals(3, tenth.population().count());
    RegistryView known8 = tenth.knownOn(d("2026-01-08"));
    assertEquals(2, known8.population().count());
    assertEquals(FreedomCategory.RELEASE_PENDING, category(known8, a));
    assertEquals(FreedomCategory.RELEASE_PENDING, category(known8, b));
    String reasons = STANDARD.classify(tenth.person(a).orElseThrow().status().orElseThrow()).reasons().toString();
    assertTrue(reasons.contains("SPEECH_BAN active since 2026-01-09"), reasons);
    assertFalse(reasons.contains("A name"));
  }

  static FreedomCategory category(RegistryView v, DetaineeId id) {
    return STANDARD.category(v.person(id).orElseThrow().status().orElseThrow());
  }

  @Test
  void policiesAndClassificationsAreValues() {
    new EqualsTester()
        .addEqualityGroup(ClassificationPolicy.standard(), ClassificationPolicy.builder().build())
        .addEqualityGroup(ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(false).build())
        .addEqualityGroup(ClassificationPolicy.builder().openCaseIsConditional(false).build())
        .testEquals();
    LegalStatus s = status();
    new EqualsTester()
        .addEqualityGroup(STANDARD.classify(s), STANDARD.classify(status()))
        .addEqualityGroup(STANDARD.classify(status(ev(EventType.RELEASE, "2026-01-09", ""))))
        .testEquals();
    NullPointerTester t = new NullPointerTester();
    t.setDefault(LegalStatus.class, s);
    t.testAllPublicInstanceMethods(STANDARD);
  }
}
