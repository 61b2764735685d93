package io.github.vigil.store;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.History;
import io.github.vigil.core.Registry;
import java.time.LocalDate;

/**
 * A process that imports a registry of {@code N} people, each arrested and released, into the
 * store at a URL, saying "importing" before and "done" after: the test that kills it half-way
 * runs it apart, as a crash would.
 */
final class ImportingProcess {
  private ImportingProcess() {}

  /**
   * Imports.
   *
   * @param args the store's URL and the number of people
   */
  public static void main(String[] args) {
    RegistryStore store = RegistryStore.open(args[0], "crash.test");
    int people = Integer.parseInt(args[1]);
    FacilityId rodeo = FacilityId.of("rodeo");
    Registry.Builder b = Registry.builder().addFacility(Facility.of(rodeo, FacilityKind.PRISON));
    LocalDate arrested = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < people; i++) {
      DetaineeId id = DetaineeId.of("C" + i);
      b.addPerson(
          Detainee.of(id),
          History.builder(id)
              .add(Event.of(EventType.ARREST, arrested.plusDays(i % 300), rodeo))
              .add(Event.of(EventType.RELEASE, arrested.plusDays(i % 300 + 30)))
              .build());
    }
    Registry registry = b.build();
    System.out.println("importing");
    System.out.flush();
    store.importRegistry(registry);
    System.out.println("done");
    System.out.flush();
  }
}
