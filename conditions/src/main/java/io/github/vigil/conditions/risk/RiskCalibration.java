package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.vigil.survival.KaplanMeier;
import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.survival.SurvivalCurve;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.EventType;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.ReplayListener;
import io.github.vigil.core.ReplayStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link RiskPolicy}'s levels compare with what the registry itself records: for each level,
 * the observed rearrest rate at fixed horizons after release (30, 90 and 180 days by default),
 * estimated by {@link KaplanMeier} on the registry's {@link ReleaseSpells}. A spell runs from a
 * release to the next arrest (a rearrest) or is censored at an exile, a death or the as-of date;
 * its level is the level of the score the person had at release: after the release and the other
 * events of its day (measures set, a case closed), but never after what ends the spell (a
 * rearrest, an exile or a death the same day), read from one replay of the person whatever the
 * number of spells. Each level says how
 * many spells and people stand behind its figures, and warns when they are fewer than {@link
 * #minimumSpells()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskCalibration {
  /** The default horizons, in days after release. */
  public static final ImmutableList<Integer> DEFAULT_HORIZONS = ImmutableList.of(30, 90, 180);

  /** The events that end a release spell. */
  private static final Set<EventType> ENDS_SPELL =
      Sets.immutableEnumSet(EventType.ARREST, EventType.EXILE, EventType.DEATH);

  /** The default number of spells below which a level's figures carry a warning. */
  public static final int DEFAULT_MINIMUM_SPELLS = 20;

  RiskCalibration() {}

  /** Returns the model whose levels are calibrated, as {@link RiskPolicy#model()}. */
  public abstract String model();

  /** Returns the date the spells are censored at. */
  public abstract LocalDate asOf();

  /** Returns the horizons, in days after release, in increasing order. */
  public abstract ImmutableList<Integer> horizons();

  /** Returns the number of spells below which a level's figures carry a warning. */
  public abstract int minimumSpells();

  /**
   * Returns one calibration per level, {@code LOW}, {@code MODERATE}, {@code HIGH}, always all
   * three.
   */
  public abstract ImmutableList<LevelCalibration> levels();

  /** Returns the number of release spells, over all levels. */
  @Value.Derived
  public int spells() {
    return levels().stream().mapToInt(LevelCalibration::spells).sum();
  }

  /**
   * Returns the calibration of {@code policy} on {@code view}, at the default horizons and minimum.
   */
  public static RiskCalibration of(RegistryView view, RiskPolicy policy) {
    return of(view, policy, DEFAULT_HORIZONS, DEFAULT_MINIMUM_SPELLS);
  }

  /**
   * Returns the calibration of {@code policy} on {@code view}, with the observed rate at each of
   * {@code horizons} days, and a warning for every level with fewer than {@code minimumSpells}
   * spells.
   *
   * @throws IllegalArgumentException if {@code horizons} is empty, not strictly increasing or has a
   *     negative value, or {@code minimumSpells} is negative
   */
  public static RiskCalibration of(
      RegistryView view, RiskPolicy policy, List<Integer> horizons, int minimumSpells) {
    checkHorizons(horizons);
    checkArgument(minimumSpells >= 0, "minimumSpells must not be negative: %s", minimumSpells);
    Map<RiskLevel, List<ReleaseSpell>> byLevel = new EnumMap<>(RiskLevel.class);
    for (RiskLevel level : RiskLevel.values()) {
      byLevel.put(level, new ArrayList<>());
    }
    view.population()
        .forEach(
            person -> {
              List<ReleaseSpell> spells = ReleaseSpells.of(person, view.asOf());
              List<LegalStatus> then = StatusOnReleaseDates.of(person);
              for (int i = 0; i < spells.size(); i++) {
                ReleaseSpell spell = spells.get(i);
                int score =
                    RiskScoring.score(
                        RiskScoring.factors(policy, person.id(), then.get(i), spell.released()));
                checkNotNull(byLevel.get(policy.level(score))).add(spell); // every level is there
              }
            });
    ImmutableRiskCalibration.Builder b =
        ImmutableRiskCalibration.builder()
            .model(policy.model())
            .asOf(view.asOf())
            .horizons(horizons)
            .minimumSpells(minimumSpells);
    byLevel.forEach(
        (level, spells) -> b.addLevels(calibrate(level, spells, horizons, minimumSpells)));
    return b.build();
  }

  /**
   * Returns a calibration from its parts, such as one read back from a risk report's JSON.
   *
   * @param model the model whose levels are calibrated
   * @param asOf the date the spells are censored at
   * @param horizons the horizons in days after release, in increasing order
   * @param minimumSpells the number of spells below which a level carries a warning
   * @param levels the calibration of {@code LOW}, {@code MODERATE} and {@code HIGH}, in that order
   * @throws IllegalArgumentException if {@code horizons} is empty, not strictly increasing or has a
   *     negative value, {@code minimumSpells} is negative, {@code levels} are not the three levels in
   *     order, a level's rates are not at {@code horizons}, or a level has a warning and at least
   *     {@code minimumSpells} spells, or none and fewer
   */
  public static RiskCalibration of(
      String model,
      LocalDate asOf,
      List<Integer> horizons,
      int minimumSpells,
      List<LevelCalibration> levels) {
    return ImmutableRiskCalibration.builder()
        .model(model)
        .asOf(asOf)
        .horizons(horizons)
        .minimumSpells(minimumSpells)
        .levels(levels)
        .build();
  }

  @Value.Check
  final void check() {
    checkHorizons(horizons());
    checkArgument(minimumSpells() >= 0, "minimumSpells must not be negative");
    checkArgument(
        levels().stream().map(LevelCalibration::level).collect(ImmutableList.toImmutableList())
            .equals(ImmutableList.copyOf(RiskLevel.values())),
        "levels must be LOW, MODERATE and HIGH, in that order");
    for (LevelCalibration l : levels()) {
      checkArgument(
          l.rates().stream().map(ObservedRate::days).collect(ImmutableList.toImmutableList())
              .equals(horizons()),
          "the rates of %s must be at the horizons",
          l.level());
      checkArgument(
          l.warning().isPresent() == (l.spells() < minimumSpells()),
          "%s must have a warning exactly when it has fewer than minimumSpells spells",
          l.level());
    }
  }

  private static void checkHorizons(List<Integer> horizons) {
    checkArgument(!horizons.isEmpty(), "horizons must not be empty");
    for (int i = 0; i < horizons.size(); i++) {
      checkArgument(
          horizons.get(i) >= 0 && (i == 0 || horizons.get(i) > horizons.get(i - 1)),
          "horizons must be non-negative and strictly increasing: %s",
          horizons);
    }
  }

  /**
   * The person's status at each release, read from one replay: after the release and the other
   * events of its day (the measures set, a case closed), but before anything that ends the spell
   * (a rearrest, an exile or a death the same day). A person taken again on the day of their
   * release is scored as released, not as held again. One status per release, in order.
   */
  private static final class StatusOnReleaseDates implements ReplayListener {
    private final List<LegalStatus> statuses = new ArrayList<>();
    private @Nullable LegalStatus open;
    private @Nullable LocalDate openDate;

    static List<LegalStatus> of(PersonView person) {
      StatusOnReleaseDates s = new StatusOnReleaseDates();
      person.replay(s);
      s.close();
      return s.statuses;
    }

    @Override
    public void applied(ReplayStep step) {
      LocalDate date = step.event().date();
      if (open != null) {
        if (date.equals(openDate) && !ENDS_SPELL.contains(step.event().type())) {
          open = step.status(); // the rest of the release day
        } else {
          close();
        }
      }
      if (step.entered(CustodyState.AT_LIBERTY)) {
        open = step.status();
        openDate = date;
      }
    }

    private void close() {
      if (open != null) {
        statuses.add(open);
        open = null;
        openDate = null;
      }
    }
  }

  private static LevelCalibration calibrate(
      RiskLevel level, List<ReleaseSpell> spells, List<Integer> horizons, int minimumSpells) {
    Set<DetaineeId> people = new HashSet<>();
    int rearrests = 0;
    for (ReleaseSpell s : spells) {
      people.add(s.detainee());
      if (s.rearrested()) {
        rearrests++;
      }
    }
    // Kaplan–Meier needs at least one rearrest; with none, every spell survives.
    Optional<SurvivalCurve> km =
        rearrests == 0
            ? Optional.empty()
            : Optional.of(
                KaplanMeier.fit(ReleaseSpells.times(spells), ReleaseSpells.rearrests(spells)));
    ImmutableLevelCalibration.Builder b =
        LevelCalibration.builder()
            .level(level)
            .spells(spells.size())
            .people(people.size())
            .rearrests(rearrests);
    for (int t : horizons) {
      int atRisk = 0;
      int rearrested = 0;
      for (ReleaseSpell s : spells) {
        if (s.days() >= t) {
          atRisk++;
        }
        if (s.rearrested() && s.days() <= t) {
          rearrested++;
        }
      }
      ImmutableObservedRate.Builder r =
          ObservedRate.builder().days(t).atRisk(atRisk).rearrested(rearrested);
      double survival = km.map(c -> c.survivalAt(t)).orElse(1.0);
      if (!spells.isEmpty() && (atRisk > 0 || survival == 0.0)) {
        r.rate(1.0 - survival);
      }
      b.addRates(r.build());
    }
    if (spells.size() < minimumSpells) {
      b.warning(
          spells.isEmpty()
              ? "no release spell began at this level"
              : "only "
                  + spells.size()
                  + (spells.size() == 1 ? " spell" : " spells")
                  + " (fewer than "
                  + minimumSpells
                  + "): too few for the rates to mean anything");
    }
    return b.build();
  }

  @Override
  public final String toString() {
    return "RiskCalibration{" + model() + ", asOf=" + asOf() + ", " + levels() + "}";
  }
}
