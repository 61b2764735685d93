package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ids, people, measures and events: their checks, equality and null handling. */
class ValuesTest {

  @Test
  void agesAreWholeYearsAndTurnOnTheBirthday() {
    Detainee p = Detainee.builder().id(Fixtures.A).birthDate(d("2000-03-15")).build();
    assertEquals(25, p.ageOn(d("2026-03-14")).getAsInt());
    assertEquals(26, p.ageOn(d("2026-03-15")).getAsInt());
    assertTrue(Detainee.of(Fixtures.A).ageOn(d("2026-03-15")).isEmpty());
  }

  @Test
  void someoneBornOnTheTwentyNinthOfFebruaryTurnsOlderOnTheFirstOfMarchInCommonYears() {
    Detainee p = Detainee.builder().id(Fixtures.A).birthDate(d("2008-02-29")).build();
    assertEquals(17, p.ageOn(d("2026-02-28")).getAsInt());
    assertEquals(18, p.ageOn(d("2026-03-01")).getAsInt());
    assertEquals(15, p.ageOn(d("2024-02-28")).getAsInt());
    assertEquals(16, p.ageOn(d("2024-02-29")).getAsInt());
    assertTrue(p.vulnerableGroupsOn(d("2026-02-28"), Optional.empty()).contains(VulnerableGroup.MINOR));
    assertFalse(p.vulnerableGroupsOn(d("2026-03-01"), Optional.empty()).contains(VulnerableGroup.MINOR));
  }

  @Test
  void aBirthDateAfterTheDateGivesANegativeAgeAndAMinor() {
    Detainee p = Detainee.builder().id(Fixtures.A).birthDate(d("2030-06-01")).build();
    assertEquals(-4, p.ageOn(d("2026-01-15")).getAsInt());
    assertTrue(p.vulnerableGroupsOn(d("2026-01-15"), java.util.Optional.empty()).contains(VulnerableGroup.MINOR));
  }

  @Test
  void elderlyFromTheSixtiethBirthday() {
    Detainee p = Detainee.builder().id(Fixtures.A).birthDate(d("1966-01-10")).seriousHealthCondition(true).build();
    assertEquals(
        java.util.Set.of(VulnerableGroup.SERIOUS_HEALTH_CONDITION),
        p.vulnerableGroupsOn(d("2026-01-09"), Optional.of("VE")));
    assertEquals(
        java.util.Set.of(VulnerableGroup.ELDERLY, VulnerableGroup.SERIOUS_HEALTH_CONDITION),
        p.vulnerableGroupsOn(d("2026-01-10"), Optional.of("VE")));
  }

  @Test
  void nationalitiesAndCountriesMustBeAlpha2Codes() {
    assertThrows(IllegalArgumentException.class, () -> Detainee.builder().id(Fixtures.A).nationality("ve").build());
    assertThrows(IllegalArgumentException.class, () -> Detainee.builder().id(Fixtures.A).nationality("VEN").build());
    assertThrows(IllegalArgumentException.class, () -> Registry.empty().withCountry("Venezuela"));
    assertThrows(IllegalArgumentException.class, () -> Detainee.builder().id(Fixtures.A).name(" ").build());
  }

  @Test
  void idsAcceptOneToSixtyFourSafeCharacters() {
    assertTrue(DetaineeId.isValid("A"));
    assertTrue(DetaineeId.isValid("vp-0001.x_Y"));
    assertTrue(DetaineeId.isValid("a".repeat(64)));
    assertFalse(DetaineeId.isValid("a".repeat(65)));
    assertFalse(DetaineeId.isValid(""));
    assertFalse(DetaineeId.isValid("A 1"));
    assertFalse(DetaineeId.isValid("Ñ"));
    assertThrows(IllegalArgumentException.class, () -> DetaineeId.of("A 1"));
    assertThrows(IllegalArgumentException.class, () -> FacilityId.of(""));
    assertTrue(DetaineeId.of("a").compareTo(DetaineeId.of("b")) < 0);
  }

  @Test
  void personalDataNeverReachesToString() {
    Detainee p = Detainee.builder().id(Fixtures.A).name("María Pérez").build();
    assertFalse(p.toString().contains("María"), p.toString());
    assertTrue(p.toString().contains("A"));
    Event e = Event.builder().type(EventType.ARREST).date(d("2025-01-01")).facility(Fixtures.HELICOIDE).note("called by her sister Rosa").build();
    assertFalse(e.toString().contains("Rosa"), e.toString());
  }

