package io.github.vigil.survival;

/** Checks shared by the estimators: what the data must hold. */
final class Inputs {
  private Inputs() {}

  /** Checks that the table has rows and events. */
  static void checkRowsAndEvents(SurvivalData data) {
    if (data.n() == 0) {
      throw new SurvivalException(SurvivalException.Problem.TOO_FEW_ROWS, "there are no rows");
    }
    if (data.eventCount() == 0) {
      throw new SurvivalException(
          SurvivalException.Problem.NO_EVENTS,
          "there are no events: all " + data.n() + " rows are censored");
    }
  }
}
