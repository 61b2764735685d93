package io.github.vigil.conditions.risk;

import io.github.vigil.core.MeasureType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fact of a person's legal history that adds points to a rearrest risk score. One factor per
 * measure code (named like the code), and the factors of the case, the appearances, the rearrests
 * and the release. Protected traits — gender, nationality, health, age, affiliation — are
 * deliberately not factors.
 */
public enum RiskFactor {
  /** A criminal case is open: the case under which the person can be detained again. */
  OPEN_CASE(null),
  /** Periodic court appearances are in force. */
  COURT_APPEARANCE(MeasureType.COURT_APPEARANCE),
  /** A ban on speaking publicly or to the press is in force. */
  SPEECH_BAN(MeasureType.SPEECH_BAN),
  /** A ban on leaving the country is in force. */
  TRAVEL_BAN(MeasureType.TRAVEL_BAN),
  /** A ban on leaving a locality or area is in force. */
  LOCALITY_RESTRICTION(MeasureType.LOCALITY_RESTRICTION),
  /** House arrest is in force. */
  HOUSE_ARREST(MeasureType.HOUSE_ARREST),
  /** Supervision by a person or institution is in force. */
  SUPERVISION(MeasureType.SUPERVISION),
  /** A ban on attending certain meetings or places is in force. */
  ASSEMBLY_BAN(MeasureType.ASSEMBLY_BAN),
  /** A ban on contacting certain people is in force. */
  CONTACT_BAN(MeasureType.CONTACT_BAN),
  /** Bail is in force. */
  BAIL(MeasureType.BAIL),
  /** The passport is surrendered. */
  PASSPORT_SURRENDER(MeasureType.PASSPORT_SURRENDER),
  /** Electronic monitoring is in force. */
  ELECTRONIC_MONITORING(MeasureType.ELECTRONIC_MONITORING),
  /** Another reasoned measure is in force. */
  OTHER(MeasureType.OTHER),
  /** How often the person must appear in court: the shorter the interval, the more points. */
  APPEARANCE_FREQUENCY(null),
  /** Court appearances recorded as missed. */
  MISSED_APPEARANCES(null),
  /** Court appearances that fell due (past a grace period) with no record at all. */
  OVERDUE_APPEARANCES(null),
  /** Earlier rearrests: arrests after a release or an exile. */
  PRIOR_REARRESTS(null),
  /** A recent release: risk is highest soon after it. */
  TIME_SINCE_RELEASE(null),
  /** A release order that stayed pending a long time before it was executed. */
  CONTESTED_RELEASE(null);

  private final Optional<MeasureType> measure;

  RiskFactor(@Nullable MeasureType measure) {
    this.measure = Optional.ofNullable(measure);
  }

  /** Returns the measure code this factor stands for; empty for the other factors. */
  public Optional<MeasureType> measure() {
    return measure;
  }

  /** Returns the factor of an active measure of code {@code type}. */
  public static RiskFactor of(MeasureType type) {
    return valueOf(type.name());
  }
}
