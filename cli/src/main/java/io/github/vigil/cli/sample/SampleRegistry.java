package io.github.vigil.cli.sample;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vigil.core.Affiliation;
import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic registry shaped like the January 2026 story: about a thousand political prisoners
 * across named facilities, an announcement on 8 January 2026 followed by eleven verified releases
 * and many more claimed by the authorities alone, release
 * orders not executed, people held incommunicado, late registrations, earlier releases followed
 * by rearrests (the revolving door), house arrests, exiles, a death in custody, and sources that
 * disagree. Every person is invented ("Persona Ficticia 0001"); nothing here is real data.
 *
 * <p>The registry is built through the core API ({@link Registry#withEvent}), so it is valid by
 * construction, and from a fixed seed, so the same seed always gives the same registry.
 */
public final class SampleRegistry {
  /** The seed of the bundled sample. */
  public static final long SEED = 20260108L;

  /** The registry's name, which says that it is synthetic. */
  public static final String NAME = "Synthetic sample registry — invented people, not real data";

  /** The jurisdiction's country. */
  public static final String COUNTRY = "VE";

  /** The day the interim government announced releases. */
  public static final LocalDate ANNOUNCEMENT = LocalDate.of(2026, 1, 8);

  /** The date of the latest event of the sample. */
  public static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 15);

  static final Source FORO_PENAL = Source.of("foro-penal");
  static final Source FAMILY = Source.of("family");
  static final Source OFFICIAL = Source.of("official");

  static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  static final FacilityId TOCORON = FacilityId.of("tocoron");
  static final FacilityId RODEO_1 = FacilityId.of("rodeo-1");
  static final FacilityId RODEO_2 = FacilityId.of("rodeo-2");
  static final FacilityId TOCUYITO = FacilityId.of("tocuyito");
  static final FacilityId RAMO_VERDE = FacilityId.of("ramo-verde");
  static final FacilityId ZONA_7 = FacilityId.of("zona-7");
  static final FacilityId DGCIM = FacilityId.of("dgcim-boleita");

  private static final LocalDate START = LocalDate.of(2024, 1, 8);
  private static final LocalDate ELECTION = LocalDate.of(2024, 7, 29);
  private static final String[] FOREIGN = {
    "CO", "ES", "US", "PE", "AR", "IT", "PT", "DE", "CL", "EC", "UY", "FR", "CU", "BO", "CA"
  };

  private SampleRegistry() {}

  /** Returns the bundled sample's registry, generated from {@link #SEED}. */
  public static Registry generate() {
    return generate(SEED);
  }

  /** Returns a sample registry generated from {@code seed}; equal seeds give equal registries. */
  public static Registry generate(long seed) {
    return new Story(new Random(seed), new Random(~seed)).tell();
  }

  /** What happens to one person in the story. */
  enum Scenario {
    /** Arrested in 2024–2025 and still held. */
    HELD(0),
    /** Held incommunicado at the end. */
    INCOMMUNICADO(45),
    /** Holds a release order, announced or seen by lawyers, that was not executed. */
    ORDER_NOT_EXECUTED(48),
    /** Released after the announcement under restrictive measures. */
    RELEASED_WITH_MEASURES(9),
    /** Released after the announcement and the case closed. */
    RELEASED_CASE_CLOSED(2),
    /** Released according to the official source only: a claim no one has verified. */
    RELEASE_CLAIMED(140),
    /** Released in 2024–2025 and still at liberty, most under measures. */
    RELEASED_EARLIER(60),
    /** Released in 2024–2025 and arrested again. */
    REARRESTED(35),
    /** Released to house arrest. */
    HOUSE_ARREST(18),
    /** Released on condition of leaving the country. */
    EXILED(2),
    /** Died in custody. */
    DIED(1),
    /** First arrested in January 2026, during the releases. */
    ARRESTED_IN_JANUARY(12);

    final int count;

    Scenario(int count) {
      this.count = count;
    }
  }

  /** The people of the story, one scenario each. */
  static final int PEOPLE = 1100;

  private static final class Story {
    private final Random random;
    // draws the weekly balance's attributes (agencies, profiles, outcomes, second nationalities)
    // apart, so that the story drawn from the first generator stays the same
    private final Random balance;
    private Registry registry;
    private DetaineeId id = DetaineeId.of("P0000");
    private int lateRegistrations;
    private int arrestedInJanuary;

    Story(Random random, Random balance) {
      this.random = random;
      this.balance = balance;
      this.registry = Registry.empty().withCountry(COUNTRY).withName(NAME);
    }

    Registry tell() {
      facility(HELICOIDE, "El Helicoide", FacilityKind.INTELLIGENCE, "Distrito Capital");
      facility(TOCORON, "Tocorón", FacilityKind.PRISON, "Aragua");
      facility(RODEO_1, "El Rodeo I", FacilityKind.PRISON, "Miranda");
      facility(RODEO_2, "El Rodeo II", FacilityKind.PRISON, "Miranda");
      facility(TOCUYITO, "Tocuyito", FacilityKind.PRISON, "Carabobo");
      facility(RAMO_VERDE, "Ramo Verde", FacilityKind.MILITARY, "Miranda");
      facility(ZONA_7, "Zona 7 police cells", FacilityKind.POLICE, "Miranda");
      facility(DGCIM, "Military counterintelligence cells (Boleíta)", FacilityKind.MILITARY,
          "Miranda");

      List<Scenario> scenarios = new ArrayList<>(PEOPLE);
      for (Scenario s : Scenario.values()) {
        for (int i = 0; i < s.count; i++) {
          scenarios.add(s);
        }
      }
      while (scenarios.size() < PEOPLE) {
        scenarios.add(Scenario.HELD);
      }
      Collections.shuffle(scenarios, random);
      // The detained teenager: a release order that was not executed.
      int teenager = scenarios.indexOf(Scenario.ORDER_NOT_EXECUTED);
      for (int i = 0; i < scenarios.size(); i++) {
        id = DetaineeId.of(String.format(Locale.ROOT, "P%04d", i + 1));
        person(scenarios.get(i), i == teenager);
      }
      return registry;
    }

    private void facility(FacilityId fid, String name, FacilityKind kind, String region) {
      registry =
          registry.withFacility(
              Facility.builder().id(fid).name(name).kind(kind).region(region).country(COUNTRY).build());
    }

    private void person(Scenario scenario, boolean teenager) {
      Detainee.Builder d =
          Detainee.builder().id(id).name("Persona Ficticia " + id.value().substring(1));
      boolean military = !teenager && chance(0.17);
      if (teenager) {
        d.birthDate(LocalDate.of(2009, 5, 20)).gender(Gender.M).nationality(COUNTRY);
        d.affiliation(Affiliation.CIVILIAN);
      } else {
        if (!chance(0.08)) {
          int age = chance(0.07) ? 60 + random.nextInt(16) : 19 + random.nextInt(41);
          d.birthDate(LocalDate.of(2026 - age, 1, 1).minusDays(random.nextInt(365)));
        }
        if (!chance(0.01)) {
          d.gender(!military && chance(0.14) ? Gender.F : Gender.M);
        }
        if (chance(0.03)) {
          // nationality unknown
        } else if (chance(0.03)) {
          d.nationality(FOREIGN[random.nextInt(FOREIGN.length)]);
        } else {
          d.nationality(COUNTRY);
        }
        if (!chance(0.03)) {
          d.affiliation(military ? Affiliation.MILITARY : Affiliation.CIVILIAN);
        }
        d.seriousHealthCondition(chance(0.04) || scenario == Scenario.DIED);
      }
      profiles(d, military);
      registry = registry.withDetainee(d.build());

      switch (scenario) {
        case HELD -> held(military);
        case INCOMMUNICADO -> incommunicado(military);
        case ORDER_NOT_EXECUTED -> orderNotExecuted(military, teenager);
        case RELEASED_WITH_MEASURES -> releasedInJanuary(military, false);
        case RELEASED_CASE_CLOSED -> releasedInJanuary(military, true);
        case RELEASE_CLAIMED -> releaseClaimed(military);
        case RELEASED_EARLIER -> releasedEarlier(military);
        case REARRESTED -> rearrested(military);
        case HOUSE_ARREST -> houseArrest(military);
        case EXILED -> exiled(military);
        case DIED -> died();
        case ARRESTED_IN_JANUARY -> arrestedInJanuary();
      }
    }

    // ---- scenarios

    private void held(boolean military) {
      boolean late = lateRegistrations < 70 && chance(0.09);
      @Nullable LocalDate recorded = null;
      if (late) {
        lateRegistrations++;
        recorded = ANNOUNCEMENT.plusDays(1 + random.nextInt(7));
      }
      LocalDate at = arrestAndTransfer(military, arrestDate(), recorded, late ? FAMILY : null);
      if (!late && chance(0.04)) {
        // Incommunicado for a while, then seen again.
        LocalDate lost = between(at.plusDays(1), at.plusDays(40));
        LocalDate found = between(lost.plusDays(5), lost.plusDays(90));
        if (found.isBefore(ANNOUNCEMENT)) {
          add(ev(EventType.WHEREABOUTS_UNKNOWN, lost).source(FAMILY));
          add(ev(EventType.WHEREABOUTS_CONFIRMED, found).source(FORO_PENAL));
        }
      }
      LocalDate sentencing = LocalDate.of(2025, 12, 20);
      if (!late && chance(0.08) && at.plusDays(120).isBefore(sentencing)) {
        add(ev(EventType.CONVICTION, between(at.plusDays(120), sentencing)).source(FORO_PENAL));
      }
    }

    private void incommunicado(boolean military) {
      boolean recent = chance(0.3);
      LocalDate arrest =
          recent ? between(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31)) : arrestDate();
      LocalDate at = arrestAndTransfer(military, arrest, null, null);
      LocalDate lost = between(at.plusDays(1), min(at.plusDays(120), LAST_DAY));
      add(ev(EventType.WHEREABOUTS_UNKNOWN, lost).source(FAMILY));
    }

    private void orderNotExecuted(boolean military, boolean teenager) {
      LocalDate arrest = teenager ? LocalDate.of(2025, 8, 14) : arrestDate();
      arrestAndTransfer(military, arrest, null, null);
      LocalDate ordered = between(ANNOUNCEMENT, ANNOUNCEMENT.plusDays(4));
      // Announced orders come from the official source; others were seen by defence lawyers.
      Source source = teenager || chance(0.6) ? OFFICIAL : FORO_PENAL;
      add(ev(EventType.RELEASE_ORDER, ordered).source(source).addAllMeasures(januaryMeasures()));
    }

    private void releasedInJanuary(boolean military, boolean caseClosed) {
      arrestAndTransfer(military, arrestDate(), null, null);
      LocalDate ordered = ANNOUNCEMENT;
      LocalDate released = between(ANNOUNCEMENT, LocalDate.of(2026, 1, 14));
      if (caseClosed) {
        add(ev(EventType.RELEASE_ORDER, ordered).source(OFFICIAL));
        // The official announcement gave the day of the order as the day of release: a date
        // conflict with Foro Penal's verification, unless both fall on the same day.
        add(claim(EventType.RELEASE, ordered));
        add(ev(EventType.RELEASE, released).source(FORO_PENAL));
        add(ev(EventType.CASE_CLOSED, released).source(FORO_PENAL));
      } else {
        List<Measure> measures = januaryMeasures();
        add(ev(EventType.RELEASE_ORDER, ordered).source(OFFICIAL).addAllMeasures(measures));
        // The authorities announced the release; Foro Penal verified it, and the measures it came
        // with, on the same day: a corroboration.
        add(claim(EventType.RELEASE, released));
        add(ev(EventType.RELEASE, released).source(FORO_PENAL).addAllMeasures(measures));
      }
    }

    private void releaseClaimed(boolean military) {
      arrestAndTransfer(military, arrestDate(), null, null);
      add(ev(EventType.RELEASE_ORDER, ANNOUNCEMENT).source(OFFICIAL).addAllMeasures(januaryMeasures()));
      LocalDate claimed = between(ANNOUNCEMENT.plusDays(1), ANNOUNCEMENT.plusDays(4));
      add(claim(EventType.RELEASE, claimed));
    }

    /** Returns a claim of the official source, recorded on its date. */
    private Event.Builder claim(EventType type, LocalDate date) {
      return ev(type, date).source(OFFICIAL).evidence(Evidence.CLAIMED);
    }

    private void releasedEarlier(boolean military) {
      LocalDate arrest = between(START, LocalDate.of(2025, 6, 30));
      LocalDate at = arrestAndTransfer(military, arrest, null, null);
      LocalDate released = release(at, LocalDate.of(2025, 11, 30));
      if (chance(0.12)) {
        add(ev(EventType.CASE_CLOSED, between(released.plusDays(30), LocalDate.of(2025, 12, 31)))
            .source(FORO_PENAL));
      } else {
        appearances(released, LAST_DAY);
      }
    }

    private void rearrested(boolean military) {
      LocalDate arrest = between(START, LocalDate.of(2024, 10, 31));
      LocalDate at = arrestAndTransfer(military, arrest, null, null);
      LocalDate released = release(at, LocalDate.of(2025, 3, 31));
      boolean inJanuary = chance(0.15);
      LocalDate again =
          inJanuary
              ? between(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 14))
              : between(released.plusDays(45), LocalDate.of(2025, 12, 20));
      appearances(released, again.minusDays(1));
      add(
          ev(EventType.ARREST, again)
              .source(chance(0.5) ? FAMILY : FORO_PENAL)
              .facility(military ? DGCIM : chance(0.6) ? HELICOIDE : ZONA_7));
    }

    private void houseArrest(boolean military) {
      LocalDate at =
          arrestAndTransfer(military, between(START, LocalDate.of(2025, 9, 30)), null, null);
      LocalDate ordered = between(at.plusDays(30), LocalDate.of(2025, 12, 31));
      add(
          ev(EventType.RELEASE_ORDER, ordered)
              .source(FORO_PENAL)
              .addAllMeasures(Measures.parse("HOUSE_ARREST;COURT_APPEARANCE(P30D)")));
      add(ev(EventType.RELEASE, min(ordered.plusDays(random.nextInt(6)), LAST_DAY)).source(FORO_PENAL));
    }

    private void exiled(boolean military) {
      LocalDate at = arrestAndTransfer(military, between(START, LocalDate.of(2024, 12, 31)), null, null);
      add(ev(EventType.EXILE, between(at.plusDays(60), LocalDate.of(2025, 10, 31))).source(FORO_PENAL));
    }

    private void died() {
      LocalDate at = arrestAndTransfer(false, between(ELECTION, ELECTION.plusDays(30)), null, null);
      add(ev(EventType.DEATH, between(at.plusDays(300), LocalDate.of(2025, 11, 30))).source(FORO_PENAL));
    }

    private void arrestedInJanuary() {
      // The first of them is the registry's latest event.
      LocalDate arrest = arrestedInJanuary++ == 0 ? LAST_DAY : between(LocalDate.of(2026, 1, 2), LAST_DAY);
      add(ev(EventType.ARREST, arrest).source(FAMILY).facility(chance(0.5) ? HELICOIDE : ZONA_7));
      if (arrest.isBefore(LAST_DAY) && chance(0.4)) {
        add(ev(EventType.WHEREABOUTS_UNKNOWN, arrest.plusDays(1)).source(FAMILY));
      }
    }

    // ---- building blocks

    /** Arrests and usually transfers; returns the date of the last event. */
    private LocalDate arrestAndTransfer(
        boolean military, LocalDate arrest, @Nullable LocalDate recorded, @Nullable Source source) {
      FacilityId first = military ? DGCIM : chance(0.45) ? HELICOIDE : chance(0.6) ? ZONA_7 : RODEO_1;
      Event.Builder a = ev(EventType.ARREST, arrest).facility(first);
      a.source(source != null ? source : chance(0.75) ? FORO_PENAL : FAMILY);
      if (recorded != null) {
        a.recordedOn(max(recorded, arrest));
      }
      double p = random.nextDouble();
      if (recorded == null && p < 0.015) {
        a.date(arrest.withDayOfMonth(15)).precision(DatePrecision.MONTH);
        arrest = arrest.withDayOfMonth(15);
      } else if (recorded == null && p < 0.02 && arrest.getYear() == 2024) {
        a.date(LocalDate.of(2024, 7, 1)).precision(DatePrecision.YEAR);
        arrest = LocalDate.of(2024, 7, 1);
      }
      add(a);
      LocalDate last = arrest;
      if (chance(military ? 0.8 : 0.7)) {
        LocalDate moved = min(arrest.plusDays(10 + random.nextInt(60)), LocalDate.of(2025, 12, 31));
        if (moved.isAfter(arrest)) {
          FacilityId to = military ? RAMO_VERDE : prison(first);
          Event.Builder t = ev(EventType.TRANSFER, moved).facility(to).source(source != null ? source : FORO_PENAL);
          if (recorded != null) {
            t.recordedOn(max(recorded, moved));
          }
          add(t);
          last = moved;
        }
      }
      return last;
    }

    /** Orders and executes a release under measures before {@code latest}; returns its date. */
    private LocalDate release(LocalDate after, LocalDate latest) {
      LocalDate ordered = between(after.plusDays(30), latest.minusDays(10));
      List<Measure> measures = new ArrayList<>();
      measures.add(Measure.courtAppearance(chance(0.5) ? Period.ofDays(15) : Period.ofDays(30)));
      for (MeasureType t :
          List.of(
              MeasureType.SPEECH_BAN,
              MeasureType.TRAVEL_BAN,
              MeasureType.LOCALITY_RESTRICTION,
              MeasureType.ASSEMBLY_BAN,
              MeasureType.PASSPORT_SURRENDER)) {
        if (chance(0.35)) {
          measures.add(Measure.of(t));
        }
      }
      add(ev(EventType.RELEASE_ORDER, ordered).source(FORO_PENAL).addAllMeasures(measures));
      LocalDate released = ordered.plusDays(random.nextInt(10));
      add(ev(EventType.RELEASE, released).source(FORO_PENAL));
      return released;
    }

    /** Records court appearances every 15 or 30 days from {@code released} until {@code end}. */
    private void appearances(LocalDate released, LocalDate end) {
      if (!chance(0.5)) {
        return;
      }
      int every = 30;
      LocalDate next = released.plusDays(every);
      int recorded = 0;
      while (!next.isAfter(end) && recorded < 6) {
        add(ev(chance(0.9) ? EventType.APPEARANCE_ATTENDED : EventType.APPEARANCE_MISSED, next)
            .source(FORO_PENAL));
        next = next.plusDays(every);
        recorded++;
      }
      if (chance(0.1) && !next.isAfter(end)) {
        add(ev(EventType.MEASURE_IMPOSED, next).source(FORO_PENAL).addMeasures(Measure.of(MeasureType.SUPERVISION)));
      }
    }

    private List<Measure> januaryMeasures() {
      String[] sets = {
        "COURT_APPEARANCE(P30D);SPEECH_BAN",
        "COURT_APPEARANCE(P15D);SPEECH_BAN;TRAVEL_BAN",
        "COURT_APPEARANCE(P30D);TRAVEL_BAN",
        "COURT_APPEARANCE(P15D);SPEECH_BAN",
      };
      return Measures.parse(sets[random.nextInt(sets.length)]);
    }

    private FacilityId prison(FacilityId from) {
      double p = random.nextDouble();
      FacilityId to =
          p < 0.3 ? TOCORON : p < 0.55 ? RODEO_1 : p < 0.8 ? RODEO_2 : p < 0.9 ? TOCUYITO : HELICOIDE;
      return to.equals(from) ? TOCORON : to;
    }

    private LocalDate arrestDate() {
      // Many arrests followed the July 2024 election.
      return chance(0.5)
          ? between(ELECTION, LocalDate.of(2024, 9, 30))
          : between(START, LocalDate.of(2025, 12, 31));
    }

    private Event.Builder ev(EventType type, LocalDate date) {
      return Event.builder().type(type).date(date);
    }

    private void add(Event.Builder event) {
      Event e = event.build();
      if (e.type() == EventType.ARREST) {
        e = Event.builder().from(e).agency(agency(e.facility().orElseThrow())).build();
      } else if (e.type() == EventType.CASE_CLOSED) {
        CaseOutcome[] outcomes = {
          CaseOutcome.DISMISSED, CaseOutcome.ACQUITTED, CaseOutcome.PARDON, CaseOutcome.AMNESTY,
          CaseOutcome.SENTENCE_SERVED, CaseOutcome.OTHER
        };
        int i = balance.nextInt(outcomes.length + 1);
        if (i < outcomes.length) {
          e = Event.builder().from(e).outcome(outcomes[i]).build();
        }
      }
      registry = registry.withEvent(id, e);
    }

    /** Returns the agency that made an arrest at {@code facility}: mostly its own, sometimes not. */
    private String agency(FacilityId facility) {
      if (balance.nextDouble() < 0.03) {
        return "FAES";
      }
      if (facility.equals(HELICOIDE)) {
        return "SEBIN";
      }
      if (facility.equals(DGCIM) || facility.equals(RAMO_VERDE)) {
        return "DGCIM";
      }
      if (facility.equals(ZONA_7)) {
        return "PNB";
      }
      double p = balance.nextDouble();
      return p < 0.5 ? "GNB" : p < 0.8 ? "CICPC" : "PNB";
    }

    /** Gives some people a profile and a second nationality. */
    private void profiles(Detainee.Builder d, boolean military) {
      Profile[] civil = {
        Profile.JOURNALIST, Profile.HUMAN_RIGHTS_DEFENDER, Profile.TRADE_UNIONIST,
        Profile.POLITICAL_LEADER, Profile.INDIGENOUS, Profile.DISABILITY, Profile.LGBTI
      };
      double[] chances = {0.03, 0.02, 0.03, 0.12, 0.01, 0.01, 0.01};
      for (int i = 0; i < civil.length; i++) {
        if (!military && balance.nextDouble() < chances[i]) {
          d.addProfiles(civil[i]);
        }
      }
      String[] second = {"ES", "CO", "IT", "PT", "US"};
      Detainee sofar = d.build();
      if (sofar.nationality().orElse("").equals(COUNTRY) && balance.nextDouble() < 0.03) {
        d.addOtherNationalities(second[balance.nextInt(second.length)]);
      }
    }

    private boolean chance(double p) {
      return random.nextDouble() < p;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
      checkArgument(!to.isBefore(from), "empty range %s..%s", from, to);
      long days = ChronoUnit.DAYS.between(from, to);
      return from.plusDays(random.nextInt((int) days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }
  }
}
