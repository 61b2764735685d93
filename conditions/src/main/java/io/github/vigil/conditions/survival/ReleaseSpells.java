package io.github.vigil.conditions.survival;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.Event;
import io.github.vigil.core.History;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Time at liberty from each release to the next rearrest, as survival data: one {@link
 * ReleaseSpell} per applied {@code RELEASE}, ended by the next {@code ARREST} (an event), or
 * censored at an {@code EXILE}, a {@code DEATH} or the view's as-of date.
 */
public final class ReleaseSpells {
  private ReleaseSpells() {}

  /**
   * Returns the release spells of everyone in {@code view}, by person id and then release date.
   * Only the events the view sees and applies count.
   */
  public static ImmutableList<ReleaseSpell> from(RegistryView view) {
    checkNotNull(view, "view");
    ImmutableList.Builder<ReleaseSpell> spells = ImmutableList.builder();
    view.population().forEach(person -> addSpells(person, view.asOf(), spells));
    return spells.build();
  }

  private static void addSpells(
      PersonView person, LocalDate asOf, ImmutableList.Builder<ReleaseSpell> spells) {
    History history = History.empty(person.id());
    @Nullable LocalDate released = null;
    EnumSet<MeasureType> measures = EnumSet.noneOf(MeasureType.class);
    for (Event e : person.appliedEvents()) {
      history = history.append(e);
      switch (e.type()) {
        case RELEASE -> {
          released = e.date();
          measures = EnumSet.noneOf(MeasureType.class);
          LegalStatus status = history.status().orElseThrow();
          for (ActiveMeasure m : status.activeMeasures()) {
            measures.add(m.type());
          }
        }
        case ARREST, EXILE, DEATH -> {
          if (released != null) {
            spells.add(spell(person, released, e.date(), end(e), measures));
            released = null;
          }
        }
        default -> {}
      }
    }
    if (released != null) {
      spells.add(spell(person, released, asOf, ReleaseSpell.End.AS_OF, measures));
    }
  }

  private static ReleaseSpell.End end(Event e) {
    return switch (e.type()) {
      case ARREST -> ReleaseSpell.End.REARREST;
      case EXILE -> ReleaseSpell.End.EXILE;
      default -> ReleaseSpell.End.DEATH;
    };
  }

  private static ReleaseSpell spell(
      PersonView person,
      LocalDate released,
      LocalDate end,
      ReleaseSpell.End endedBy,
      EnumSet<MeasureType> measures) {
    return ImmutableReleaseSpell.builder()
        .detainee(person.id())
        .released(released)
        .end(end)
        .endedBy(endedBy)
        .measures(Sets.immutableEnumSet(measures))
        .build();
  }

  /** Returns each spell's length in days, for the estimators' {@code times}. */
  public static double[] times(List<ReleaseSpell> spells) {
    double[] times = new double[spells.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = spells.get(i).days();
    }
    return times;
  }

  /** Returns whether each spell ended in a rearrest, for the estimators' {@code events}. */
  public static boolean[] rearrests(List<ReleaseSpell> spells) {
    boolean[] events = new boolean[spells.size()];
    for (int i = 0; i < events.length; i++) {
      events[i] = spells.get(i).rearrested();
    }
    return events;
  }

  /**
   * Returns each spell's group by a measure: {@code "with CODE"} when a measure of {@code type}
   * was active at release, {@code "without CODE"} otherwise.
   */
  public static ImmutableList<String> groups(List<ReleaseSpell> spells, MeasureType type) {
    checkNotNull(type, "type");
    ImmutableList.Builder<String> groups = ImmutableList.builderWithExpectedSize(spells.size());
    for (ReleaseSpell s : spells) {
      groups.add((s.had(type) ? "with " : "without ") + type.name());
    }
    return groups.build();
  }

  /**
   * Returns one row per spell with a 0/1 indicator per measure type in {@code types}, for a Cox
   * model's covariates (named by {@link MeasureType#name()}).
   */
  public static double[][] indicators(List<ReleaseSpell> spells, List<MeasureType> types) {
    double[][] rows = new double[spells.size()][types.size()];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < types.size(); j++) {
        rows[i][j] = spells.get(i).had(types.get(j)) ? 1 : 0;
      }
    }
    return rows;
  }

  /**
   * Returns each spell's person, as a cluster label: a person rearrested and released again has
   * several spells, which are not independent (the robust variance of a Cox model clusters them).
   * The labels are ids, never names.
   */
  public static ImmutableList<String> persons(List<ReleaseSpell> spells) {
    return spells.stream().map(s -> s.detainee().value()).collect(ImmutableList.toImmutableList());
  }
}
