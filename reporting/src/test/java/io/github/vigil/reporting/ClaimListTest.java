package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list of claims still to check, whole, in text and JSON: {@link ClaimsReportTest}'s registry
 * as of 2026-01-15, and as known on 2026-01-11, its ids written through a function as a keyed
 * pseudonym would be.
 */
class ClaimListTest {
  /** Writes an id as a keyed pseudonym would be written. */
  private static String pseudonym(DetaineeId id) {
    return "p-" + id.value();
  }

  private static ClaimList list(String knownOn) {
    RegistryView view =
        ClaimsReportTest.registry().asOf(LocalDate.parse("2026-01-15")).knownOn(LocalDate.parse(knownOn));
    return ClaimList.of(view);
  }

  @Test
  void theTextListsEachClaimOldestFirst() {
    assertEquals(TEXT, list("2026-01-15").render(ReportFormat.TEXT, ClaimListTest::pseudonym));
  }

  @Test
  void theJsonListsEachClaimOldestFirst() {
    assertEquals(JSON, list("2026-01-15").render(ReportFormat.JSON, ClaimListTest::pseudonym));
  }

  @Test
  void aListAsKnownOnAnEarlierDaySaysSo() {
    ClaimList earlier = list("2026-01-11");
    assertEquals(EARLIER, earlier.render(ReportFormat.TEXT, ClaimListTest::pseudonym));
    assertEquals(earlier.size(), earlier.ids().size());
    assertEquals(earlier.size(), earlier.claims().size());
    assertEquals(earlier.size(), earlier.daysWaiting().size());
  }

  @Test
  void theListsPartsAgree() {
    ClaimList l = list("2026-01-15");
    assertEquals(IDS_IN_ORDER, l.ids().stream().map(DetaineeId::value).toList());
    assertEquals(DAYS, l.daysWaiting());
    assertEquals("ClaimList{asOf=2026-01-15, claims=" + l.size() + "}", l.toString());
    assertFalse(l.toString().contains("p-"));
  }

  @Test
  void onlyTextAndJsonAreListFormats() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> list("2026-01-15").render(ReportFormat.CSV, ClaimListTest::pseudonym));
    assertEquals("a list of claims renders as text or json, not csv", e.getMessage());
  }

  private static final String TEXT =
      """
      Claims not yet verified as of 2026-01-15: 8, oldest first
      id\tevent\tdate\tsource\trecorded_on\tdays_waiting
      p-E\tRELEASE\t2025-12-05\tofficial\t2025-12-05\t41
      p-I\tARREST\t2026-01-03\tofficial\t2026-01-03\t12
      p-B\tRELEASE\t2026-01-09\tofficial\t2026-01-09\t6
      p-C\tRELEASE\t2026-01-10\t`tv` a|b``c`\t2026-01-10\t5
      p-D\tRELEASE\t2026-01-11\t-\t2026-01-11\t4
      p-F\tDEATH\t2026-01-12\tofficial\t2026-01-12\t3
      p-G\tEXILE\t2026-01-12\tofficial\t2026-01-12\t3
      p-J\tRELEASE\t2026-01-13\tofficial\t2026-01-13\t2
      """;
  private static final String JSON =
      "{\"formatVersion\":1,\"asOf\":\"2026-01-15\",\"knownAsOf\":\"2026-01-15\",\"claims\":["
          + "{\"id\":\"p-E\",\"type\":\"RELEASE\",\"date\":\"2025-12-05\",\"source\":\"official\",\"recordedOn\":\"2025-12-05\",\"daysWaiting\":41},"
          + "{\"id\":\"p-I\",\"type\":\"ARREST\",\"date\":\"2026-01-03\",\"source\":\"official\",\"recordedOn\":\"2026-01-03\",\"daysWaiting\":12},"
          + "{\"id\":\"p-B\",\"type\":\"RELEASE\",\"date\":\"2026-01-09\",\"source\":\"official\",\"recordedOn\":\"2026-01-09\",\"daysWaiting\":6},"
          + "{\"id\":\"p-C\",\"type\":\"RELEASE\",\"date\":\"2026-01-10\",\"source\":\"`tv` a|b``c`\",\"recordedOn\":\"2026-01-10\",\"daysWaiting\":5},"
          + "{\"id\":\"p-D\",\"type\":\"RELEASE\",\"date\":\"2026-01-11\",\"source\":null,\"recordedOn\":\"2026-01-11\",\"daysWaiting\":4},"
          + "{\"id\":\"p-F\",\"type\":\"DEATH\",\"date\":\"2026-01-12\",\"source\":\"official\",\"recordedOn\":\"2026-01-12\",\"daysWaiting\":3},"
          + "{\"id\":\"p-G\",\"type\":\"EXILE\",\"date\":\"2026-01-12\",\"source\":\"official\",\"recordedOn\":\"2026-01-12\",\"daysWaiting\":3},"
          + "{\"id\":\"p-J\",\"type\":\"RELEASE\",\"date\":\"2026-01-13\",\"source\":\"official\",\"recordedOn\":\"2026-01-13\",\"daysWaiting\":2}"
          + "]}\n";
  private static final String EARLIER =
      """
      Claims not yet verified as of 2026-01-15, as known on 2026-01-11: 5, oldest first
      id\tevent\tdate\tsource\trecorded_on\tdays_waiting
      p-E\tRELEASE\t2025-12-05\tofficial\t2025-12-05\t41
      p-I\tARREST\t2026-01-03\tofficial\t2026-01-03\t12
      p-B\tRELEASE\t2026-01-09\tofficial\t2026-01-09\t6
      p-C\tRELEASE\t2026-01-10\t`tv` a|b``c`\t2026-01-10\t5
      p-D\tRELEASE\t2026-01-11\t-\t2026-01-11\t4
      """;
  private static final List<String> IDS_IN_ORDER = List.of("E", "I", "B", "C", "D", "F", "G", "J");
  private static final List<Long> DAYS = List.of(41L, 12L, 6L, 5L, 4L, 3L, 3L, 2L);
}
