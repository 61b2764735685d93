package io.github.vigil.examples;

import io.github.vigil.conditions.Classification;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.History;
import io.github.vigil.core.InvalidTransitionException;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Source;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Builds one person's history through the API and classifies it: an arrest at El Helicoide, a
 * release order with measures on the day of the announcement, the release, a court appearance.
 * A history can only be built valid: a second release is refused with a message that names the
 * person's id, the event and the state it met.
 *
 * <pre>java -cp examples/target/vigil.jar io.github.vigil.examples.BuildHistory</pre>
 */
public final class BuildHistory {
  private BuildHistory() {}

  /**
   * Builds the history used by this example.
   *
   * @return the history of the invented person {@code P-EXAMPLE}
   */
  public static History history() {
    Source foroPenal = Source.of("foro-penal");
    return History.empty(DetaineeId.of("P-EXAMPLE"))
        .append(
            Event.builder()
                .type(EventType.ARREST)
                .date(LocalDate.of(2024, 8, 2))
                .facility(FacilityId.of("helicoide"))
                .source(foroPenal)
                .build())
        .append(
            Event.builder()
                .type(EventType.RELEASE_ORDER)
                .date(LocalDate.of(2026, 1, 8))
                .addAllMeasures(Measures.parse("COURT_APPEARANCE(P15D);SPEECH_BAN"))
                .source(Source.of("official"))
                .build())
        // A release with no measures listed takes those of the pending order.
        .append(Event.builder().type(EventType.RELEASE).date(LocalDate.of(2026, 1, 10)).source(foroPenal).build())
        .append(Event.builder().type(EventType.APPEARANCE_ATTENDED).date(LocalDate.of(2026, 1, 25)).source(foroPenal).build());
  }

  /**
   * Prints the person's status on three dates, then shows that an invalid event is refused.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    History history = history();
    ClassificationPolicy policy = ClassificationPolicy.standard();
    for (LocalDate date :
        new LocalDate[] {LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 1)}) {
      LegalStatus status = history.statusAsOf(date).orElseThrow();
      Classification c = policy.classify(status);
      out.println(date + ": " + c.category() + " " + c.reasons());
    }
    try {
      History released = history.append(Event.of(EventType.RELEASE, LocalDate.of(2026, 2, 2)));
      out.println("accepted: " + released);
    } catch (InvalidTransitionException e) {
      out.println("refused: " + e.getMessage());
    }
  }
}
