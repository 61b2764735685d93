package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a {@link RiskPolicy}'s levels compare with what the registry itself records: for each
 * level, the observed rearrest rate at fixed horizons after release (30, 90 and 180 days by
 * default), estimated by Kaplan–Meier on the registry's release spells. A spell runs from a
 * release to the next arrest (a rearrest) or is censored at an exile, a death or the as-of
 * date; its level is the level of the score the person had as of the release date. Each level
 * says how many spells and people stand behind its figures, and warns when they are fewer than
 * {@link #minimumSpells()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskCalibration {
  /** The default horizons, in days after release. */
  public static final ImmutableList<Integer> DEFAULT_HORIZONS = ImmutableList.of(30, 90, 180);

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

  /** Returns one calibration per level, {@code LOW}, {@code MODERATE}, {@code HIGH}, always all three. */
  public abstract ImmutableList<LevelCalibration> levels();

  /** Returns the number of release spells, over all levels. */
  @Value.Derived
  public int spells() {
    return levels().stream().mapToInt(LevelCalibration::spells).sum();
  }

  /**
   * Returns the calibration of {@code policy} on {@code view}, at the default horizons and
   * minimum.
   */
  public static RiskCalibration of(RegistryView view, RiskPolicy policy) {
    return of(view, policy, DEFAULT_HORIZONS, DEFAULT_MINIMUM_SPELLS);
  }

  /**
   * Returns the calibration of {@code policy} on {@code view}, with the observed rate at each of
   * {@code horizons} days, and a warning for every level with fewer than {@code minimumSpells}
   * spells.
   *
   * @throws IllegalArgumentException if {@code horizons} is empty, not strictly increasing or
   *     has a negative value, or {@code minimumSpells} is negative
   */
  public static RiskCalibration of(
      RegistryView view, RiskPolicy policy, List<Integer> horizons, int minimumSpells) {
    checkArgument(!horizons.isEmpty(), "horizons must not be empty");
    for (int i = 0; i < horizons.size(); i++) {
      checkArgument(
          horizons.get(i) >= 0 && (i == 0 || horizons.get(i) > horizons.get(i - 1)),
          "horizons must be non-negative and strictly increasing: %s",
          horizons);
    }
    checkArgument(minimumSpells >= 0, "minimumSpells must not be negative: %s", minimumSpells);
    Map<RiskLevel, List<ReleaseSpell>> byLevel = new EnumMap<>(RiskLevel.class);
    for (RiskLevel level : RiskLevel.values()) {
      byLevel.put(level, new ArrayList<>());
    }
    view.population()
        .forEach(
            person -> {
              for (ReleaseSpell spell : ReleaseSpell.of(person, view.asOf())) {
                PersonView then = stateOn(view, person, spell.released);
                RiskLevel level = policy.level(policy.score(then, spell.released));
                byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(spell);
              }
            });
    ImmutableRiskCalibration.Builder b =
        ImmutableRiskCalibration.builder()
            .model(policy.model())
            .asOf(view.asOf())
            .horizons(horizons)
            .minimumSpells(minimumSpells);
    byLevel.forEach((level, spells) -> b.addLevels(calibrate(level, spells, horizons, minimumSpells)));
    return b.build();
  }

  /** Returns {@code person} as seen in {@code view}, but as of {@code date}. */
  private static PersonView stateOn(RegistryView view, PersonView person, LocalDate date) {
    RegistryView then = view.registry().asOf(date).knownOn(view.knownOn());
    if (view.sources().isPresent()) {
      then = then.fromSources(view.sources().get());
    }
    return then.person(person.id()).orElseThrow();
  }

  private static LevelCalibration calibrate(
      RiskLevel level, List<ReleaseSpell> spells, List<Integer> horizons, int minimumSpells) {
    int[] times = new int[spells.size()];
    boolean[] events = new boolean[spells.size()];
    Set<DetaineeId> people = new HashSet<>();
    int rearrests = 0;
    for (int i = 0; i < times.length; i++) {
      ReleaseSpell s = spells.get(i);
      times[i] = s.days;
      events[i] = s.rearrested;
      people.add(s.id);
      if (s.rearrested) {
        rearrests++;
      }
    }
    ProductLimit km = new ProductLimit(times, events);
    ImmutableLevelCalibration.Builder b =
        LevelCalibration.builder()
            .level(level)
            .spells(times.length)
            .people(people.size())
            .rearrests(rearrests);
    for (int t : horizons) {
      ImmutableObservedRate.Builder r =
          ObservedRate.builder().days(t).atRisk(km.atRisk(t)).rearrested(km.eventsBy(t));
      double survival = km.survival(t);
      if (times.length > 0 && (km.atRisk(t) > 0 || survival == 0.0)) {
        r.rate(1.0 - survival);
      }
      b.addRates(r.build());
    }
    if (times.length < minimumSpells) {
      b.warning(
          times.length == 0
              ? "no release spell began at this level"
              : "only "
                  + times.length
                  + (times.length == 1 ? " spell" : " spells")
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
