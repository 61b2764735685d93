package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.Collections2;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The law of the replay that needs the core's package-private builders: same-day independent
 * events commute. The other laws of the replay and the views are checked once, in the testkit's
 * {@code CoreProperties}, on its realistic generators (the core's tests cannot depend on the
 * testkit, which depends on the core).
 */
class HistoryProperties {
  @Test
  void sameDayIndependentEventsGiveTheSameStateInEveryOrder() {
    qt().withExamples(300)
        .forAll(CoreGen.histories(), Generate.range(0, 15), Generate.range(1, 30))
        .checkAssert(
            (h, mask, gap) -> {
              LegalStatus s = h.status().orElseThrow();
              LocalDate day = s.lastEventDate().plusDays(gap);
              List<Event> independent = independentEvents(s, day, mask);
              Set<LegalStatus> outcomes = new java.util.HashSet<>();
              for (List<Event> order : Collections2.permutations(independent)) {
                History next = h;
                for (Event e : order) {
                  next = next.append(e);
                }
                outcomes.add(normalised(next.status().orElseThrow()));
              }
              assertEquals(1, outcomes.size(), () -> independent + " gave " + outcomes);
            });
  }

  /**
   * Returns up to four events that each apply in state {@code s} and touch disjoint parts of the
   * state, chosen by the bits of {@code mask}.
   */
  static List<Event> independentEvents(LegalStatus s, LocalDate day, int mask) {
    List<Event> out = new ArrayList<>();
    switch (s.custody()) {
      case IN_CUSTODY -> {
        if ((mask & 1) != 0) {
          out.add(Event.of(EventType.TRANSFER, day, FacilityId.of("rodeo-1")));
        }
        if ((mask & 2) != 0) {
          out.add(Event.of(EventType.RELEASE_ORDER, day, Fixtures.SPEECH_BAN));
        }
        if ((mask & 4) != 0 && s.caseOpen()) {
          out.add(Event.of(EventType.CONVICTION, day));
        }
      }
      case AT_LIBERTY -> {
        boolean appearances = s.hasActive(MeasureType.COURT_APPEARANCE);
        if ((mask & 1) != 0 && !s.hasActive(MeasureType.CONTACT_BAN)) {
          out.add(Event.of(EventType.MEASURE_IMPOSED, day, Measure.of(MeasureType.CONTACT_BAN)));
        }
        if ((mask & 2) != 0 && !s.hasActive(MeasureType.BAIL)) {
          out.add(Event.of(EventType.MEASURE_IMPOSED, day, Measure.of(MeasureType.BAIL)));
        }
        if ((mask & 4) != 0 && s.caseOpen()) {
          out.add(Event.of(EventType.CONVICTION, day));
        }
        if ((mask & 8) != 0) {
          if (appearances) {
            out.add(Event.of(EventType.APPEARANCE_ATTENDED, day));
          } else if (!s.activeMeasures().isEmpty()) {
            out.add(Event.of(EventType.MEASURE_LIFTED, day, s.activeMeasures().get(0).measure()));
          }
        }
      }
      case EXILED -> {
        if ((mask & 4) != 0 && s.caseOpen()) {
          out.add(Event.of(EventType.CONVICTION, day));
        }
      }
      case DECEASED -> {}
    }
    return out;
  }

  /** Returns the status with its measures in code order, since their order records only timing. */
  static LegalStatus normalised(LegalStatus s) {
    return LegalStatus.builder()
        .from(s)
        .activeMeasures(
            s.activeMeasures().stream().sorted(Comparator.comparing(ActiveMeasure::type)).toList())
        .build();
  }
}
