package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.UnknownIdException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named, versioned points model of rearrest risk: the weights — integer points per {@link
 * RiskFactor}, and cut points from a score to a {@link RiskLevel}. Every point of a score is
 * explained by a {@link ScoredFactor}; the score is the sum of their points. Scoring (in this
 * package's {@code RiskScoring}) reads a person's legal status only — never gender, nationality,
 * health, age or affiliation. Immutable and thread-safe.
 *
 * <p>The {@linkplain #standard() standard policy}, {@code vigil-points 1.0}, gives:
 *
 * <table>
 *   <caption>The standard policy</caption>
 *   <tr><th>factor</th><th>points</th></tr>
 *   <tr><td>{@code OPEN_CASE}</td><td>2</td></tr>
 *   <tr><td>{@code SPEECH_BAN}, {@code COURT_APPEARANCE}</td><td>2 each</td></tr>
 *   <tr><td>any other active measure, {@code HOUSE_ARREST} included</td><td>1 each</td></tr>
 *   <tr><td>{@code APPEARANCE_FREQUENCY}: interval up to 7 / 15 / 30 days</td><td>3 / 2 / 1</td></tr>
 *   <tr><td>{@code MISSED_APPEARANCES}</td><td>2 per missed appearance</td></tr>
 *   <tr><td>{@code OVERDUE_APPEARANCES}: due more than 7 days ago, no record (only for people
 *       whose appearances the registry records)</td><td>1 each</td></tr>
 *   <tr><td>(missed and overdue together: at most 3 appearances counted)</td><td></td></tr>
 *   <tr><td>{@code PRIOR_REARRESTS}</td><td>2 each, at most 3 counted</td></tr>
 *   <tr><td>{@code TIME_SINCE_RELEASE}: up to 30 / 90 / 180 days</td><td>3 / 2 / 1</td></tr>
 *   <tr><td>{@code CONTESTED_RELEASE}: order pending 30 days or more</td><td>2</td></tr>
 *   <tr><td>level: {@code LOW} below 5, {@code MODERATE} 5 to 9, {@code HIGH} 10 or more</td>
 *       <td></td></tr>
 * </table>
 *
 * <p>docs/risk-model.md gives the reasons for each weight, and what the model must not be used for.
 */
@Value.Immutable
public abstract class RiskPolicy {
  private static final ImmutableMap<MeasureType, Integer> STANDARD_MEASURE_POINTS =
      standardMeasurePoints();

  RiskPolicy() {}

  /** Returns the standard policy, {@code vigil-points 1.0}. */
  public static RiskPolicy standard() {
    return builder().build();
  }

  /** Returns a new builder, starting from the standard policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the policy's name; {@code vigil-points} by default. */
  @Value.Default
  public String name() {
    return "vigil-points";
  }

  /** Returns the policy's version; {@code 1.0} by default. Change it whenever a weight changes. */
  @Value.Default
  public String version() {
    return "1.0";
  }

  /** Returns the name and version, as shown beside every score: {@code vigil-points 1.0}. */
  public String model() {
    return name() + " " + version();
  }

  /** Returns the points for an open case; 2 by default. */
  @Value.Default
  public int openCasePoints() {
    return 2;
  }

  /**
   * Returns the points for each active measure by code; a code not in the map is worth 0. By
   * default {@code SPEECH_BAN} and {@code COURT_APPEARANCE} are worth 2 and every other code 1.
   */
  @Value.Default
  public ImmutableMap<MeasureType, Integer> measurePoints() {
    return STANDARD_MEASURE_POINTS;
  }

  /**
   * Returns the points for the interval between court appearances, by bands of days; by default 3
   * up to 7 days, 2 up to 15, 1 up to 30.
   */
  @Value.Default
  public ImmutableList<PointsBand> appearanceIntervalPoints() {
    return ImmutableList.of(PointsBand.of(7, 3), PointsBand.of(15, 2), PointsBand.of(30, 1));
  }

  /** Returns the points per court appearance recorded as missed; 2 by default. */
  @Value.Default
  public int missedAppearancePoints() {
    return 2;
  }

  /**
   * Returns the points per court appearance that fell due more than {@link #overdueGraceDays()} ago
   * with no record; 1 by default. Never more than {@link #missedAppearancePoints()}, so recording a
   * missed appearance never lowers a score.
   */
  @Value.Default
  public int overdueAppearancePoints() {
    return 1;
  }

  /** Returns the days a registry has to record an appearance before it counts as overdue; 7. */
  @Value.Default
  public int overdueGraceDays() {
    return 7;
  }

  /**
   * Returns whether overdue appearances are counted only for a person the registry records
   * appearances of (at least one attended or missed since the court-appearance measure took
   * effect); {@code true} by default. Registries rarely record every appearance: for a person with
   * no record at all, missing records say more about the registry than about the person.
   */
  @Value.Default
  public boolean overdueOnlyWhenRecorded() {
    return true;
  }

  /** Returns how many missed and overdue appearances, together, are counted at most; 3. */
  @Value.Default
  public int appearancesCounted() {
    return 3;
  }

  /** Returns the points per earlier rearrest; 2 by default. */
  @Value.Default
  public int priorRearrestPoints() {
    return 2;
  }

  /** Returns how many earlier rearrests are counted at most; 3 by default. */
  @Value.Default
  public int rearrestsCounted() {
    return 3;
  }

  /**
   * Returns the points for the days since the last release, by bands; by default 3 up to 30 days, 2
   * up to 90, 1 up to 180.
   */
  @Value.Default
  public ImmutableList<PointsBand> timeSinceReleasePoints() {
    return ImmutableList.of(PointsBand.of(30, 3), PointsBand.of(90, 2), PointsBand.of(180, 1));
  }

  /**
   * Returns how many days a release order must have stayed pending before the release for the
   * release to count as contested; 30 by default.
   */
  @Value.Default
  public int contestedReleaseDays() {
    return 30;
  }

  /** Returns the points for a contested release; 2 by default. */
  @Value.Default
  public int contestedReleasePoints() {
    return 2;
  }

  /** Returns the lowest score at level {@link RiskLevel#MODERATE}; 5 by default. */
  @Value.Default
  public int moderateFrom() {
    return 5;
  }

  /** Returns the lowest score at level {@link RiskLevel#HIGH}; 10 by default. */
  @Value.Default
  public int highFrom() {
    return 10;
  }

  /** Returns the points for an active measure of code {@code type}. */
  public int pointsFor(MeasureType type) {
    return measurePoints().getOrDefault(type, 0);
  }

  /** Returns the level of {@code score}. */
  public RiskLevel level(int score) {
    if (score >= highFrom()) {
      return RiskLevel.HIGH;
    }
    return score >= moderateFrom() ? RiskLevel.MODERATE : RiskLevel.LOW;
  }

  /**
   * Returns the factors that apply to {@code person} as of {@code asOf}, each with its points and
   * explanation, in a fixed order: the case, the measures in the order they took effect, the
   * appearances, the rearrests, the release. Factors worth 0 points are left out. Whatever the
   * person's category: the calibration scores people as of their release.
   *
   * @throws IllegalArgumentException if the person has no applied event, or {@code asOf} is before
   *     the last one
   */
  ImmutableList<ScoredFactor> factors(PersonView person, LocalDate asOf) {
    return RiskScoring.factors(this, person.id(), statusOf(person), asOf);
  }

  /**
   * Returns the score of {@code person} as of {@code asOf}: the sum of the points of its
   * {@linkplain #factors factors}.
   *
   * @throws IllegalArgumentException if the person has no applied event, or {@code asOf} is before
   *     the last one
   */
  int score(PersonView person, LocalDate asOf) {
    return RiskScoring.score(factors(person, asOf));
  }

  /**
   * Returns the assessment of the person {@code id} in {@code view}, as of the view's date with
   * what it knows: category under the standard classification, factors, score and level. Empty
   * when the person is not assessed: when they are not at liberty or under house arrest ({@link
   * RiskReport#ASSESSED}: held, whereabouts unknown, exiled or deceased), or have no event the
   * view sees.
   *
   * @throws io.github.vigil.core.UnknownIdException if the view's registry holds no such person
   */
  public Optional<RiskAssessment> assess(RegistryView view, DetaineeId id) {
    checkNotNull(view, "view");
    checkNotNull(id, "id");
    PersonView person = view.person(id).orElseThrow(() -> new UnknownIdException(id));
    Optional<LegalStatus> status = person.status();
    if (status.isEmpty()
        || !RiskReport.ASSESSED.contains(ClassificationPolicy.standard().category(status.get()))) {
      return Optional.empty();
    }
    return Optional.of(assess(person, view.asOf()));
  }

  /**
   * Returns the assessment of {@code person} as of {@code asOf}, whatever their category.
   *
   * @throws IllegalArgumentException if the person has no applied event, or {@code asOf} is before
   *     the last one
   */
  RiskAssessment assess(PersonView person, LocalDate asOf) {
    LegalStatus status = statusOf(person);
    ImmutableList<ScoredFactor> factors = RiskScoring.factors(this, person.id(), status, asOf);
    return RiskAssessment.builder()
        .id(person.id())
        .category(ClassificationPolicy.standard().category(status))
        .factors(factors)
        .level(level(RiskScoring.score(factors)))
        .build();
  }

  private static LegalStatus statusOf(PersonView person) {
    return person
        .status()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "person " + person.id() + " has no applied event: nothing to assess"));
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "name must not be blank");
    checkArgument(!version().isBlank(), "version must not be blank");
    nonNegative("openCasePoints", openCasePoints());
    measurePoints().forEach((type, points) -> nonNegative("measurePoints of " + type, points));
    nonNegative("missedAppearancePoints", missedAppearancePoints());
    nonNegative("overdueAppearancePoints", overdueAppearancePoints());
    checkArgument(
        overdueAppearancePoints() <= missedAppearancePoints(),
        "overdueAppearancePoints (%s) must not exceed missedAppearancePoints (%s): recording a"
            + " missed appearance must never lower a score",
        overdueAppearancePoints(),
        missedAppearancePoints());
    nonNegative("overdueGraceDays", overdueGraceDays());
    nonNegative("appearancesCounted", appearancesCounted());
    nonNegative("priorRearrestPoints", priorRearrestPoints());
    nonNegative("rearrestsCounted", rearrestsCounted());
    nonNegative("contestedReleasePoints", contestedReleasePoints());
    checkArgument(
        contestedReleaseDays() > 0,
        "contestedReleaseDays must be positive: %s",
        contestedReleaseDays());
    checkBands("appearanceIntervalPoints", appearanceIntervalPoints());
    checkBands("timeSinceReleasePoints", timeSinceReleasePoints());
    checkArgument(moderateFrom() > 0, "moderateFrom must be positive: %s", moderateFrom());
    checkArgument(
        highFrom() >= moderateFrom(),
        "highFrom (%s) must not be below moderateFrom (%s)",
        highFrom(),
        moderateFrom());
  }

  private static void nonNegative(String what, int points) {
    checkArgument(points >= 0, "%s must not be negative: %s", what, points);
  }

  private static void checkBands(String what, List<PointsBand> bands) {
    for (int i = 1; i < bands.size(); i++) {
      PointsBand before = bands.get(i - 1);
      PointsBand b = bands.get(i);
      checkArgument(
          b.upToDays() > before.upToDays() && b.points() <= before.points(),
          "%s must list bands by increasing days and non-increasing points: %s",
          what,
          bands);
    }
  }

  private static ImmutableMap<MeasureType, Integer> standardMeasurePoints() {
    Map<MeasureType, Integer> m = new EnumMap<>(MeasureType.class);
    for (MeasureType t : MeasureType.values()) {
      m.put(t, 1);
    }
    m.put(MeasureType.SPEECH_BAN, 2);
    m.put(MeasureType.COURT_APPEARANCE, 2);
    return ImmutableMap.copyOf(m);
  }

  @Override
  public final String toString() {
    return "RiskPolicy{" + model() + "}";
  }

  /**
   * Builds {@link RiskPolicy}s, starting from the standard policy: every attribute left unset keeps
   * its standard value. Change the version whenever a weight changes.
   */
  public static final class Builder extends ImmutableRiskPolicy.Builder {
    private final Map<MeasureType, Integer> measureTable = new EnumMap<>(STANDARD_MEASURE_POINTS);

    Builder() {}

    /**
     * Sets the points of active measures of code {@code type}, keeping the standard points of the
     * other codes (or those set by earlier calls of this method). {@link #measurePoints(Map)}
     * instead replaces the whole table, leaving out codes worth 0.
     *
     * @throws IllegalArgumentException if {@code points} is negative
     */
    @CanIgnoreReturnValue
    public Builder measurePoints(MeasureType type, int points) {
      nonNegative("measurePoints of " + type, points);
      measureTable.put(type, points);
      measurePoints(measureTable);
      return this;
    }
  }
}
