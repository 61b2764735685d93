package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vigil.conditions.appearance.AppearanceSchedule;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.AppearanceRecord;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The scoring of a {@link RiskPolicy}: which factors apply to a person's legal status as of a
 * date, with the policy's points and a plain explanation of each. It reads the status only —
 * every date it measures from (the last release, the order it executed, each measure's start)
 * is one the replay recorded there.
 */
final class RiskScoring {
  private RiskScoring() {}

  /**
   * Returns the factors that apply to the person {@code id} in {@code status} as of {@code asOf},
   * in a fixed order: the case, the measures in the order they took effect, the appearances, the
   * rearrests, the release. Factors worth 0 points are left out.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the status's last event
   */
  static ImmutableList<ScoredFactor> factors(
      RiskPolicy policy, DetaineeId id, LegalStatus status, LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    checkArgument(
        !asOf.isBefore(status.lastEventDate()),
        "asOf %s is before the last applied event of %s (%s)",
        asOf,
        id,
        status.lastEventDate());
    ImmutableList.Builder<ScoredFactor> out = ImmutableList.builder();
    if (status.caseOpen()) {
      add(
          out,
          RiskFactor.OPEN_CASE,
          policy.openCasePoints(),
          status.convicted() ? "open case, convicted" : "open case");
    }
    for (ActiveMeasure m : status.activeMeasures()) {
      add(
          out,
          RiskFactor.of(m.type()),
          policy.pointsFor(m.type()),
          m.type() + " active since " + m.since());
    }
    status
        .activeMeasure(MeasureType.COURT_APPEARANCE)
        .ifPresent(m -> appearances(out, policy, status, m, asOf));
    int rearrests = status.rearrests();
    if (rearrests > 0) {
      int counted = Math.min(rearrests, policy.rearrestsCounted());
      add(
          out,
          RiskFactor.PRIOR_REARRESTS,
          counted * policy.priorRearrestPoints(),
          "rearrested "
              + (rearrests == 1 ? "once" : rearrests + " times")
              + (counted < rearrests ? ", " + counted + " counted" : ""));
    }
    if (status.custody() == CustodyState.AT_LIBERTY && status.lastRelease().isPresent()) {
      LocalDate released = status.lastRelease().get();
      long days = ChronoUnit.DAYS.between(released, asOf);
      add(
          out,
          RiskFactor.TIME_SINCE_RELEASE,
          bandPoints(policy.timeSinceReleasePoints(), days),
          "released "
              + released
              + ", "
              + days
              + (days == 1 ? " day" : " days")
              + " before "
              + asOf);
      if (status.lastReleaseOrdered().isPresent()) {
        LocalDate order = status.lastReleaseOrdered().get();
        long pending = ChronoUnit.DAYS.between(order, released);
        if (pending >= policy.contestedReleaseDays()) {
          add(
              out,
              RiskFactor.CONTESTED_RELEASE,
              policy.contestedReleasePoints(),
              "release ordered " + order + ", executed " + released + ", " + pending + " days later");
        }
      }
    }
    return out.build();
  }

  /** Returns the score: the sum of the points of {@code factors}. */
  static int score(List<ScoredFactor> factors) {
    int score = 0;
    for (ScoredFactor f : factors) {
      score += f.points();
    }
    return score;
  }

  private static void appearances(
      ImmutableList.Builder<ScoredFactor> out,
      RiskPolicy policy,
      LegalStatus status,
      ActiveMeasure court,
      LocalDate asOf) {
    if (court.measure().interval().isEmpty()) {
      return;
    }
    AppearanceSchedule schedule = AppearanceSchedule.of(court);
    LocalDate start = schedule.since();
    long intervalDays = ChronoUnit.DAYS.between(start, schedule.dueDate(1));
    add(
        out,
        RiskFactor.APPEARANCE_FREQUENCY,
        bandPoints(policy.appearanceIntervalPoints(), intervalDays),
        "court appearance every " + schedule.interval() + " (" + intervalDays + " days)");
    List<AppearanceRecord> records = status.appearances();
    int missed = 0;
    LocalDate latestMissed = null;
    for (AppearanceRecord r : records) {
      if (!r.attended()) {
        missed++;
        latestMissed = r.date();
      }
    }
    int countedMissed = Math.min(missed, policy.appearancesCounted());
    if (latestMissed != null) {
      add(
          out,
          RiskFactor.MISSED_APPEARANCES,
          countedMissed * policy.missedAppearancePoints(),
          count(missed)
              + " missed, latest "
              + latestMissed
              + (countedMissed < missed ? ", " + countedMissed + " counted" : ""));
    }
    // The due dates that passed more than the grace period ago are counted against the records
    // (attended or missed): each record answers one due date, the rest are overdue. Unlike
    // Compliance#overdue() (the due dates after the last record), a count never drops by more
    // than one when a record is added, so recording a missed appearance never lowers a score.
    int due = schedule.countDueThrough(asOf.minusDays(policy.overdueGraceDays()));
    int overdue = Math.max(0, due - records.size());
    int countedOverdue = Math.min(overdue, policy.appearancesCounted() - countedMissed);
    if (overdue > 0 && (!records.isEmpty() || !policy.overdueOnlyWhenRecorded())) {
      add(
          out,
          RiskFactor.OVERDUE_APPEARANCES,
          countedOverdue * policy.overdueAppearancePoints(),
          count(overdue)
              + " due from "
              + schedule.dueDate(records.size() + 1)
              + " with no record ("
              + policy.overdueGraceDays()
              + "-day grace)"
              + (countedOverdue < overdue ? ", " + countedOverdue + " counted" : ""));
    }
  }

  /** Returns "1 court appearance", "2 court appearances"... */
  private static String count(int appearances) {
    return appearances + (appearances == 1 ? " court appearance" : " court appearances");
  }

  private static int bandPoints(List<PointsBand> bands, long days) {
    for (PointsBand b : bands) {
      if (b.holds(days)) {
        return b.points();
      }
    }
    return 0;
  }

  private static void add(
      ImmutableList.Builder<ScoredFactor> out, RiskFactor factor, int points, String detail) {
    if (points > 0) {
      out.add(ScoredFactor.of(factor, points, detail));
    }
  }
}
