package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A replay step answers only during the call that received it, and says what it is. */
class ReplayStepTest {
  @Test
  void everyQuestionToAStepKeptAfterItsReplayIsRefused() {
    List<ReplayStep> kept = new ArrayList<>();
    ReplayTest.REVOLVING.replay(kept::add);
    ReplayStep step = kept.get(0);
    for (Supplier<?> question :
        List.<Supplier<?>>of(
            step::index,
            step::custody,
            step::since,
            step::event,
            step::status,
            () -> step.entered(CustodyState.IN_CUSTODY),
            () -> step.left(CustodyState.IN_CUSTODY))) {
      IllegalStateException x = assertThrows(IllegalStateException.class, question::get);
      assertEquals("a replay step is valid only during the call that received it", x.getMessage());
    }
  }

  @Test
  void aStepDescribesItsIndexEventAndTheStateItLeftWhileItIsCurrent() {
    List<String> described = new ArrayList<>();
    Fixtures.history(Fixtures.arrest("2024-01-01"), Fixtures.event(EventType.RELEASE_ORDER, "2024-01-05"))
        .replay(step -> described.add(step.toString()));
    assertEquals(
        List.of(
            "ReplayStep{0: ARREST 2024-01-01 -> in custody}",
            "ReplayStep{1: RELEASE_ORDER 2024-01-05 -> in custody, release ordered}"),
        described);
  }
}