  @Test
  void measuresParseTheirCodeAndParameter() {
    assertEquals(Measure.courtAppearance(Period.ofDays(15)), Measure.parse("COURT_APPEARANCE(P15D)"));
    assertEquals(Measure.courtAppearance(Period.ofDays(14)), Measure.parse(" COURT_APPEARANCE( P2W ) "));
    assertEquals(Measure.of(MeasureType.SPEECH_BAN), Measure.parse("SPEECH_BAN"));
    assertEquals(Measure.ofText(MeasureType.OTHER, "report weekly"), Measure.parse("OTHER(report weekly)"));
    assertEquals("COURT_APPEARANCE(P1M)", Measure.parse("COURT_APPEARANCE(P1M)").code());
    assertFalse(Measure.of(MeasureType.COURT_APPEARANCE).isComplete());
    assertFalse(Measure.of(MeasureType.OTHER).isComplete());
    assertTrue(Measure.of(MeasureType.BAIL).isComplete());
  }

  @Test
  void badMeasuresAreRefusedWithAClearMessage() {
    for (String bad :
        List.of(
            "GAG_ORDER",
            "speech_ban",
            "COURT_APPEARANCE(15 days)",
            "COURT_APPEARANCE(P0D)",
            "COURT_APPEARANCE(P-1D)",
            "COURT_APPEARANCE(P15D",
            "SPEECH_BAN)",
            "OTHER()",
            "OTHER(a(b))",
            "SPEECH_BAN(P15D)x",
            "")) {
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Measure.parse(bad), bad);
      assertFalse(String.valueOf(x.getMessage()).isBlank());
    }
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Measures.parse("SPEECH_BAN;NOPE"));
    assertTrue(String.valueOf(x.getMessage()).contains("NOPE"));
  }

  @Test
  void measureMessagesNeverRepeatOthersTextNorAnythingThatIsNotACode() {
    String secret = "call Ana on 0412-5550000\u001b[2J\nevents.csv:99: forged";
    for (String bad :
        List.of(
            "OTHER(" + secret,
            "OTHER(" + secret + "))",
            "OTHER(" + secret + ")x",
            "SPEECH_BAN(" + secret + "(x))",
            "COURT_APPEARANCE(" + secret + ")",
            secret,
            secret + "(P15D)")) {
      IllegalArgumentException x =
          assertThrows(IllegalArgumentException.class, () -> Measure.parse(bad), bad);
      String m = String.valueOf(x.getMessage());
      assertFalse(m.contains("Ana") || m.contains("0412") || m.contains("\n") || m.contains("\u001b"), m);
    }
    IllegalArgumentException period =
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("COURT_APPEARANCE(P15 D)"));
    assertTrue(String.valueOf(period.getMessage()).endsWith("(5 characters, not shown)"), period.getMessage());
    IllegalArgumentException code =
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("GAG_ORDER"));
    assertTrue(String.valueOf(code.getMessage()).startsWith("unknown measure code 'GAG_ORDER'"), code.getMessage());
  }

  @Test
  void aCourtAppearanceIntervalIsAtMostAHundredYears() {
    // P999999999Y used to pass and later broke date arithmetic (risk's appearance schedule)
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("COURT_APPEARANCE(P999999999Y)"));
    assertTrue(String.valueOf(x.getMessage()).contains("at most 100 years"), x.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Measure.parse("COURT_APPEARANCE(P1201M)"));
    assertThrows(IllegalArgumentException.class, () -> Measure.parse("COURT_APPEARANCE(P36526D)"));
    assertEquals(Period.ofYears(100), Measure.parse("COURT_APPEARANCE(P100Y)").interval().get());
    assertEquals(Period.ofDays(36_525), Measure.parse("COURT_APPEARANCE(P36525D)").interval().get());
  }

  @Test
  void measureTypesParseExactlyAsTheFormatWritesThem() {
    assertEquals(MeasureType.TRAVEL_BAN, MeasureType.parse("TRAVEL_BAN"));
    IllegalArgumentException lower =
        assertThrows(IllegalArgumentException.class, () -> MeasureType.parse("travel_ban"));
    assertTrue(String.valueOf(lower.getMessage()).contains("upper case: TRAVEL_BAN"), lower.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MeasureType.parse(""));
    assertThrows(IllegalArgumentException.class, () -> MeasureType.parse("TRAVEL_BAN(x)"));
  }

  @Test
  void countryCodesAreCheckedAgainstTheIsoList() {
    // VZ is two capital letters but no country: it used to load and make everyone foreign
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> Detainee.builder().id(Fixtures.A).nationality("VZ").build());
    assertEquals("nationality must be an ISO 3166-1 alpha-2 code such as VE, was 'VZ'", x.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Registry.empty().withCountry("UK"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Facility.builder().id(FacilityId.of("f")).country("XX").build());
    assertEquals("GB", Registry.empty().withCountry("GB").country().get());
    assertEquals("VE", Detainee.builder().id(Fixtures.A).nationality("VE").build().nationality().get());
    IllegalArgumentException name =
        assertThrows(IllegalArgumentException.class, () -> Registry.empty().withCountry("Ana Perez"));
    assertFalse(String.valueOf(name.getMessage()).contains("Ana"), name.getMessage());
  }

  @Test
  void anInvalidIdShowsLookAlikeLettersAndNeverAName() {
    IllegalArgumentException cyrillic =
        assertThrows(IllegalArgumentException.class, () -> DetaineeId.of("\u04201"));
    assertTrue(String.valueOf(cyrillic.getMessage()).endsWith("'<U+0420>1'"), cyrillic.getMessage());
    IllegalArgumentException name =
        assertThrows(IllegalArgumentException.class, () -> DetaineeId.of("Ana Perez"));
    assertFalse(String.valueOf(name.getMessage()).contains("Ana"), name.getMessage());
  }

  @Test
  void aMeasureCodeInLowerCaseIsRefusedWithTheUpperCaseSpelling() {
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> Measures.parse("speech_ban"));
    assertEquals(
        "unknown measure code 'speech_ban' (codes are written in upper case: SPEECH_BAN)",
        x.getMessage());
    IllegalArgumentException part =
        assertThrows(IllegalArgumentException.class, () -> Measures.parse("ban"));
    assertTrue(String.valueOf(part.getMessage()).contains("expected one of"), part.getMessage());
  }

  @Test
  void measureListsParseAndFormat() {
    List<Measure> l = Measures.parse("COURT_APPEARANCE(P15D); SPEECH_BAN;");
    assertEquals(List.of(Measure.courtAppearance(Period.ofDays(15)), Measure.of(MeasureType.SPEECH_BAN)), l);
    assertEquals("COURT_APPEARANCE(P15D);SPEECH_BAN", Measures.format(l));
    assertEquals(List.of(), Measures.parse("  "));
  }

  @Test
  void aCodeListedTwiceIsKeptAndTheReplayLeavesItsLastParameterInForce() {
    List<Measure> twice = Measures.parse("COURT_APPEARANCE(P15D);SPEECH_BAN;COURT_APPEARANCE(P30D)");
    assertEquals(
        List.of(
            Measure.courtAppearance(Period.ofDays(15)),
            Measure.of(MeasureType.SPEECH_BAN),
            Measure.courtAppearance(Period.ofDays(30))),
        twice);
    assertEquals("COURT_APPEARANCE(P15D);SPEECH_BAN;COURT_APPEARANCE(P30D)", Measures.format(twice));
    LegalStatus s =
        Fixtures.status(
            Fixtures.arrest("2025-01-01"),
            Fixtures.with(EventType.RELEASE, "2026-01-09", twice.toArray(new Measure[0])));
    assertEquals(
        List.of(
            ActiveMeasure.of(Measure.courtAppearance(Period.ofDays(30)), d("2026-01-09")),
            ActiveMeasure.of(Measure.of(MeasureType.SPEECH_BAN), d("2026-01-09"))),
        s.activeMeasures());
  }

  @Test
  void eventsAreCheckedForStructure() {
    LocalDate day = d("2026-01-09");
    assertThrows(IllegalArgumentException.class, () -> Event.of(EventType.ARREST, day));
    assertThrows(IllegalArgumentException.class, () -> Event.of(EventType.TRANSFER, day));
    assertThrows(IllegalArgumentException.class, () -> Event.of(EventType.MEASURE_IMPOSED, day));
    assertThrows(IllegalArgumentException.class, () -> Event.of(EventType.MEASURE_LIFTED, day));
    assertThrows(
        IllegalArgumentException.class,
        () -> Event.of(EventType.DEATH, day, Measure.of(MeasureType.BAIL)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Event.of(EventType.RELEASE, day, Measure.of(MeasureType.COURT_APPEARANCE)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Event.builder().type(EventType.DEATH).date(day).recordedOn(day.minusDays(1)).build());
    assertEquals(
        EventType.MEASURE_LIFTED,
        Event.of(EventType.MEASURE_LIFTED, day, Measure.of(MeasureType.COURT_APPEARANCE)).type());
    Event e = Event.of(EventType.DEATH, day);
    assertEquals(day, e.recordedOn());
    assertEquals(DatePrecision.DAY, e.precision());
    assertFalse(e.isApproximate());
  }

  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(DetaineeId.of("A"), DetaineeId.of("A"))
        .addEqualityGroup(DetaineeId.of("a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Measure.parse("COURT_APPEARANCE(P15D)"), Measure.courtAppearance(Period.ofDays(15)))
        .addEqualityGroup(Measure.parse("COURT_APPEARANCE(P1M)"))
        .addEqualityGroup(Measure.of(MeasureType.SPEECH_BAN))
        .addEqualityGroup(Measure.ofText(MeasureType.SPEECH_BAN, "press"))
        .testEquals();
    Event arrest = Fixtures.arrest("2025-01-01");
    new EqualsTester()
        .addEqualityGroup(arrest, Fixtures.arrest("2025-01-01"))
        .addEqualityGroup(Fixtures.arrest("2025-01-02"))
        .addEqualityGroup(Event.builder().from(arrest).source(Source.of("family")).build())
        .addEqualityGroup(Event.builder().from(arrest).note("x").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Fixtures.history(arrest), Fixtures.history(Fixtures.arrest("2025-01-01")))
        .addEqualityGroup(History.of(DetaineeId.of("B"), List.of(arrest)))
        .addEqualityGroup(History.empty(Fixtures.A))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Origin.of("a.csv", 2), Origin.of("a.csv", 2))
        .addEqualityGroup(Origin.of("a.csv", 3))
        .addEqualityGroup(Rejection.of("a.csv", 3, "x"), Rejection.of(Origin.of("a.csv", 3), "x"))
        .testEquals();
  }

  @Test
  void publicMethodsRefuseNulls() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(DetaineeId.class, Fixtures.A);
    t.setDefault(FacilityId.class, Fixtures.HELICOIDE);
    t.setDefault(LocalDate.class, d("2025-01-01"));
    t.setDefault(Event.class, Fixtures.arrest("2025-01-01"));
    t.setDefault(Measure.class, Fixtures.SPEECH_BAN);
    t.setDefault(Detainee.class, Detainee.of(Fixtures.A));
    t.setDefault(Facility.class, Facility.of(Fixtures.HELICOIDE, FacilityKind.PRISON));
    t.setDefault(Origin.class, Origin.of("a.csv", 1));
    t.setDefault(String.class, "VE");
    t.setDefault(Correction.class, Correction.retraction(d("2025-01-02"), "reason"));
    t.testAllPublicStaticMethods(Correction.class);
    t.testAllPublicStaticMethods(History.class);
    t.testAllPublicInstanceMethods(History.empty(Fixtures.A));
    t.testAllPublicStaticMethods(Measures.class);
    t.testAllPublicStaticMethods(Measure.class);
    t.testAllPublicStaticMethods(Event.class);
    t.testAllPublicInstanceMethods(Registry.empty());
    t.testAllPublicInstanceMethods(Registry.empty().asOf(d("2025-01-01")));
    t.testAllPublicInstanceMethods(Detainee.of(Fixtures.A));
    t.setDefault(History.class, History.empty(Fixtures.A));
    t.setDefault(ReplayListener.class, step -> {});
    t.testAllPublicInstanceMethods(Registry.builder());
    t.testAllPublicInstanceMethods(History.builder(Fixtures.A));
    t.testAllPublicInstanceMethods(new io.github.vigil.core.internal.RegistryLoader());
    t.testAllPublicStaticMethods(Registry.class);
    t.testAllPublicStaticMethods(DetaineeId.class);
    t.testAllPublicStaticMethods(Origin.class);
  }
}
