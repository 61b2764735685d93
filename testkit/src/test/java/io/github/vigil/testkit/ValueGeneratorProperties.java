package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

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
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * What each generator of small values must be able to produce (every constant of each enum, both
 * sides of each optional field, the ends of each range) and that each value it produces is in
 * its documented range. Seeded samples, so a coverage failure is the generator's.
 */
class ValueGeneratorProperties {
  private static final long SEED = 7_2026L;
  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  @Test
  void idTextsAreOneToSixtyFourIdCharactersAndReachBothLengths() {
    Set<Integer> lengths = new HashSet<>();
    Set<Character> chars = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(VigilGen.idText())
        .checkAssert(
            t -> {
              assertTrue(t.length() >= 1 && t.length() <= 64, t);
              for (int i = 0; i < t.length(); i++) {
                assertTrue(ID_CHARS.indexOf(t.charAt(i)) >= 0, t);
                chars.add(t.charAt(i));
              }
              lengths.add(t.length());
            });
    assertTrue(lengths.contains(1) && lengths.contains(64), lengths::toString);
    assertEquals(ID_CHARS.length(), chars.size());
  }

  @Test
  void detaineeAndFacilityIdsAreValidIds() {
    qt().forAll(VigilGen.detaineeIds(), VigilGen.facilityIds())
        .checkAssert(
            (d, f) -> {
              assertEquals(d, DetaineeId.of(d.value()));
              assertEquals(f, FacilityId.of(f.value()));
            });
  }

