package io.github.vigil.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.reporting.CategoryCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The people of chosen freedom categories in a registry view, one entry each, with the dates
 * their status tells (held since, whereabouts unknown since, release ordered on, released on...),
 * ordered by the id they are written with. Confidential people (whose families asked that they
 * never be named) are left out and only counted. Names are kept only when asked for; {@link
 * #toString()} never shows them. Immutable.
 */
final class PeopleList {
  /** A date a person's status tells, in the order lists show them. */
  enum Dated {
    /** The arrest that began the current custody. */
    HELD_SINCE("held_since", "heldSince"),
    /** The first report, since they were last known, that the whereabouts are unknown. */
    WHEREABOUTS_UNKNOWN_SINCE("whereabouts_unknown_since", "whereaboutsUnknownSince"),
    /** The release order awaiting execution. */
    RELEASE_ORDERED_ON("release_ordered_on", "releaseOrderedOn"),
    /** The release that began the current time at liberty. */
    RELEASED_ON("released_on", "releasedOn"),
    /** The start of the active house arrest. */
    HOUSE_ARREST_SINCE("house_arrest_since", "houseArrestSince"),
    /** The exile. */
    EXILED_ON("exiled_on", "exiledOn"),
    /** The death. */
    DIED_ON("died_on", "diedOn");

    private final String column;
    private final String key;

    Dated(String column, String key) {
      this.column = column;
      this.key = key;
    }

    /** Returns the CSV column (and label key), such as {@code held_since}. */
    String column() {
      return column;
    }

    /** Returns the JSON key, such as {@code heldSince}. */
    String key() {
      return key;
    }
  }

  /** One person listed. */
  static final class Entry {
    private final String id;
    private final Optional<String> name;
    private final FreedomCategory category;
    private final ImmutableMap<Dated, LocalDate> dates;

    Entry(String id, Optional<String> name, FreedomCategory category, ImmutableMap<Dated, LocalDate> dates) {
      this.id = id;
      this.name = name;
      this.category = category;
      this.dates = dates;
    }

    /** Returns the id as written: the registry's, or its pseudonym. */
    String id() {
      return id;
    }

    /** Returns the name: empty when none is recorded or names were not asked for. */
    Optional<String> name() {
      return name;
    }

    FreedomCategory category() {
      return category;
    }

    /** Returns the dates the person's status tells, in {@link Dated} order. */
    ImmutableMap<Dated, LocalDate> dates() {
      return dates;
    }

    /** Returns the id, category and dates; never the name. */
    @Override
    public String toString() {
      return "Entry{" + id + ", " + category + ", " + dates + "}";
    }
  }

  private final RegistryView view;
  private final ImmutableSet<FreedomCategory> categories;
  private final boolean names;
  private final ImmutableList<Entry> entries;
  private final int leftOut;

  private PeopleList(
      RegistryView view,
      ImmutableSet<FreedomCategory> categories,
      boolean names,
      ImmutableList<Entry> entries,
      int leftOut) {
    this.view = view;
    this.categories = categories;
    this.names = names;
    this.entries = entries;
    this.leftOut = leftOut;
  }

  /**
   * Returns the people of {@code view} in {@code categories} under the standard classification,
   * ordered by the id {@code ids} writes, with their names only when {@code names} is true;
   * confidential people are left out and counted.
   *
   * @throws IllegalArgumentException if {@code categories} is empty
   */
  static PeopleList of(
      RegistryView view,
      Set<FreedomCategory> categories,
      Function<? super DetaineeId, String> ids,
      boolean names) {
    checkNotNull(view, "view");
    checkNotNull(ids, "ids");
    checkArgument(!categories.isEmpty(), "at least one category is needed");
    ClassificationPolicy policy = ClassificationPolicy.standard();
    List<Entry> entries = new ArrayList<>();
    int leftOut = 0;
    for (Iterator<PersonView> people = view.population().iterator(); people.hasNext(); ) {
      PersonView p = people.next();
      LegalStatus status = p.status().orElseThrow();
      FreedomCategory category = policy.category(status);
      if (!categories.contains(category)) {
        continue;
      }
      if (p.detainee().confidential()) {
        leftOut++;
        continue;
      }
      entries.add(
          new Entry(
              checkNotNull(ids.apply(p.id()), "id"),
              names ? p.detainee().name() : Optional.empty(),
              category,
              dates(status)));
    }
    entries.sort(Comparator.comparing(Entry::id));
    ImmutableSet<FreedomCategory> ordered =
        CategoryCounts.REPORT_ORDER.stream()
            .filter(categories::contains)
            .collect(ImmutableSet.toImmutableSet());
    return new PeopleList(view, ordered, names, ImmutableList.copyOf(entries), leftOut);
  }

  /** Returns the dates {@code status} tells, in {@link Dated} order. */
  static ImmutableMap<Dated, LocalDate> dates(LegalStatus status) {
    EnumMap<Dated, LocalDate> dates = new EnumMap<>(Dated.class);
    switch (status.custody()) {
      case IN_CUSTODY -> {
        dates.put(Dated.HELD_SINCE, status.since());
        status.whereaboutsUnknownSince().ifPresent(d -> dates.put(Dated.WHEREABOUTS_UNKNOWN_SINCE, d));
        status.releaseOrder().ifPresent(o -> dates.put(Dated.RELEASE_ORDERED_ON, o.date()));
      }
      case AT_LIBERTY -> {
        dates.put(Dated.RELEASED_ON, status.since());
        status
            .activeMeasure(MeasureType.HOUSE_ARREST)
            .ifPresent(m -> dates.put(Dated.HOUSE_ARREST_SINCE, m.since()));
      }
      case EXILED -> dates.put(Dated.EXILED_ON, status.since());
      case DECEASED -> dates.put(Dated.DIED_ON, status.since());
    }
    return ImmutableMap.copyOf(dates);
  }

  /** Returns the view the list was made from. */
  RegistryView view() {
    return view;
  }

  /** Returns the categories listed, in the order reports show them. */
  ImmutableSet<FreedomCategory> categories() {
    return categories;
  }

  /** Returns whether names were asked for. */
  boolean names() {
    return names;
  }

  /** Returns the people listed, ordered by the id they are written with. */
  ImmutableList<Entry> entries() {
    return entries;
  }

  /** Returns how many people of these categories were left out because they are confidential. */
  int leftOut() {
    return leftOut;
  }

  /** Returns how many of the people listed have a name to print. */
  long namesToPrint() {
    return entries.stream().filter(e -> e.name().isPresent()).count();
  }

  /** Returns the dates any entry has, in {@link Dated} order. */
  ImmutableSet<Dated> datesShown() {
    return entries.stream()
        .flatMap(e -> e.dates().keySet().stream())
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns the categories and counts; never a name. */
  @Override
  public String toString() {
    return "PeopleList{" + categories + ", asOf=" + view.asOf() + ", listed=" + entries.size()
        + ", leftOut=" + leftOut + "}";
  }
}
