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
import io.github.vigil.survival.SurvivalData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
    return replay(person, asOf).through(asOf);
  }

  private static Spells replay(PersonView person, LocalDate asOf) {
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
    return spells;
  }

  /**
   * Returns the release spells of everyone in {@code view} cut where a measure is imposed or
   * lifted (by person id, release date, then time): each {@link SpellPeriod} holds the measures
   * in force from its start to its end, and the last period of a spell ended by a rearrest is
   * marked so. A change takes effect the day after its date, as R's {@code (start, stop]} rows
   * read it: a measure imposed on the day of a rearrest does not count for that rearrest, and one
   * imposed on the day of the release counts from the start. A spell of 0 days is one period
   * {@code (0, 0]}.
   */
  public static ImmutableList<SpellPeriod> periods(RegistryView view) {
    checkNotNull(view, "view");
    ImmutableList.Builder<SpellPeriod> periods = ImmutableList.builder();
    view.population().forEach(person -> periods.addAll(periodsOf(person, view.asOf())));
    return periods.build();
  }

  /**
   * Returns the periods of {@code person}'s release spells (see {@link #periods(RegistryView)}),
   * the last spell censored at {@code asOf} if it is still running.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the person's last applied event
   */
  public static ImmutableList<SpellPeriod> periodsOf(PersonView person, LocalDate asOf) {
    Spells spells = replay(person, asOf);
    var unused = spells.through(asOf);
    return spells.periods();
  }

  /**
   * Returns the periods as counting-process survival data, R's {@code coxph(Surv(start, stop,
   * rearrest) ~ m1 + m2 + cluster(person))}: one row {@code (start, stop]} per period of at least
   * one day, the event being the rearrest that ends it, a 0/1 covariate per measure type in
   * {@code types} (named by {@link MeasureType#name()}) saying whether it was in force, and the
   * person as cluster, so the Cox model's variance is the robust one. Spells of 0 days, which no
   * {@code (start, stop]} row can hold (R drops them too), are left out and counted in {@link
   * SurvivalData#droppedRows()}. The labels are ids, never names.
   *
   * @param types the measure types to use as covariates, without repeats; may be empty
   * @throws IllegalArgumentException if a type is repeated
   */
  public static SurvivalData countingProcess(List<SpellPeriod> periods, List<MeasureType> types) {
    checkNotNull(periods, "periods");
    checkNotNull(types, "types");
    checkArgument(ImmutableSet.copyOf(types).size() == types.size(), "a measure type is repeated: %s", types);
    int rows = 0;
    for (SpellPeriod p : periods) {
      if (p.stop() > p.start()) {
        rows++;
      }
    }
    double[] start = new double[rows];
    double[] stop = new double[rows];
    boolean[] rearrest = new boolean[rows];
    double[][] columns = new double[types.size()][rows];
    List<String> persons = new ArrayList<>(rows);
    int i = 0;
    for (SpellPeriod p : periods) {
      if (p.stop() <= p.start()) {
        continue;
      }
      start[i] = p.start();
      stop[i] = p.stop();
      rearrest[i] = p.rearrested();
      for (int j = 0; j < types.size(); j++) {
        columns[j][i] = p.had(types.get(j)) ? 1 : 0;
      }
      persons.add(p.detainee().value());
      i++;
    }
    SurvivalData.Builder b =
        SurvivalData.builder(stop, rearrest)
            .entryTimes(start)
            .clusters(persons)
            .droppedRows(periods.size() - rows);
    for (int j = 0; j < types.size(); j++) {
      b.covariate(types.get(j).name(), columns[j]);
    }
    return b.build();
  }

  /**
   * Opens a spell at each step into liberty and closes it at the step out of it; in between, cuts
   * a period at each step after which the measures in force differ.
   */
  private static final class Spells implements ReplayListener {
    private final DetaineeId id;
    private final ImmutableList.Builder<ReleaseSpell> spells = ImmutableList.builder();
    private final List<SpellPeriod> periods = new ArrayList<>();
    private @Nullable LocalDate released;
    private ImmutableSet<MeasureType> measures = ImmutableSet.of();
    /** The measures in force now, and since when (the start of the current period). */
    private ImmutableSet<MeasureType> current = ImmutableSet.of();
    private @Nullable LocalDate since;

    Spells(DetaineeId id) {
      this.id = id;
    }

    @Override
    public void applied(ReplayStep step) {
      if (step.entered(CustodyState.AT_LIBERTY)) {
        released = step.event().date();
        measures = types(step);
        current = measures;
        since = released;
      } else if (step.left(CustodyState.AT_LIBERTY) && released != null) {
        spells.add(spell(released, step.event().date(), end(step.custody())));
        close(released, step.event().date(), step.custody() == CustodyState.IN_CUSTODY);
        released = null;
      } else if (released != null && step.custody() == CustodyState.AT_LIBERTY) {
        ImmutableSet<MeasureType> now = types(step);
        LocalDate start = Objects.requireNonNull(since);
        if (!now.equals(current)) {
          LocalDate date = step.event().date();
          if (date.isAfter(start)) {
            periods.add(period(released, start, date, current, false));
            since = date;
          }
          // A change on the day the period began takes effect for the whole period.
          current = now;
        }
      }
    }

    /** Ends the spell's last period on {@code end}. */
    private void close(LocalDate from, LocalDate end, boolean rearrested) {
      LocalDate start = Objects.requireNonNull(since);
      if (end.isAfter(start) || start.equals(from)) {
        // The whole spell may last 0 days: a period (0, 0], which the counting-process rows drop.
        periods.add(period(from, start, end, current, rearrested));
      } else if (rearrested) {
        // A change on the day of the rearrest takes effect after it: the rearrest ends the period
        // before the change.
        int last = periods.size() - 1;
        SpellPeriod p = periods.get(last);
        periods.set(last, period(p.released(), p.since(), p.until(), p.measures(), true));
      }
      since = null;
    }

    private SpellPeriod period(
        LocalDate from,
        LocalDate start,
        LocalDate end,
        ImmutableSet<MeasureType> types,
        boolean rearrested) {
      return ImmutableSpellPeriod.builder()
          .detainee(id)
          .released(from)
          .since(start)
          .until(end)
          .measures(types)
          .rearrested(rearrested)
          .build();
    }

    private static ImmutableSet<MeasureType> types(ReplayStep step) {
      EnumSet<MeasureType> types = EnumSet.noneOf(MeasureType.class);
      for (ActiveMeasure m : step.status().activeMeasures()) {
        types.add(m.type());
      }
      return Sets.immutableEnumSet(types);
    }

    ImmutableList<ReleaseSpell> through(LocalDate asOf) {
      LocalDate from = released;
      if (from != null) {
        spells.add(spell(from, asOf, ReleaseSpell.End.AS_OF));
        close(from, asOf, false);
        released = null;
      }
      return spells.build();
    }

    ImmutableList<SpellPeriod> periods() {
      return ImmutableList.copyOf(periods);
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
