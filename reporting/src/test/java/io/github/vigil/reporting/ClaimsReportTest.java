package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text and Markdown reports of a small registry with claims, whole: the claims section
 * (both figures side by side, the flows since S by both counts, the claims not yet verified, the
 * people they would move and between which categories, by source, with and without a source),
 * a corroboration and a date conflict, regions and source labels that Markdown must show as
 * code, in both headlines (verified only, and counting claims) and with cells hidden. As in
 * {@link TextReportTest}, the report is written to {@code target/rendered-expected/} to compare
 * with the expected file in {@code src/test/resources/expected-reports/}.
 *
 * <p>The registry, as of 2026-01-15 with S = 2026-01-01: A is released, a claim and its verified
 * report on the same date (a corroboration); B, C and D are held and claimed released, by the
 * official source, by a source whose label holds backticks and a pipe, and by no source; E is
 * released and claimed released four days later (a date conflict); F is held and claimed dead;
 * G is held and claimed exiled; H is arrested after S; I is known only by a claimed arrest; J,
 * whose whereabouts are unknown, is claimed released. With the minimum cell at 3, every move is
 * hidden (the three out of detention to one category with J's, and zeros with them).
 */
class ClaimsReportTest {
  private static final Path EXPECTED = Path.of("src/test/resources/expected-reports");
  private static final Path OUT = Path.of("target/rendered-expected");
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final Source VERIFIER = Source.of("foro-penal");
  private static final Source OFFICIAL = Source.of("official");
  /** Starts and ends with a backtick, holds a run of two and a pipe: a code span fenced by three. */
  private static final Source ODD = Source.of("`tv` a|b``c`");
  private static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  private static final FacilityId TOCORON = FacilityId.of("tocoron");

  static Registry registry() {
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(
                Facility.builder().id(HELICOIDE).kind(FacilityKind.PRISON).region("Capital *district*").build())
            .withFacility(
                Facility.builder().id(TOCORON).kind(FacilityKind.PRISON).region(" <b>Aragua</b> |x").build());
    r = person(r, "A", Optional.of(Profile.JOURNALIST));
    r = person(r, "B", Optional.of(Profile.of("STUDENT_LEADER")));
    for (String id : new String[] {"C", "D", "E", "F", "G", "H", "I", "J"}) {
      r = person(r, id, Optional.empty());
    }
    r = arrest(r, "A", "2025-03-01", HELICOIDE);
    r = event(r, "A", EventType.RELEASE, "2026-01-09", Optional.of(VERIFIER), Evidence.VERIFIED);
    r = event(r, "A", EventType.RELEASE, "2026-01-09", Optional.of(OFFICIAL), Evidence.CLAIMED);
    r = arrest(r, "B", "2025-04-01", HELICOIDE);
    r = event(r, "B", EventType.RELEASE, "2026-01-09", Optional.of(OFFICIAL), Evidence.CLAIMED);
    r = arrest(r, "C", "2025-05-01", TOCORON);
    r = event(r, "C", EventType.RELEASE, "2026-01-10", Optional.of(ODD), Evidence.CLAIMED);
    r = arrest(r, "D", "2025-05-01", TOCORON);
    r = event(r, "D", EventType.RELEASE, "2026-01-11", Optional.empty(), Evidence.CLAIMED);
    r = arrest(r, "E", "2025-06-01", HELICOIDE);
    r = event(r, "E", EventType.RELEASE, "2025-12-01", Optional.of(VERIFIER), Evidence.VERIFIED);
    r = event(r, "E", EventType.RELEASE, "2025-12-05", Optional.of(OFFICIAL), Evidence.CLAIMED);
    r = arrest(r, "F", "2025-06-01", HELICOIDE);
    r = event(r, "F", EventType.DEATH, "2026-01-12", Optional.of(OFFICIAL), Evidence.CLAIMED);
    r = arrest(r, "G", "2025-07-01", TOCORON);
    r = event(r, "G", EventType.EXILE, "2026-01-12", Optional.of(OFFICIAL), Evidence.CLAIMED);
    r = arrest(r, "H", "2026-01-02", HELICOIDE);
    r = arrest(r, "J", "2025-05-01", TOCORON);
    r = event(r, "J", EventType.WHEREABOUTS_UNKNOWN, "2025-08-01", Optional.of(VERIFIER), Evidence.VERIFIED);
    r = event(r, "J", EventType.RELEASE, "2026-01-13", Optional.of(OFFICIAL), Evidence.CLAIMED);
    r =
        r.withEvent(
            DetaineeId.of("I"),
            Event.builder()
                .type(EventType.ARREST)
                .date(LocalDate.parse("2026-01-03"))
                .facility(TOCORON)
                .source(OFFICIAL)
                .evidence(Evidence.CLAIMED)
                .build());
    return r;
  }

  private static Registry person(Registry r, String id, Optional<Profile> profile) {
    Detainee.Builder d = Detainee.builder().id(DetaineeId.of(id));
    profile.ifPresent(d::addProfiles);
    return r.withDetainee(d.build());
  }

  private static Registry arrest(Registry r, String id, String date, FacilityId facility) {
    return r.withEvent(
        DetaineeId.of(id),
        Event.builder()
            .type(EventType.ARREST)
            .date(LocalDate.parse(date))
            .facility(facility)
            .source(VERIFIER)
            .build());
  }

  private static Registry event(
      Registry r, String id, EventType type, String date, Optional<Source> source, Evidence evidence) {
    return r.withEvent(
        DetaineeId.of(id),
        Event.builder().type(type).date(LocalDate.parse(date)).source(source).evidence(evidence).build());
  }

  /**
   * {@code view}: {@code verified} (the default headline), {@code all} (counting claims),
   * {@code sources} (counting claims, of the three named sources only) or {@code official}
   * (verified only, of the official source, which has only claims: a population of none).
   */
  static FreedomReport report(String view, int minCell) {
    return FreedomReport.of(
        view(view), ReportOptions.builder().minCell(minCell).since(LocalDate.of(2026, 1, 1)).build());
  }

  /** The registry as {@link #report} sees it in {@code view}. */
  static RegistryView view(String view) {
    RegistryView v = registry().asOf(AS_OF);
    v =
        switch (view) {
          case "verified" -> v;
          case "all" -> v.includingClaims();
          case "sources" -> v.includingClaims().fromSources(Set.of(VERIFIER, OFFICIAL, ODD));
          case "official" -> v.fromSources(Set.of(OFFICIAL));
          default -> throw new IllegalArgumentException(view);
        };
    return v;
  }

  @ParameterizedTest
  @CsvSource({
    "verified, 1, EN, TEXT",
    "verified, 1, EN, MARKDOWN",
    "all, 1, ES, TEXT",
    "all, 3, EN, MARKDOWN",
    "all, 3, ES, MARKDOWN",
    "sources, 1, EN, MARKDOWN",
    "official, 1, EN, MARKDOWN",
  })
  void theReportWithClaimsIsTheExpectedOneWhole(
      String view, int minCell, Language language, ReportFormat format) throws IOException {
    String name =
        "claims-"
            + view
            + "-min"
            + minCell
            + "-"
            + language.code()
            + "."
            + format.name().toLowerCase(Locale.ROOT);
    String actual = report(view, minCell).render(format, language);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name), actual, StandardCharsets.UTF_8);
    assertEquals(expected(name), actual, "compare with " + OUT.resolve(name));
  }

  /**
   * The report's sections of the HTML page, whole: every section, heading, table and note, as
   * {@link HtmlRenderer} places them in the page.
   */
  @ParameterizedTest
  @CsvSource({
    "all, 3, EN",
    "verified, 1, ES",
  })
  void theHtmlSectionsWithClaimsAreTheExpectedOnesWhole(String view, int minCell, Language language)
      throws IOException {
    String name = "claims-" + view + "-min" + minCell + "-" + language.code() + ".sections.html";
    String actual = TextRenderer.htmlSections(report(view, minCell), Labels.of(language));
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name), actual, StandardCharsets.UTF_8);
    assertEquals(expected(name), actual, "compare with " + OUT.resolve(name));
  }

  private static String expected(String name) throws IOException {
    Path file = EXPECTED.resolve(name);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no file " + file + ")";
  }
}
