package io.github.vigil.conditions.risk;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.PersonView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One period at liberty, from a release to the next arrest (a rearrest) or, failing one, to
 * the first exile, death or the as-of date (censored). Immutable.
 */
final class ReleaseSpell {
  final DetaineeId id;
  final LocalDate released;
  final int days;
  final boolean rearrested;

  ReleaseSpell(DetaineeId id, LocalDate released, LocalDate end, boolean rearrested) {
    this.id = id;
    this.released = released;
    this.days = Math.toIntExact(ChronoUnit.DAYS.between(released, end));
    this.rearrested = rearrested;
  }

  /** Returns the release spells of {@code person}'s applied events, censored at {@code asOf}. */
  static List<ReleaseSpell> of(PersonView person, LocalDate asOf) {
    List<ReleaseSpell> spells = new ArrayList<>(1);
    @Nullable LocalDate open = null;
    for (Event e : person.appliedEvents()) {
      switch (e.type()) {
        case RELEASE -> open = e.date();
        case ARREST, EXILE, DEATH -> {
          if (open != null) {
            spells.add(new ReleaseSpell(person.id(), open, e.date(), e.type() == EventType.ARREST));
            open = null;
          }
        }
        default -> {}
      }
    }
    if (open != null) {
      spells.add(new ReleaseSpell(person.id(), open, asOf, false));
    }
    return spells;
  }

  @Override
  public String toString() {
    return id + " released " + released + ", " + days + " days" + (rearrested ? ", rearrested" : ", censored");
  }
}
