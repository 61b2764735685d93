package io.github.vigil.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleRegistryTest {
  private static final Registry SAMPLE = SampleRegistry.generate();

  static Map<FreedomCategory, Integer> categories(RegistryView view) {
    Map<FreedomCategory, Integer> out = new EnumMap<>(FreedomCategory.class);
    view.population()
        .map(PersonView::status)
        .forEach(s -> out.merge(ClassificationPolicy.standard().category(s.orElseThrow()), 1, Integer::sum));
    return out;
  }

  @Test
  void printsTheStory() {
    System.out.println(SAMPLE);
    System.out.println("latest " + SAMPLE.latestEventDate());
    System.out.println("all " + categories(SAMPLE.asOfLatest()));
    System.out.println("known 01-08 " + categories(SAMPLE.asOfLatest().knownOn(SampleRegistry.ANNOUNCEMENT)));
    System.out.println("as of 01-07 " + categories(SAMPLE.asOf(SampleRegistry.ANNOUNCEMENT.minusDays(1))));
    System.out.println("foro-penal,family " + categories(SAMPLE.asOfLatest().fromSources(Set.of(Source.of("foro-penal"), Source.of("family")))));
    System.out.println("official " + categories(SAMPLE.asOfLatest().fromSources(Set.of(Source.of("official")))));
    assertEquals(SampleRegistry.generate(), SAMPLE);
  }
}