  @Test
  void datesStayBetweenTheirBoundsAndReachBoth() {
    LocalDate from = LocalDate.of(2025, 12, 30);
    LocalDate to = LocalDate.of(2026, 1, 2);
    Set<LocalDate> seen = new HashSet<>();
    qt().withFixedSeed(SEED).withExamples(200).forAll(VigilGen.dates(from, to)).checkAssert(seen::add);
    assertEquals(Set.of(from, from.plusDays(1), from.plusDays(2), to), seen);
    qt().withExamples(20).forAll(VigilGen.dates(to, to)).checkAssert(d -> assertEquals(to, d));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VigilGen.dates(to, from));
    assertEquals("to 2025-12-30 is before from 2026-01-02", e.getMessage());
  }

  @Test
  void birthDatesRunFrom1930To2012AndAreOftenA29February() {
    int[] leap = {0};
    int[] all = {0};
    Set<Integer> leapYears = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(VigilGen.birthDates())
        .checkAssert(
            d -> {
              assertFalse(d.isBefore(LocalDate.of(1930, 1, 1)), d::toString);
              assertFalse(d.isAfter(LocalDate.of(2012, 12, 31)), d::toString);
              all[0]++;
              if (d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29) {
                leap[0]++;
                leapYears.add(d.getYear());
              }
            });
    // about one in five, drawn from 1932 to 2012
    assertTrue(leap[0] > all[0] / 10 && leap[0] < all[0] / 3, () -> leap[0] + " of " + all[0]);
    assertTrue(leapYears.contains(1932) && leapYears.contains(2012), leapYears::toString);
  }

  @Test
  void namesAreAFirstAndALastName() {
    qt().forAll(VigilGen.names())
        .checkAssert(
            n -> {
              assertTrue(n.contains(" "), n);
              assertEquals(n.strip(), n);
            });
  }

  @Test
  void sourcesAndCountriesComeFromTheirSets() {
    Set<String> labels = new HashSet<>();
    Set<String> countries = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(VigilGen.sources(), VigilGen.countries())
        .checkAssert(
            (s, c) -> {
              labels.add(s.label());
              countries.add(c);
            });
    assertEquals(Set.of("foro-penal", "family", "official", "clippve"), labels);
    assertEquals(Set.of("VE", "CO", "ES", "US", "CU", "PE", "AR", "DE", "PT", "CL"), countries);
  }

  @Test
  void detaineesHaveEveryFieldPresentAndAbsentAndEveryValueOfEachEnum() {
    Set<Gender> genders = EnumSet.noneOf(Gender.class);
    Set<Affiliation> affiliations = EnumSet.noneOf(Affiliation.class);
    // name, birth date, gender, nationality, affiliation: [absent, present]
    boolean[][] optional = new boolean[5][2];
    boolean[] health = new boolean[2];
    boolean[] confidential = new boolean[2];
    int[] counts = new int[3]; // all, health, confidential
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(VigilGen.detainees())
        .checkAssert(
            d -> {
              List<Optional<?>> fields =
                  List.of(d.name(), d.birthDate(), d.gender(), d.nationality(), d.affiliation());
              for (int i = 0; i < fields.size(); i++) {
                optional[i][fields.get(i).isPresent() ? 1 : 0] = true;
              }
              d.gender().ifPresent(genders::add);
              d.affiliation().ifPresent(affiliations::add);
              health[d.seriousHealthCondition() ? 1 : 0] = true;
              confidential[d.confidential() ? 1 : 0] = true;
              counts[0]++;
              counts[1] += d.seriousHealthCondition() ? 1 : 0;
              counts[2] += d.confidential() ? 1 : 0;
            });
    for (int i = 0; i < optional.length; i++) {
      assertTrue(optional[i][0] && optional[i][1], "field " + i + " not both present and absent");
    }
    assertEquals(EnumSet.allOf(Gender.class), genders);
    assertEquals(EnumSet.allOf(Affiliation.class), affiliations);
    assertTrue(health[0] && health[1] && confidential[0] && confidential[1]);
    // one in ten has a serious health condition, one in twenty is confidential
    assertTrue(counts[1] < counts[0] / 4, () -> counts[1] + " of " + counts[0]);
    assertTrue(counts[2] < counts[0] / 8, () -> counts[2] + " of " + counts[0]);
  }

  @Test
  void detaineesTakeTheirIdsFromTheGivenGenerator() {
    DetaineeId p = DetaineeId.of("P-7");
    qt().withExamples(30)
        .forAll(VigilGen.detainees(Generate.constant(p)))
        .checkAssert(d -> assertEquals(p, d.id()));
  }

  @Test
  void facilitiesHaveEveryKindANameAndSometimesARegionAndACountry() {
    Set<FacilityKind> kinds = EnumSet.noneOf(FacilityKind.class);
    boolean[][] optional = new boolean[2][2]; // region, country: [absent, present]
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(VigilGen.facilities())
        .checkAssert(
            f -> {
              kinds.add(f.kind());
              assertEquals(Optional.of("Centro " + f.id().value()), f.name());
              optional[0][f.region().isPresent() ? 1 : 0] = true;
              optional[1][f.country().isPresent() ? 1 : 0] = true;
              f.country().ifPresent(c -> assertEquals("VE", c));
            });
    assertEquals(EnumSet.allOf(FacilityKind.class), kinds);
    assertTrue(optional[0][0] && optional[0][1] && optional[1][0] && optional[1][1]);
  }

  @Test
  void facilitiesTakeTheirIdsFromTheGivenGenerator() {
    FacilityId f = FacilityId.of("tocoron");
    qt().withExamples(30)
        .forAll(VigilGen.facilities(Generate.constant(f)))
        .checkAssert(x -> assertEquals(f, x.id()));
  }

  @Test
  void measureTypesAreEveryCode() {
    Set<MeasureType> seen = EnumSet.noneOf(MeasureType.class);
    qt().withFixedSeed(SEED).withExamples(300).forAll(VigilGen.measureTypes()).checkAssert(seen::add);
    assertEquals(EnumSet.allOf(MeasureType.class), seen);
  }

  @Test
  @SuppressWarnings("JavaPeriodGetDays") // the days of a period are read beside its months
  void appearanceIntervalsArePositiveAndOfDaysWeeksMonthsAndBoth() {
    // [days beyond four weeks, whole weeks, whole months, months and days]
    boolean[] seen = new boolean[4];
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(VigilGen.appearanceIntervals())
        .checkAssert(
            p -> {
              assertFalse(p.isNegative() || p.isZero(), p::toString);
              assertEquals(0, p.getYears());
              // a generated interval has no years: its months and its days are its two parts
              int months = p.getMonths();
              int days = p.getDays();
              assertTrue(months <= 3 && days <= 90, p::toString);
              if (months == 0) {
                seen[days > 28 ? 0 : 1] |= days > 28 || days % 7 == 0;
              } else {
                seen[days == 0 ? 2 : 3] = true;
              }
            });
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], "interval shape " + i + " never generated");
    }
  }

  @Test
  void measuresOfEachCodeComeWithAndWithoutTextAndOnlyTheirOwnParameters() {
    Set<MeasureType> withText = EnumSet.noneOf(MeasureType.class);
    Set<MeasureType> without = EnumSet.noneOf(MeasureType.class);
    for (MeasureType t : MeasureType.values()) {
      qt().withFixedSeed(SEED)
          .withExamples(100)
          .forAll(VigilGen.measures(t))
          .checkAssert(
              m -> {
                assertEquals(t, m.type());
                assertTrue(m.isComplete(), m::toString);
                assertEquals(t == MeasureType.COURT_APPEARANCE, m.interval().isPresent());
                m.text().ifPresent(x -> assertTrue(VigilGen.OTHER_TEXTS.contains(x), x));
                (m.text().isPresent() ? withText : without).add(t);
              });
    }
    Set<MeasureType> texts = EnumSet.complementOf(EnumSet.of(MeasureType.COURT_APPEARANCE));
    assertEquals(texts, withText);
    assertEquals(EnumSet.complementOf(EnumSet.of(MeasureType.OTHER)), without);
  }

  @Test
  void measureListsHoldZeroToFourDistinctCodes() {
    Set<Integer> sizes = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(VigilGen.measureLists())
        .checkAssert(
            l -> {
              assertEquals(l.size(), l.stream().map(Measure::type).distinct().count());
              l.forEach(m -> assertTrue(m.isComplete()));
              sizes.add(l.size());
            });
    assertEquals(Set.of(0, 1, 2, 3, 4), sizes);
  }

  @Test
  void eventsAreWellFormedOfEveryTypeAndDecoratedEveryWay() {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    Set<DatePrecision> precisions = EnumSet.noneOf(DatePrecision.class);
    // recording lag 0, 1-30, over 30; source absent, present; note absent, present
    boolean[] lag = new boolean[3];
    boolean[][] optional = new boolean[2][2];
    boolean[] optionalMeasures = new boolean[2]; // a type that may carry measures: without, with
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(VigilGen.events())
        .checkAssert(
            e -> {
              EventType t = e.type();
              types.add(t);
              precisions.add(e.precision());
              assertEquals(t.requiresFacility(), e.facility().isPresent(), e::toString);
              e.facility().ifPresent(f -> assertTrue(VigilGen.DEFAULT_FACILITIES.contains(f)));
              if (t.requiresMeasures()) {
                assertFalse(e.measures().isEmpty(), e::toString);
              }
              if (!t.carriesMeasures()) {
                assertTrue(e.measures().isEmpty(), e::toString);
              } else if (!t.requiresMeasures()) {
                optionalMeasures[e.measures().isEmpty() ? 0 : 1] = true;
              }
              assertFalse(e.date().isBefore(VigilGen.EARLIEST_ARREST));
              assertFalse(e.date().isAfter(LocalDate.of(2026, 12, 31)));
              long days = ChronoUnit.DAYS.between(e.date(), e.recordedOn());
              assertTrue(days >= 0 && days <= 400, e::toString);
              lag[days == 0 ? 0 : days <= 30 ? 1 : 2] = true;
              optional[0][e.source().isPresent() ? 1 : 0] = true;
              optional[1][e.note().isPresent() ? 1 : 0] = true;
              e.note().ifPresent(n -> assertTrue(n.startsWith("seen by ") && n.endsWith(" at the gate"), n));
            });
    assertEquals(EnumSet.allOf(EventType.class), types);
    assertEquals(EnumSet.allOf(DatePrecision.class), precisions);
    assertTrue(lag[0] && lag[1] && lag[2]);
    assertTrue(optionalMeasures[0] && optionalMeasures[1]);
    assertTrue(optional[0][0] && optional[0][1] && optional[1][0] && optional[1][1]);
  }

  @Test
  void registriesHoldUpToTheirPeopleOverAPrefixOfTheDefaultFacilities() {
    Set<Integer> facilityCounts = new HashSet<>();
    Set<Integer> people = new HashSet<>();
    Set<String> countries = new HashSet<>();
    int[] histories = new int[2]; // empty, not
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(VigilGen.registries(3))
        .checkAssert(
            r -> {
              List<FacilityId> ids = r.facilities().stream().map(Facility::id).toList();
              facilityCounts.add(ids.size());
              assertEquals(Set.copyOf(VigilGen.DEFAULT_FACILITIES.subList(0, ids.size())), Set.copyOf(ids));
              people.add(r.size());
              countries.add(r.country().orElse("none"));
              Set<DetaineeId> distinct = new HashSet<>();
              for (Detainee d : r.detainees()) {
                assertTrue(distinct.add(d.id()));
                History h = r.history(d.id()).orElseThrow();
                histories[h.isEmpty() ? 0 : 1]++;
                assertEquals(h, History.of(d.id(), h.events()));
                for (Event e : h.events()) {
                  e.facility().ifPresent(f -> assertTrue(ids.contains(f), f::toString));
                }
              }
            });
    assertEquals(Set.of(1, 2, 3, 4, 5), facilityCounts);
    assertEquals(Set.of(0, 1, 2, 3), people);
    assertTrue(countries.contains("VE") && countries.contains("none") && countries.size() > 3, countries::toString);
    // one person in ten has no event
    assertTrue(histories[0] > 0 && histories[0] * 4 < histories[1], () -> histories[0] + " without events, " + histories[1] + " with");
  }

  @Test
  void registriesOfNoOneAreEmptyAndANegativeSizeIsRefused() {
    qt().withExamples(30).forAll(VigilGen.registries(0)).checkAssert(r -> assertEquals(0, r.size()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VigilGen.registries(-1));
    assertEquals("maxPeople must not be negative: -1", e.getMessage());
  }

  @Test
  void theDefaultRegistriesHoldUpToMaxPeople() {
    Set<Integer> sizes = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(VigilGen.registries())
        .checkAssert(
            (Registry r) -> {
              assertTrue(r.size() <= VigilGen.MAX_PEOPLE);
              sizes.add(r.size());
            });
    assertTrue(sizes.contains(VigilGen.MAX_PEOPLE), sizes::toString);
  }

  @Test
  void generatedPeopleEventsHistoriesAndRegistriesDescribeThemselvesInFull() {
    qt().withExamples(20)
        .forAll(VigilGen.detainees())
        .checkAssert(d -> assertEquals(FullText.of(d), VigilGen.detainees().asString(d)));
    qt().withExamples(20)
        .forAll(VigilGen.events())
        .checkAssert(e -> assertEquals(FullText.of(e), VigilGen.events().asString(e)));
    qt().withExamples(20)
        .forAll(VigilGen.histories())
        .checkAssert(h -> assertEquals(FullText.of(h), VigilGen.histories().asString(h)));
    qt().withExamples(20)
        .forAll(VigilGen.registriesWithHardText())
        .checkAssert(r -> assertEquals(FullText.of(r), VigilGen.registriesWithHardText().asString(r)));
  }
}
