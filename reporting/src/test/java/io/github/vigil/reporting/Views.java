package io.github.vigil.reporting;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.testkit.VigilGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Views of the testkit's registries ({@link VigilGen#registries()}) for this module's
 * properties: an as-of date near the registry's events (often its latest), sometimes a
 * known-on date before or after it, sometimes a filter of two sources, and a seed for the
 * choices a property makes itself. VigilGen has no view generator, since a view is only
 * meaningful next to its registry.
 */
final class Views {
  private static final LocalDate NO_EVENTS = LocalDate.of(2025, 1, 1);

  private Views() {}

  /** A registry, a view of it and a seed. */
  record Viewed(Registry registry, RegistryView view, int seed) {
    @Override
    public String toString() {
      return registry + " " + view;
    }
  }

  static Gen<Viewed> views() {
    Gen<Integer> choices = Generate.range(0, 1 << 20);
    Gen<Source> sources = VigilGen.sources();
    Gen<Registry> registries = VigilGen.registries();
    return in -> {
      Registry r = registries.generate(in);
      List<LocalDate> dates = new ArrayList<>();
      for (Detainee d : r.detainees()) {
        for (Event e : r.history(d.id()).orElseThrow().events()) {
          dates.add(e.date());
        }
      }
      LocalDate anchor =
          dates.isEmpty()
              ? NO_EVENTS
              : choices.generate(in) % 3 == 0
                  ? r.latestEventDate().orElseThrow()
                  : dates.get(choices.generate(in) % dates.size());
      LocalDate asOf = anchor.plusDays(choices.generate(in) % 90 - 30);
      RegistryView view = r.asOf(asOf);
      if (choices.generate(in) % 3 == 0) {
        view = view.knownOn(asOf.minusDays(choices.generate(in) % 60));
      } else if (choices.generate(in) % 3 == 0) {
        view = view.knownOn(asOf.plusDays(choices.generate(in) % 60));
      }
      if (choices.generate(in) % 3 == 0) {
        Set<Source> chosen = new HashSet<>();
        chosen.add(sources.generate(in));
        chosen.add(sources.generate(in));
        view = view.fromSources(chosen);
      }
      return new Viewed(r, view, choices.generate(in));
    };
  }

  /** Returns the registry of the people of {@code r} that {@code keep} accepts. */
  static Registry subset(Registry r, Predicate<DetaineeId> keep) {
    Registry out = Registry.empty();
    if (r.country().isPresent()) {
      out = out.withCountry(r.country().get());
    }
    for (Facility f : r.facilities()) {
      out = out.withFacility(f);
    }
    for (Detainee d : r.detainees()) {
      if (!keep.test(d.id())) {
        continue;
      }
      out = out.withDetainee(d);
      History h = r.history(d.id()).orElseThrow();
      for (Event e : h.events()) {
        out = out.withEvent(d.id(), e);
      }
    }
    return out;
  }
}
