package io.github.vigil.conditions.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.ReplayListener;
import io.github.vigil.core.ReplayStep;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Time at liberty from each release to the next rearrest, as survival data: one {@link
 * ReleaseSpell} per applied {@code RELEASE}, ended by the next {@code ARREST} (an event), or
 * censored at an {@code EXILE}, a {@code DEATH} or the view's as-of date. The spells are read
 * from each person's replay ({@link ReplayStep#entered} and {@link ReplayStep#left} liberty), in
 * time proportional to the events.
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
    view.population().forEach(person -> spells.addAll(of(person, view.asOf())));
    return spells.build();
  }

  /**
   * Returns the release spells of {@code person}, by release date, the last one censored at
   * {@code asOf} if it is still running; read from the person's replay, in time proportional to
   * the applied events.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the person's last applied event
   */
  public static ImmutableList<ReleaseSpell> of(PersonView person, LocalDate asOf) {
    checkNotNull(person, "person");
    checkNotNull(asOf, "asOf");
    person
        .status()
        .ifPresent(
            s ->
                checkArgument(
                    !asOf.isBefore(s.lastEventDate()),
                    "asOf %s is before the last applied event of %s (%s)",
                    asOf,
                    person.id(),
                    s.lastEventDate()));
    Spells spells = new Spells(person.id());
    person.replay(spells);
    return spells.through(asOf);
  }

  /** Opens a spell at each step into liberty and closes it at the step out of it. */
  private static final class Spells implements ReplayListener {
    private final DetaineeId id;
    private final ImmutableList.Builder<ReleaseSpell> spells = ImmutableList.builder();
    private @Nullable LocalDate released;
    private ImmutableSet<MeasureType> measures = ImmutableSet.of();

    Spells(DetaineeId id) {
      this.id = id;
    }

    @Override
    public void applied(ReplayStep step) {
      if (step.entered(CustodyState.AT_LIBERTY)) {
        released = step.event().date();
        EnumSet<MeasureType> types = EnumSet.noneOf(MeasureType.class);
        for (ActiveMeasure m : step.status().activeMeasures()) {
          types.add(m.type());
        }
        measures = Sets.immutableEnumSet(types);
      } else if (step.left(CustodyState.AT_LIBERTY) && released != null) {
        spells.add(spell(released, step.event().date(), end(step.custody())));
        released = null;
      }
    }

    ImmutableList<ReleaseSpell> through(LocalDate asOf) {
      if (released != null) {
        spells.add(spell(released, asOf, ReleaseSpell.End.AS_OF));
        released = null;
      }
      return spells.build();
    }

    private ReleaseSpell spell(LocalDate from, LocalDate to, ReleaseSpell.End endedBy) {
      return ImmutableReleaseSpell.builder()
          .detainee(id)
          .released(from)
          .end(to)
          .endedBy(endedBy)
          .measures(measures)
          .build();
    }

    /** Returns how a spell ends when the person leaves liberty for {@code next}. */
    private static ReleaseSpell.End end(CustodyState next) {
      return switch (next) {
        case IN_CUSTODY -> ReleaseSpell.End.REARREST;
        case EXILED -> ReleaseSpell.End.EXILE;
        case DECEASED -> ReleaseSpell.End.DEATH;
        case AT_LIBERTY -> throw new IllegalStateException("a spell at liberty cannot end at liberty");
      };
    }
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
   * The kinds of end of a spell as competing risks, in code order: a spell's code ({@link
   * #endings}) is 1 for a rearrest, 2 for exile, 3 for death.
   */
  public static final ImmutableList<String> ENDINGS = ImmutableList.of("rearrest", "exile", "death");

  /**
   * Returns how each spell ended, as competing risks: 0 when censored at the as-of date, 1
   * rearrest, 2 exile, 3 death (named by {@link #ENDINGS}). Unlike {@link #rearrests}, exile and
   * death are events of their own kinds, which end the time at risk of a rearrest for good.
   */
  public static int[] endings(List<ReleaseSpell> spells) {
    int[] codes = new int[spells.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] =
          switch (spells.get(i).endedBy()) {
            case AS_OF -> 0;
            case REARREST -> 1;
            case EXILE -> 2;
            case DEATH -> 3;
          };
    }
    return codes;
  }

  /** Returns whether each spell ended in a rearrest, exile or death (not at the as-of date). */
  public static boolean[] ended(List<ReleaseSpell> spells) {
    boolean[] ended = new boolean[spells.size()];
    for (int i = 0; i < ended.length; i++) {
      ended[i] = spells.get(i).endedBy() != ReleaseSpell.End.AS_OF;
    }
    return ended;
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
