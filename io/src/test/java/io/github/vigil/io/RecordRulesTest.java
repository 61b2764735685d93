package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Rejection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each rule of a row (docs/format.md section 2) at its edges: the last value it accepts, the
 * first it refuses, and the exact line of the refusal.
 */
class RecordRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  /** A loader that knows facility F1 and person A, and today's date; {@code rows} adds more. */
  private static ReadResult load(Consumer<RecordLoader> rows) {
    RecordLoader loader = RecordLoader.create(ReadOptions.builder().today(TODAY).build());
    loader.facility(Origin.of("f", 2), Map.of("id", "F1", "kind", "PRISON"));
    loader.detainee(Origin.of("d", 2), Map.of("id", "A"));
    rows.accept(loader);
    return loader.finish();
  }

  private static List<String> lines(ReadResult r) {
    return r.rejections().stream().map(Rejection::toString).toList();
  }

  /** The rejections of one person's row, {@code d:3}. */
  private static List<String> person(Map<String, String> row) {
    return lines(load(l -> l.detainee(Origin.of("d", 3), row)));
  }

  private static Detainee accepted(Map<String, String> row) {
    ReadResult r = load(l -> assertTrue(l.detainee(Origin.of("d", 3), row), row::toString));
    assertEquals(List.of(), lines(r));
    return r.registry().detainee(DetaineeId.of(Objects.requireNonNull(row.get("id")))).orElseThrow();
  }

  private static void accept(Map<String, String> row) {
    Detainee unused = accepted(row);
  }

  /** The rejections of one event of A after A's arrest, {@code e:3}. */
  private static List<String> event(Map<String, String> row) {
    Map<String, String> full = new HashMap<>(Map.of("detainee_id", "A"));
    full.putAll(row);
    return lines(
        load(
            l -> {
              l.event(Origin.of("e", 2), Map.of("detainee_id", "A", "date", "2025-01-01", "type", "ARREST", "facility_id", "F1"));
              l.event(Origin.of("e", 3), full);
            }));
  }

  @Test
  void anIdOfSixtyFourCharactersIsAcceptedAndOneOfSixtyFiveIsNot() {
    accept(Map.of("id", "a".repeat(64)));
    assertEquals(
        List.of("d:3: id is 65 characters long; an id has at most 64"), person(Map.of("id", "a".repeat(65))));
  }

  @Test
  void aDateIsExactlyFourDigitsADashTwoDigitsADashAndTwoDigits() {
    accept(Map.of("id", "B", "birth_date", "1999-09-19"));
    accept(Map.of("id", "B", "birth_date", "2000-01-01"));
    for (String bad : List.of("2024x01-01", "2024-01x01", "+024-01-01", "2024-01-0/", "2024-01-0:", "2024-01-011")) {
      assertEquals(1, person(Map.of("id", "B", "birth_date", bad)).size(), bad);
    }
    assertEquals(
        List.of("d:3: birth_date (10 characters, not shown) is not a valid date: ISO yyyy-mm-dd is expected"),
        person(Map.of("id", "B", "birth_date", "2024x01-01")));
    assertEquals(
        List.of("d:3: birth_date '+024-01-01' is not a valid date: ISO yyyy-mm-dd is expected"),
        person(Map.of("id", "B", "birth_date", "+024-01-01")));
  }

  @Test
  void flagsReadTrueOrFalseInAnyCaseAndNothingElse() {
    assertTrue(accepted(Map.of("id", "B", "serious_health_condition", "TRUE")).seriousHealthCondition());
    assertFalse(accepted(Map.of("id", "B", "serious_health_condition", "False")).seriousHealthCondition());
    assertEquals(
        List.of("d:3: serious_health_condition 'YES' is not true, false or blank"),
        person(Map.of("id", "B", "serious_health_condition", "YES")));
  }

  @Test
  void aBadConfidentialValueIsCountedInCharactersNeverShown() {
    assertEquals(
        List.of("d:3: confidential is not true, false or blank (a value of 1 character, not shown)"),
        person(Map.of("id", "B", "confidential", "x")));
    assertEquals(
        List.of("d:3: confidential is not true, false or blank (a value of 3 characters, not shown)"),
        person(Map.of("id", "B", "confidential", "yes")));
    assertTrue(accepted(Map.of("id", "B", "confidential", "TRUE")).confidential());
  }

  @Test
  void aCodeInLowerCaseIsNamedWithItsUpperCase() {
    assertEquals(
        List.of("d:3: gender 'f' is not one of F, M, X (codes are written in upper case: F)"),
        person(Map.of("id", "B", "gender", "f")));
    assertEquals(
        List.of("d:3: gender 'Q' is not one of F, M, X"), person(Map.of("id", "B", "gender", "Q")));
    assertEquals(
        List.of("d:3: affiliation (10 characters, not shown) is not one of CIVILIAN, MILITARY"),
        person(Map.of("id", "B", "affiliation", "civilian x")));
  }

  @Test
  void aNationalityStartingWithASemicolonIsAListWithABlankCode() {
    assertEquals(
        List.of("d:3: nationality (0 characters, not shown) is not an ISO 3166-1 alpha-2 code such as VE (several are separated by ;)"),
        person(Map.of("id", "B", "nationality", ";VE")));
  }

  @Test
  void aDualNationalityIsTwoCodesEachOnce() {
    Detainee d = accepted(Map.of("id", "B", "nationality", "VE; CO"));
    assertEquals(List.of("VE", "CO"), d.nationalities());
    assertEquals(List.of("d:3: nationality VE is listed twice"), person(Map.of("id", "B", "nationality", "VE;VE")));
    assertEquals(
        List.of(
            "d:3: nationality 'XX' is not an ISO 3166-1 alpha-2 code such as VE (several are separated by ;)"),
        person(Map.of("id", "B", "nationality", "VE;XX")));
    assertEquals(
        List.of("d:3: nationality 've' is not an ISO 3166-1 alpha-2 code such as VE (codes are written in upper case)"),
        person(Map.of("id", "B", "nationality", "ve")));
    assertEquals(
        List.of("d:3: nationality 'XX' is not an ISO 3166-1 alpha-2 code such as VE"),
        person(Map.of("id", "B", "nationality", "XX")));
  }

  @Test
  void profilesIgnoreEmptyItemsAndNameALowerCaseCode() {
    Detainee d = accepted(Map.of("id", "B", "profiles", "JOURNALIST;;LAWYER; JOURNALIST"));
    assertEquals(List.of(Profile.of("JOURNALIST"), Profile.of("LAWYER")), List.copyOf(d.profiles()));
    assertEquals(
        List.of(
            "d:3: profiles: (10 characters, not shown) is not a profile code (A-Z 0-9 _, starting with a"
                + " letter, such as JOURNALIST) (codes are written in upper case)"),
        person(Map.of("id", "B", "profiles", "journalist")));
    assertEquals(
        List.of(
            "d:3: profiles: '1X' is not a profile code (A-Z 0-9 _, starting with a letter, such as"
                + " JOURNALIST)"),
        person(Map.of("id", "B", "profiles", "1X")));
  }

  @Test
  void anEventOnTodayIsAcceptedAndOneAfterTodayIsNot() {
    assertEquals(List.of(), event(Map.of("date", "2026-01-15", "type", "RELEASE", "recorded_on", "2026-01-15")));
    assertEquals(
        List.of("e:3: date 2026-01-16 is after today, 2026-01-15: it has not happened yet"),
        event(Map.of("date", "2026-01-16", "type", "RELEASE")));
    assertEquals(
        List.of("e:3: recorded_on 2026-01-16 is after today, 2026-01-15: it has not been recorded yet"),
        event(Map.of("date", "2026-01-10", "type", "RELEASE", "recorded_on", "2026-01-16")));
    assertEquals(
        List.of("e:3: recorded_on 2026-01-09 is before date 2026-01-10"),
        event(Map.of("date", "2026-01-10", "type", "RELEASE", "recorded_on", "2026-01-09")));
  }

  @Test
  void anAgencyBelongsToAnArrestAndAnOutcomeToACaseClosed() {
    assertEquals(
        List.of("e:3: agency must be blank on RELEASE; it names who made an ARREST"),
        event(Map.of("date", "2025-02-01", "type", "RELEASE", "agency", "SEBIN")));
    assertEquals(
        List.of("e:3: outcome must be blank on RELEASE; it says how a CASE_CLOSED ended"),
        event(Map.of("date", "2025-02-01", "type", "RELEASE", "outcome", "PARDON")));
  }

  @Test
  void everyReasonOfTheNationalityProfileAgencyAndOutcomeRulesHasItsCode() {
    ReadResult r =
        load(
            l -> {
              l.detainee(Origin.of("d", 3), Map.of("id", "B", "nationality", "VE;VE"));
              l.detainee(Origin.of("d", 4), Map.of("id", "C", "nationality", "XX;VE"));
              l.detainee(Origin.of("d", 5), Map.of("id", "D", "profiles", "journalist"));
              l.detainee(Origin.of("d", 6), Map.of("id", "E", "profiles", "1X"));
              l.event(Origin.of("e", 2), Map.of("detainee_id", "A", "date", "2025-01-01", "type", "ARREST", "facility_id", "F1"));
              l.event(Origin.of("e", 3), Map.of("detainee_id", "A", "date", "2025-02-01", "type", "RELEASE", "agency", "SEBIN"));
              l.event(Origin.of("e", 4), Map.of("detainee_id", "A", "date", "2025-02-01", "type", "RELEASE", "outcome", "ACQUITTED"));
            });
    List<String> codes =
        r.rejections().stream().flatMap(x -> RejectionReasons.codes(x.reason()).stream()).toList();
    assertEquals(
        List.of(
            "NATIONALITY_REPEATED",
            "NOT_A_COUNTRY",
            "NOT_A_PROFILE",
            "NOT_A_PROFILE",
            "AGENCY_NOT_ALLOWED",
            "OUTCOME_NOT_ALLOWED"),
        codes,
        lines(r).toString());
  }

  @Test
  void measuresOnAnEventThatTakesNoneAreShownByTheirCodesOnly() {
    assertEquals(
        List.of("e:3: measures must be blank on TRANSFER, was 'COURT_APPEARANCE(P15D);OTHER(...)'"),
        event(
            Map.of(
                "date", "2025-02-01", "type", "TRANSFER", "facility_id", "F1",
                "measures", "COURT_APPEARANCE(P15D); OTHER(a secret)")));
    assertEquals(
        List.of("e:3: measures must be blank on TRANSFER, was 'HOUSE_ARREST;OTHER(...)'"),
        event(
            Map.of(
                "date", "2025-02-01", "type", "TRANSFER", "facility_id", "F1",
                "measures", "HOUSE_ARREST;OTHER(P15D)")));
  }

  @Test
  void aMeasuresValueOfFourThousandCharactersIsReadAndALongerOneIsNot() {
    String four = "HOUSE_ARREST;".repeat(307) + "x".repeat(9);
    assertEquals(4000, four.length());
    assertTrue(
        event(Map.of("date", "2025-02-01", "type", "RELEASE", "measures", four)).stream()
            .noneMatch(l -> l.contains("characters long")),
        "4000 characters are read");
    assertEquals(
        List.of("e:3: measures is 4001 characters long; at most 4000 are read"),
        event(Map.of("date", "2025-02-01", "type", "RELEASE", "measures", four + "x")));
  }

  @Test
  void aCorrectionRecordedTodayIsReadAndOneRecordedTomorrowIsNot() {
    ReadResult r =
        load(
            l -> {
              l.event(
                  Origin.of("e", 2),
                  Map.of("detainee_id", "A", "date", "2025-01-01", "type", "ARREST", "facility_id", "F1", "id", "ev1"));
              assertTrue(l.correction(Origin.of("c", 2), Map.of("event_id", "ev1", "recorded_on", "2026-01-15", "reason", "typo")));
              assertFalse(l.correction(Origin.of("c", 3), Map.of("event_id", "ev1", "recorded_on", "2026-01-16", "reason", "typo")));
              assertFalse(l.correction(Origin.of("c", 4), Map.of("event_id", "ev1", "recorded_on", "2026-01-01")));
            });
    assertEquals(
        List.of(
            "c:3: recorded_on 2026-01-16 is after today, 2026-01-15: it has not been recorded yet",
            "c:4: reason is blank; it is required"),
        lines(r));
  }

  @Test
  void aRowThatCannotBeReadStillMarksItsIdAsRejectedAndPeopleWithoutAnIdAreCounted() {
    String tooLong = "x".repeat(100_001);
    ReadResult r =
        load(
            l -> {
              l.detainee(Origin.of("d", 3), Map.of("id", "B", "name", tooLong));
              l.facility(Origin.of("f", 3), Map.of("id", "F2", "kind", "PRISON", "name", tooLong));
              l.detainee(Origin.of("d", 4), Map.of("id", "A", "gender", "Q"));
              l.detainee(Origin.of("d", 5), Map.of("name", tooLong));
              l.detainee(Origin.of("d", 6), Map.of("id", "a b"));
              l.event(Origin.of("e", 2), Map.of("detainee_id", "B", "date", "2025-01-01", "type", "ARREST", "facility_id", "F1"));
              l.event(Origin.of("e", 3), Map.of("detainee_id", "A", "date", "2025-01-01", "type", "ARREST", "facility_id", "F2"));
              l.event(Origin.of("e", 4), Map.of("detainee_id", "A", "date", "2025-01-02", "type", "ARREST", "facility_id", "F1"));
              l.event(Origin.of("e", 5), Map.of("detainee_id", "A", "date", "2025-01-03", "type", "TRANSFER", "facility_id", tooLong));
            });
    assertEquals(
        List.of(
            "d:3: name holds 100001 characters; at most 100000 are allowed",
            "d:4: gender 'Q' is not one of F, M, X",
            "d:5: name holds 100001 characters; at most 100000 are allowed",
            "d:6: id (3 characters, not shown) is not a valid id: use only A-Z a-z 0-9 . _ -",
            "e:2: detainee B was rejected (d:3)",
            "e:3: facility F2 was rejected (f:3)",
            "e:5: facility_id holds 100001 characters; at most 100000 are allowed",
            "f:3: name holds 100001 characters; at most 100000 are allowed"),
        lines(r));
    // B, and the two rows without a readable id; A's second row does not unmake A
    assertEquals(3, r.rejectedPeople());
    assertEquals(8, r.rejectedRows());
    assertFalse(r.isClean());
    assertEquals(1, r.registry().history(DetaineeId.of("A")).orElseThrow().events().size());
    assertEquals(11, r.rowsRead());
    assertEquals("d: read 5, accepted 1, rejected 4", r.counts("d").orElseThrow().toString());
    assertTrue(r.counts("x").isEmpty());
    assertTrue(r.toString().contains("rejections=8, rejectedPeople=3"), r::toString);
  }

  @Test
  void aCleanLoadSaysSo() {
    ReadResult r = load(l -> {});
    assertTrue(r.isClean());
    assertEquals(0, r.rejectedPeople());
    assertEquals(2, r.rowsRead());
  }

  @Test
  void aLoaderSaysWhatItAcceptedAndRefusesEveryRowOnceFinished() {
    RecordLoader loader = RecordLoader.create(ReadOptions.builder().today(TODAY).build());
    assertTrue(loader.facility(Origin.of("f", 2), Map.of("id", "F1", "kind", "PRISON")));
    assertFalse(loader.facility(Origin.of("f", 3), Map.of("id", "F2", "kind", "JAIL")));
    assertTrue(loader.detainee(Origin.of("d", 2), Map.of("id", "A")));
    assertFalse(loader.detainee(Origin.of("d", 3), Map.of("id", "A")));
    // a value of 100,000 characters is the longest a record holds; line 1 is a record's first
    assertTrue(loader.detainee(Origin.of("s", 1), Map.of("id", "C", "name", "n".repeat(100_000))));
    assertTrue(loader.event(Origin.of("e", 2), Map.of("detainee_id", "A", "date", "2025-01-01", "type", "ARREST", "facility_id", "F1")));
    assertFalse(loader.event(Origin.of("e", 3), Map.of("detainee_id", "Z", "date", "2025-01-01", "type", "ARREST", "facility_id", "F1")));
    loader.name("Foro").country("VE").warn("a column was left out");
    loader.reject(Origin.of("e", 4), "the row is not a row");
    ReadResult r = loader.finish();
    assertEquals("Foro", r.registry().name().orElseThrow());
    assertEquals("VE", r.registry().country().orElseThrow());
    assertEquals(List.of("a column was left out"), r.warnings());
    assertEquals(
        List.of(
            "d:3: duplicate detainee id A (first at d:2)",
            "e:3: unknown detainee Z",
            "e:4: the row is not a row",
            "f:3: kind 'JAIL' is not one of PRISON, INTELLIGENCE, POLICE, MILITARY, OTHER"),
        lines(r));
    Map<String, String> row = Map.of("id", "B");
    Origin o = Origin.of("x", 2);
    assertThrows(IllegalStateException.class, () -> loader.facility(o, row));
    assertThrows(IllegalStateException.class, () -> loader.detainee(o, row));
    assertThrows(IllegalStateException.class, () -> loader.event(o, Map.of("detainee_id", "A")));
    assertThrows(IllegalStateException.class, () -> loader.correction(o, Map.of("event_id", "e")));
    assertThrows(IllegalStateException.class, () -> loader.reject(o, "late"));
  }
}
