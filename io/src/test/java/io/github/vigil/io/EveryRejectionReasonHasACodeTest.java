package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.Origin;
import io.github.vigil.core.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads hostile rows end to end, through {@link RecordLoader} and {@link RegistryReader}, so that
 * the readers' own rules write the reasons; every part of every reason must have a code (a rule
 * added without one fails here) and a Spanish text.
 */
class EveryRejectionReasonHasACodeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  private static final Locale ES = Locale.forLanguageTag("es");

  @TempDir Path dir;

  /** Rows that break every rule of a row, of a reference and of a correction. */
  private static List<Rejection> hostileRecords() {
    RecordLoader l = RecordLoader.create(ReadOptions.builder().today(TODAY).build());
    int[] line = {1};
    // facilities
    l.facility(o("f", line), Map.of("id", "F1", "kind", "PRISON"));
    l.facility(o("f", line), Map.of("id", "F2", "kind", "JAIL"));
    l.facility(o("f", line), Map.of("id", "F3", "kind", "prison"));
    l.facility(o("f", line), Map.of("id", "F1", "kind", "PRISON"));
    l.facility(o("f", line), Map.of("id", "F2", "kind", "PRISON"));
    l.facility(o("f", line), Map.of("id", "F4", "name", "x".repeat(100_001)));
    // people
    l.detainee(o("d", line), Map.of("id", "A"));
    l.detainee(o("d", line), Map.of("id", "Q"));
    l.detainee(o("d", line), Map.of("id", ""));
    l.detainee(o("d", line), Map.of("id", "a".repeat(65)));
    l.detainee(o("d", line), Map.of("id", "a b"));
    l.detainee(o("d", line), Map.of("id", "B", "birth_date", "05/08/2024"));
    l.detainee(o("d", line), Map.of("id", "B", "serious_health_condition", "maybe"));
    l.detainee(o("d", line), Map.of("id", "B", "confidential", "ask Ana"));
    l.detainee(o("d", line), Map.of("id", "C", "nationality", "XX"));
    l.detainee(o("d", line), Map.of("id", "C", "nationality", "ve"));
    l.detainee(o("d", line), Map.of("id", "C", "nationality", "VE;XX"));
    l.detainee(o("d", line), Map.of("id", "C", "nationality", "VE;CO;VE"));
    l.detainee(o("d", line), Map.of("id", "C", "profiles", "journalist"));
    l.detainee(o("d", line), Map.of("id", "C", "profiles", "1X"));
    l.detainee(o("d", line), Map.of("id", "C", "gender", "q"));
    l.detainee(o("d", line), Map.of("id", "A"));
    l.detainee(o("d", line), Map.of("id", "B"));
    // events of A: an arrest, then every rule of a row broken once
    l.event(o("e", line), ev("2025-01-01", "ARREST", "facility_id", "F1", "id", "E1", "recorded_on", "2025-01-02"));
    l.event(o("e", line), ev("2025-01-03", "RELEASE", "id", "E2", "recorded_on", "2025-01-03"));
    l.event(o("e", line), ev("2025-01-04", "ARREST", "facility_id", "F1", "id", "E1"));
    l.event(o("e", line), ev("2025-01-05", "ARREST"));
    l.event(o("e", line), ev("2025-01-05", "TRANSFER", "facility_id", "F1", "measures", "TRAVEL_BAN"));
    l.event(o("e", line), ev("2025-01-05", "MEASURE_IMPOSED"));
    l.event(o("e", line), ev("2025-01-05", "MEASURE_IMPOSED", "measures", "COURT_APPEARANCE"));
    l.event(o("e", line), ev("2025-01-05", "MEASURE_IMPOSED", "measures", "NOT_A_MEASURE"));
    l.event(o("e", line), ev("2025-01-05", "MEASURE_IMPOSED", "measures", "T".repeat(5_000)));
    l.event(o("e", line), ev("2025-01-05", "RELEASE", "recorded_on", "2025-01-04"));
    l.event(o("e", line), ev("2027-01-05", "RELEASE"));
    l.event(o("e", line), ev("2025-01-05", "RELEASE", "recorded_on", "2027-01-05"));
    l.event(o("e", line), ev("2025-01-05", "RELEASE", "agency", "SEBIN"));
    l.event(o("e", line), ev("2025-01-05", "RELEASE", "outcome", "ACQUITTED"));
    l.event(o("e", line), ev("2025-01-05", "RELEASE", "source", "x;;\u0000"));
    l.event(o("e", line), ev("5/1/2025", "FREED"));
    l.event(o("e", line), ev("2025-01-05", "release"));
    l.event(o("e", line), ev("2025-01-05", "RELEASE", "id", "e 1"));
    l.event(o("e", line), ev("2025-01-05", "RELEASE", "verification", "perhaps"));
    l.event(o("e", line), ev("2025-01-05", "TRANSFER", "facility_id", "F3"));
    l.event(o("e", line), ev("2025-01-05", "TRANSFER", "facility_id", "F9"));
    l.event(o("e", line), Map.of("detainee_id", "Z", "date", "2025-01-05", "type", "ARREST", "facility_id", "F1"));
    l.event(o("e", line), Map.of("detainee_id", "C", "date", "2025-01-05", "type", "ARREST", "facility_id", "F1"));
    l.event(o("e", line), Map.of("detainee_id", "Q", "date", "2025-01-05", "type", "RELEASE"));
    l.event(o("e", line), Map.of("detainee_id", "Q", "date", "2025-01-06", "type", "ARREST", "facility_id", "F1", "id", "Q1", "recorded_on", "2025-01-06"));
    l.event(o("e", line), ev("2025-01-07", "MEASURE_LIFTED", "measures", "TRAVEL_BAN"));
    l.event(o("e", line), ev("2025-01-08", "ARREST", "facility_id", "F1", "id", "E3", "recorded_on", "2025-01-08"));
    l.event(o("e", line), ev("2025-01-09", "RELEASE", "id", "E4", "recorded_on", "2025-01-09"));
    l.event(o("e", line), ev("2025-01-09", "RELEASE", "id", "E5", "recorded_on", "2025-01-20"));
    // corrections
    l.correction(o("c", line), Map.of("event_id", "E9", "recorded_on", "2025-02-01", "reason", "r"));
    l.correction(o("c", line), Map.of("event_id", "E2", "recorded_on", "2025-02-01", "reason", "r"));
    l.correction(o("c", line), Map.of("event_id", "E2", "recorded_on", "2025-02-02", "reason", "r"));
    l.correction(o("c", line), Map.of("event_id", "E1", "recorded_on", "2025-01-01", "reason", "r"));
    l.correction(o("c", line), Map.of("event_id", "E4", "recorded_on", "2025-02-01", "reason", "r", "replaced_by", "E4"));
    l.correction(o("c", line), Map.of("event_id", "E4", "recorded_on", "2025-02-01", "reason", "r", "replaced_by", "E8"));
    l.correction(o("c", line), Map.of("event_id", "E4", "recorded_on", "2025-02-01", "reason", "r", "replaced_by", "Q1"));
    l.correction(o("c", line), Map.of("event_id", "E4", "recorded_on", "2025-02-01", "reason", "r", "replaced_by", "E5"));
    l.correction(o("c", line), Map.of("event_id", "E3", "recorded_on", "2025-02-01", "reason", "r"));
    l.correction(o("c", line), Map.of("event_id", "E1", "recorded_on", "2027-02-01", "reason", "r"));
    l.correction(o("c", line), Map.of("event_id", "E1", "recorded_on", "2025-02-01", "reason", ""));
    return l.finish().rejections();
  }

  private static Origin o(String file, int[] line) {
    return Origin.of(file, ++line[0]);
  }

  private static Map<String, String> ev(String date, String type, String... more) {
    Map<String, String> m = new java.util.HashMap<>(Map.of("detainee_id", "A", "date", date, "type", type));
    for (int i = 0; i < more.length; i += 2) {
      m.put(more[i], more[i + 1]);
    }
    return m;
  }

  /** The shapes only files have: a CSV row of the wrong width, JSON records that are not rows. */
  private List<Rejection> hostileFiles() throws IOException {
    List<Rejection> out = new ArrayList<>();
    out.addAll(
        RegistryReader.read(
                Folders.folder(
                    dir.resolve("csv"),
                    Folders.FACILITIES,
                    Folders.DETAINEES,
                    Folders.EVENTS_HEADER + "A,2024-01-01,ARREST\nA,2024-01-01" + ",x".repeat(1_100) + "\n"))
            .rejections());
    Files.createDirectories(dir.resolve("json"));
    Path json =
        Files.writeString(
            dir.resolve("json").resolve("registry.json"),
            "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[{\"id\":\"A\"},{\"id\":7},"
                + "{\"id\":\"B\",\"name\":[\"x\"]},{\"id\":\"C\",\"name\":{}},{\"id\":\"D\",\"confidential\":true}],"
                + "\"events\":[3]}",
            StandardCharsets.UTF_8);
    out.addAll(RegistryReader.read(json).rejections());
    return out;
  }

  @Test
  void everyPartOfEveryReasonTheReadersWriteHasACodeAndASpanishText() throws IOException {
    List<Rejection> all = new ArrayList<>(hostileRecords());
    all.addAll(hostileFiles());
    Set<String> seen = new TreeSet<>();
    List<String> uncoded = new ArrayList<>();
    for (Rejection r : all) {
      List<String> codes = RejectionReasons.codes(r.reason());
      seen.addAll(codes);
      if (codes.contains(RejectionReasons.UNCODED)) {
        uncoded.add(r + " " + codes);
      }
    }
    assertEquals(List.of(), uncoded);
    for (Rejection r : all) {
      assertNotEquals(r.reason(), RejectionReasons.translate(r.reason(), ES), r::toString);
    }
    // the rows above do reach these rules (so that a rule is not left out by a row that no longer breaks it)
    for (String code :
        List.of(
            "BLANK_REQUIRED", "ID_TOO_LONG", "INVALID_ID", "INVALID_DATE", "NOT_A_CODE", "NOT_BOOLEAN",
            "CONFIDENTIAL_NOT_BOOLEAN", "NOT_A_COUNTRY", "NATIONALITY_REPEATED", "NOT_A_PROFILE",
            "FACILITY_REQUIRED", "MEASURES_NOT_ALLOWED", "MEASURES_REQUIRED", "MEASURE_PARAMETER",
            "MEASURES_INVALID", "RECORDED_BEFORE_DATE", "DATE_IN_FUTURE", "RECORDED_IN_FUTURE",
            "AGENCY_NOT_ALLOWED", "OUTCOME_NOT_ALLOWED", "FIELD_TOO_LONG", "WRONG_FIELD_COUNT", "MEASURES_TOO_LONG", "SOURCE_INVALID",
            "DUPLICATE_ID", "PERSON_REJECTED", "FACILITY_REJECTED", "UNKNOWN_DETAINEE",
            "UNKNOWN_FACILITY", "DOES_NOT_APPLY", "NOT_A_JSON_OBJECT", "NOT_A_JSON_STRING",
            "CORRECTION_UNKNOWN_EVENT", "ALREADY_CORRECTED", "CORRECTION_BEFORE_EVENT",
            "REPLACES_ITSELF", "REPLACEMENT_UNKNOWN", "REPLACEMENT_OTHER_PERSON",
            "REPLACEMENT_WRONG_DATE", "CORRECTION_BREAKS_HISTORY")) {
      assertTrue(seen.contains(code), code + " not reached; seen " + seen);
    }
  }
}
