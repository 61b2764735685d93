package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vigil.core.Affiliation;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.History;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What generated values print when a property fails: everything ({@code VigilGenProperties}
 * checks that QuickTheories shows it).
 */
class DescriptionTest {
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  static final DetaineeId P = DetaineeId.of("P-1");

  static History history() {
    return History.of(
        P,
        List.of(
            Event.builder()
                .type(EventType.ARREST)
                .date(LocalDate.of(2025, 1, 1))
                .facility(HELICOIDE)
                .recordedOn(LocalDate.of(2025, 1, 9))
                .precision(DatePrecision.MONTH)
                .source(Source.of("foro penal"))
                .note("seen by \"Ana\"\nat the gate")
                .build(),
            Event.of(
                EventType.RELEASE,
                LocalDate.of(2025, 2, 1),
                Measure.courtAppearance(Period.ofDays(15)),
                Measure.ofText(MeasureType.OTHER, "report, weekly"))));
  }

  @Test
  void aHistoryIsWrittenOutWithEveryFieldOfEveryEvent() {
    assertEquals(
        "History of P-1, 2 events\n"
            + "  2025-01-01 ARREST facility=helicoide recorded_on=2025-01-09 date_precision=MONTH"
            + " source=\"foro penal\" note=\"seen by \\\"Ana\\\"\\nat the gate\"\n"
            + "  2025-02-01 RELEASE measures=\"COURT_APPEARANCE(P15D);OTHER(report, weekly)\"",
        VigilGen.describe(history()));
  }

  @Test
  void aRegistryIsWrittenOutWithEveryFacilityPersonAndEvent() {
    Registry r =
        Registry.builder()
            .country("VE")
            .name("test")
            .addFacility(
                Facility.builder().id(HELICOIDE).kind(FacilityKind.INTELLIGENCE).name("El Helicoide").region("Caracas").build())
            .addPerson(
                Detainee.builder()
                    .id(P)
                    .name("María Pérez")
                    .birthDate(LocalDate.of(2008, 2, 29))
                    .affiliation(Affiliation.CIVILIAN)
                    .seriousHealthCondition(true)
                    .build(),
                history())
            .build();
    assertEquals(
        "Registry country=VE name=\"test\", 1 facility, 1 person, 2 events\n"
            + "  facility helicoide INTELLIGENCE name=\"El Helicoide\" region=\"Caracas\"\n"
            + "  person P-1 name=\"María Pérez\" birth_date=2008-02-29 affiliation=CIVILIAN"
            + " serious_health_condition=true\n"
            + "    2025-01-01 ARREST facility=helicoide recorded_on=2025-01-09 date_precision=MONTH"
            + " source=\"foro penal\" note=\"seen by \\\"Ana\\\"\\nat the gate\"\n"
            + "    2025-02-01 RELEASE measures=\"COURT_APPEARANCE(P15D);OTHER(report, weekly)\"",
        VigilGen.describe(r));
  }

  @Test
  void countsAreWrittenInTheSingularForOneAndThePluralOtherwise() {
    Registry empty = Registry.builder().build();
    assertEquals("Registry, 0 facilities, 0 people, 0 events", VigilGen.describe(empty));
    Registry two =
        Registry.builder()
            .addFacility(Facility.of(HELICOIDE, FacilityKind.PRISON))
            .addFacility(
                Facility.builder().id(FacilityId.of("zona-7")).kind(FacilityKind.POLICE).country("VE").build())
            .addPerson(Detainee.of(P), History.of(P, List.of(Event.of(EventType.ARREST, LocalDate.of(2025, 1, 1), HELICOIDE))))
            .addPerson(Detainee.of(DetaineeId.of("P-2")), History.empty(DetaineeId.of("P-2")))
            .build();
    assertEquals(
        """
        Registry, 2 facilities, 2 people, 1 event
          facility helicoide PRISON
          facility zona-7 POLICE country=VE
          person P-1
            2025-01-01 ARREST facility=helicoide
          person P-2""",
        VigilGen.describe(two));
    assertEquals("History of P-2, 0 events", VigilGen.describe(History.empty(DetaineeId.of("P-2"))));
  }

  @Test
  void aPersonIsWrittenOutWithEveryFieldThatIsSet() {
    Detainee d =
        Detainee.builder()
            .id(P)
            .gender(Gender.F)
            .nationality("CO")
            .confidential(true)
            .build();
    assertEquals("person P-1 gender=F nationality=CO confidential=true", FullText.of(d));
    assertEquals("person P-1", FullText.of(Detainee.of(P)));
  }

  @Test
  void anEventRecordedOnItsDayOfDayPrecisionShowsNeither() {
    assertEquals(
        "2025-01-01 ARREST facility=helicoide",
        FullText.of(Event.of(EventType.ARREST, LocalDate.of(2025, 1, 1), HELICOIDE)));
  }

  @Test
  void quotedTextEscapesQuotesBackslashesLineBreaksTabsAndControlCharactersOnly() {
    assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g ñ 😀\"", FullText.quote("a\"b\\c\nd\re\tf\u0001g ñ 😀"));
    assertEquals("\"\"", FullText.quote(""));
  }
}
