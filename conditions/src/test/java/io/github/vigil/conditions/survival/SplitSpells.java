package io.github.vigil.conditions.survival;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.History;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.testkit.VigilGen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generated registry whose split spells R fits (conditions/src/test/r/make-spells.R): the
 * testkit's histories from a fixed seed, and its counting-process table as CSV. Run {@link #main}
 * to write the table again after the generators change:
 *
 * <pre>
 * java -cp ... io.github.vigil.conditions.survival.SplitSpells conditions/src/test/resources/survival/spells-split.csv
 * </pre>
 */
final class SplitSpells {
  static final long SEED = 20_26_12_01L;
  static final int PEOPLE = 3000;
  static final LocalDate AS_OF = LocalDate.of(2032, 1, 1);

  private SplitSpells() {}

  /** Returns the registry: up to {@link #PEOPLE} generated histories (a repeated id is skipped). */
  static Registry registry() {
    List<History> histories = new ArrayList<>();
    qt().withFixedSeed(SEED)
        .withExamples(PEOPLE)
        .forAll(VigilGen.histories(VigilGen.DEFAULT_FACILITIES))
        .checkAssert(histories::add);
    Registry.Builder r = Registry.builder().country("VE");
    for (FacilityId f : VigilGen.DEFAULT_FACILITIES) {
      r.addFacility(Facility.of(f, FacilityKind.PRISON));
    }
    Set<DetaineeId> seen = new HashSet<>();
    for (History h : histories) {
      if (seen.add(h.detainee())) {
        r.addPerson(Detainee.of(h.detainee()), h);
      }
    }
    return r.build();
  }

  static RegistryView view() {
    return registry().asOf(AS_OF);
  }

  /** Returns the table R reads: a header, then per row person, start, stop, rearrest and a 0/1 column per measure type. */
  static List<String> table(List<SpellPeriod> periods) {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("person,start,stop,rearrest");
    for (MeasureType t : MeasureType.values()) {
      header.append(',').append(t.name());
    }
    lines.add(header.toString());
    for (SpellPeriod p : periods) {
      if (p.stop() <= p.start()) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      line.append(p.detainee().value()).append(',').append(p.start()).append(',').append(p.stop())
          .append(',').append(p.rearrested() ? 1 : 0);
      for (MeasureType t : MeasureType.values()) {
        line.append(',').append(p.had(t) ? 1 : 0);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), table(ReleaseSpells.periods(view())), UTF_8);
  }
}
