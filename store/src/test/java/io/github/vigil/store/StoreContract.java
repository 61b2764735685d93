package io.github.vigil.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Correction;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Registry;
import io.github.vigil.io.ReadOptions;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryReader;
import io.github.vigil.io.RegistryWriter;
import io.github.vigil.testkit.VigilGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's behaviour, run against every database it supports: each subclass gives a fresh,
 * empty database per call of {@link #newUrl()}. No mocks.
 */
abstract class StoreContract {
  static final String SECRET = "Ana Secretname";
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  static final DetaineeId A = DetaineeId.of("A");
  static final ReadOptions FAR = ReadOptions.builder().today(LocalDate.of(9999, 12, 31)).build();

  @TempDir Path dir;
  private int folders;

  /** Returns the URL of a new, empty database. */
  abstract String newUrl();

  /** Returns a connection for looking at what is stored, as the database holds it. */
  abstract Connection raw(String url) throws SQLException;

  private String lastUrl = "";

  RegistryStore store(String account) {
    lastUrl = newUrl();
    return RegistryStore.open(lastUrl, account);
  }

  Path folder() {
    try {
      return Files.createDirectories(dir.resolve("f" + folders++));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sample() {
    try {
      return Path.of(StoreContract.class.getResource("/sample-registry").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.collect(Collectors.toList())) {
        out.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  static void assertSameFiles(Path a, Path b) throws IOException {
    Map<String, byte[]> fa = files(a);
    Map<String, byte[]> fb = files(b);
    assertEquals(fa.keySet(), fb.keySet());
    for (String f : fa.keySet()) {
      assertArrayEquals(fa.get(f), fb.get(f), f);
    }
  }

  @Test
  void theBundledSampleGoesInAndComesOutAsTheSameRegistryAndTheSameBytes() throws IOException {
    ReadResult read = RegistryReader.read(sample(), FAR);
    Path canonical = folder();
    RegistryWriter.writeFolder(read.registry(), canonical);
    Registry registry = RegistryReader.read(canonical, FAR).registry();
    RegistryStore store = store("importer");
    long position = store.importRegistry(registry);
    StoreLoad load = store.load();
    assertEquals(position, load.position());
    assertEquals(registry, load.registry());
    Path out = folder();
    RegistryWriter.writeFolder(load.registry(), out);
    assertSameFiles(canonical, out);
  }

  @Test
  void aRoundTripThroughTheStoreKeepsGeneratedRegistriesWithCorrectionsByteForByte() {
    qt().withExamples(examples())
        .forAll(VigilGen.registriesWithCorrections())
        .check(
            registry -> {
              try {
                Path before = folder();
                RegistryWriter.writeFolder(registry, before);
                RegistryStore store = store("importer");
                store.importRegistry(registry);
                Registry loaded = store.load().registry();
                Path after = folder();
                RegistryWriter.writeFolder(loaded, after);
                assertSameFiles(before, after);
                return loaded.equals(registry);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Returns how many generated registries the round-trip property tries. */
  abstract int examples();

  static Event event(EventType type, String date, String id) {
    return Event.builder().type(type).date(LocalDate.parse(date)).id(id).build();
  }

  RegistryStore arrested() {
    RegistryStore store = store("ana.documenter");
    store.add(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    store.add(Detainee.builder().id(A).name(SECRET).build());
    store.append(A, Event.builder().from(Event.of(EventType.ARREST, LocalDate.parse("2025-03-01"), HELICOIDE)).id("a1").note(SECRET).build());
    return store;
  }

  /** Returns the reason the file reader gives for the last row of {@code events}. */
  String fileReason(String events) throws IOException {
    Path f = folder();
    Files.writeString(f.resolve("facilities.csv"), "id,kind\nhelicoide,INTELLIGENCE\n", StandardCharsets.UTF_8);
    Files.writeString(f.resolve("detainees.csv"), "id\nA\n", StandardCharsets.UTF_8);
    Files.writeString(f.resolve("events.csv"), "detainee_id,date,type,facility_id,id\n" + events, StandardCharsets.UTF_8);
    ReadResult r = RegistryReader.read(f, FAR);
    assertEquals(1, r.rejections().size(), r.rejections().toString());
    return r.rejections().get(0).reason();
  }

  @Test
  void anEventThatDoesNotApplyIsRefusedWithTheReasonTheFileReaderGives() throws IOException {
    RegistryStore store = arrested();
    store.append(A, event(EventType.RELEASE, "2026-01-09", "a2"));
    StoreRefusedException e =
        assertThrows(StoreRefusedException.class, () -> store.append(A, event(EventType.RELEASE, "2026-01-10", "a3")));
    assertEquals(
        fileReason("A,2025-03-01,ARREST,helicoide,a1\nA,2026-01-09,RELEASE,,a2\nA,2026-01-10,RELEASE,,a3\n"),
        e.getMessage());
    assertEquals(
        "unknown detainee B",
        assertThrows(StoreRefusedException.class, () -> store.append(DetaineeId.of("B"), event(EventType.RELEASE, "2026-01-10", "b1"))).getMessage());
    assertEquals(
        "unknown facility rodeo",
        assertThrows(StoreRefusedException.class,
            () -> store.append(A, Event.builder().from(Event.of(EventType.TRANSFER, LocalDate.parse("2026-01-11"), FacilityId.of("rodeo"))).build())).getMessage());
    assertEquals(
        "duplicate event id a2",
        assertThrows(StoreRefusedException.class, () -> store.append(A, Event.builder().from(Event.of(EventType.ARREST, LocalDate.parse("2026-02-01"), HELICOIDE)).id("a2").build())).getMessage());
    assertEquals(2, store.load().registry().eventCount(), "nothing refused was stored");
  }

  @Test
  void correctionsAreStoredSeenFromTheirDateAndRefusedWithTheFileReadersReason() throws IOException {
    RegistryStore store = arrested();
    store.append(A, event(EventType.RELEASE, "2026-01-09", "a2"));
    RegistryStore other = RegistryStore.open(lastUrl, "bea.reviewer");
    other.correct(A, "a2", Correction.retraction(LocalDate.parse("2026-01-12"), "another person of the same name"));
    other.append(A, event(EventType.RELEASE, "2026-01-20", "a3"));
    Registry r = store.load().registry();
    assertTrue(r.asOf(LocalDate.parse("2026-01-10")).knownOn(LocalDate.parse("2026-01-11")).person(A).orElseThrow().status().orElseThrow().isAtLiberty());
    assertFalse(r.asOf(LocalDate.parse("2026-01-15")).person(A).orElseThrow().status().orElseThrow().isAtLiberty());
    StoreRefusedException refused =
        assertThrows(StoreRefusedException.class,
            () -> store.correct(A, "a1", Correction.retraction(LocalDate.parse("2026-01-21"), "x")));
    Path f = folder();
    RegistryWriter.writeFolder(r, f);
    Files.writeString(f.resolve("corrections.csv"),
        Files.readString(f.resolve("corrections.csv")) + "a1,2026-01-21,x,\n", StandardCharsets.UTF_8);
    ReadResult read = RegistryReader.read(f, FAR);
    assertEquals(1, read.rejections().size());
    assertEquals(read.rejections().get(0).reason(), refused.getMessage());
    assertEquals(
        "unknown event id zz of A",
        assertThrows(StoreRefusedException.class,
            () -> store.correct(A, "zz", Correction.retraction(LocalDate.parse("2026-01-21"), "x"))).getMessage());
    List<String> lines = store.history(A).stream().map(AuditEntry::line).collect(Collectors.toList());
    assertEquals(5, lines.size(), lines.toString());
    assertTrue(lines.get(3).contains("\tbea.reviewer\tRETRACTS a2 recorded_on=2026-01-12"), lines.get(3));
    assertTrue(lines.get(1).contains("\tana.documenter\tARREST 2025-03-01 id=a1"), lines.get(1));
    for (String line : lines) {
      assertFalse(line.contains("Secretname") || line.contains("same name"), line);
    }
  }

  @Test
  void anAmendmentStoresTheReplacementAndTheCorrectionAtOnePosition() {
    RegistryStore store = arrested();
    store.append(A, event(EventType.RELEASE, "2026-01-09", "a2"));
    Event replacement = Event.builder().from(event(EventType.RELEASE, "2026-01-11", "a3"))
        .recordedOn(LocalDate.parse("2026-01-12")).build();
    long p = store.amend(A, "a2", Correction.amendment(LocalDate.parse("2026-01-12"), "date", "a3"), replacement);
    List<AuditEntry> h = store.history(A);
    assertEquals(p, h.get(h.size() - 1).position());
    assertEquals(p, h.get(h.size() - 2).position());
    Registry r = store.load().registry();
    assertEquals(LocalDate.parse("2026-01-11"), r.history(A).orElseThrow().events().get(1).date());
    assertEquals(r, store.catchUp(new StoreLoad(Registry.empty(), 0)).registry());
  }

  @Test
  void catchingUpFromAPositionGivesWhatALoadGives() {
    RegistryStore store = arrested();
    StoreLoad early = store.load();
    store.append(A, event(EventType.RELEASE_ORDER, "2026-01-08", "a2"));
    store.append(A, event(EventType.RELEASE, "2026-01-09", "a3"));
    store.correct(A, "a2", Correction.retraction(LocalDate.parse("2026-01-10"), "no order"));
    store.add(Detainee.of(DetaineeId.of("B")));
    StoreLoad caught = store.catchUp(early);
    StoreLoad load = store.load();
    assertEquals(load.position(), caught.position());
    assertEquals(load.registry(), caught.registry());
    assertEquals(caught.position(), store.catchUp(caught).position(), "nothing new: the same position");
  }

  @Test
  void aBatchThatFailsHalfwayLeavesTheStoreAsItWas() {
    RegistryStore store = arrested();
    StoreLoad before = store.load();
    Registry batch = Registry.empty()
        .withFacility(Facility.of(FacilityId.of("rodeo"), FacilityKind.PRISON))
        .withFacility(Facility.of(HELICOIDE, FacilityKind.PRISON)) // already stored: refused
        .withDetainee(Detainee.of(DetaineeId.of("B")));
    assertEquals("duplicate facility id helicoide",
        assertThrows(StoreRefusedException.class, () -> store.importRegistry(batch)).getMessage());
    StoreLoad after = store.load();
    assertEquals(before.position(), after.position());
    assertEquals(before.registry(), after.registry());
  }

  /**
   * A crash in the middle of an import: a process importing 100,000 people is killed (as by
   * {@code kill -9}, its connection dropped without a rollback) while it imports; the store
   * opened again loads exactly what it held before.
   */
  @Test
  void aProcessKilledInTheMiddleOfAnImportLeavesTheStoreAsItWas() throws Exception {
    RegistryStore store = arrested();
    StoreLoad before = store.load();
    Path output = dir.resolve("child.out");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                ImportingProcess.class.getName(), lastUrl, "100000")
            .redirectOutput(output.toFile())
            .redirectError(dir.resolve("child.err").toFile()) // Flyway logs there
            .start();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(output) && Files.readString(output, StandardCharsets.UTF_8).contains("importing"))) {
      assertTrue(child.isAlive() && System.nanoTime() < deadline, () -> "the child never began: " + childErrors());
      Thread.sleep(20);
    }
    Thread.sleep(1500); // well inside an import that takes several seconds
    assertTrue(child.isAlive(), "the import ended before it could be killed");
    child.destroyForcibly();
    child.waitFor();
    String said = Files.readString(output, StandardCharsets.UTF_8);
    assertFalse(said.contains("done"), "killed before the import returned: " + said);
    StoreLoad after = RegistryStore.open(lastUrl, "after.crash").load();
    assertEquals(before.position(), after.position());
    assertEquals(before.registry(), after.registry());
  }

  private String childErrors() {
    try {
      return Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void anImportRefusedAfterPartOfItWasWrittenLeavesTheStoreAsItWas() {
    String url = newUrl();
    RegistryStore.open(url, "ana", new SecretKeySpec(new byte[32], "AES"))
        .add(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    RegistryStore keyless = RegistryStore.open(url, "bea");
    StoreLoad before = keyless.load();
    // the facilities are sent to the database first; the name, which this store keeps sealed
    // and bea cannot seal, is refused after them
    Registry batch = Registry.empty()
        .withFacility(Facility.of(FacilityId.of("rodeo"), FacilityKind.PRISON))
        .withDetainee(Detainee.builder().id(DetaineeId.of("B")).name(SECRET).build());
    String message =
        String.valueOf(assertThrows(StoreRefusedException.class, () -> keyless.importRegistry(batch)).getMessage());
    assertTrue(message.contains("sealed"), message);
    assertFalse(message.contains("Secretname"), message);
    StoreLoad after = keyless.load();
    assertEquals(before.position(), after.position());
    assertEquals(before.registry(), after.registry());
    assertTrue(after.registry().facility(FacilityId.of("rodeo")).isEmpty());
  }

  @Test
  void namesAndNotesAreSealedWithTheAppsKeyAndTheStoreReportsWithoutIt() throws SQLException {
    SecretKey key = new SecretKeySpec(new byte[32], "AES");
    String url = newUrl();
    RegistryStore sealed = RegistryStore.open(url, "ana", key);
    sealed.add(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    sealed.add(Detainee.builder().id(A).name(SECRET).build());
    sealed.append(A, Event.builder().from(Event.of(EventType.ARREST, LocalDate.parse("2025-03-01"), HELICOIDE)).note(SECRET).build());
    assertTrue(sealed.isSealed());
    assertEquals(SECRET, sealed.load().registry().detainee(A).orElseThrow().name().orElseThrow());
    RegistryStore keyless = RegistryStore.open(url, "bea");
    Registry without = keyless.load().registry();
    assertTrue(without.detainee(A).orElseThrow().name().isEmpty());
    assertEquals(1, without.asOf(LocalDate.parse("2026-01-01")).population().count());
    assertThrows(StoreRefusedException.class, () -> keyless.add(Detainee.builder().id(DetaineeId.of("B")).name("x").build()));
    assertThrows(StoreException.class,
        () -> RegistryStore.open(url, "eve", new SecretKeySpec(new byte[16], "AES")));
    try (Connection c = raw(url); Statement s = c.createStatement()) {
      for (String sql : List.of("SELECT name FROM people", "SELECT note FROM events")) {
        try (ResultSet r = s.executeQuery(sql)) {
          while (r.next()) {
            String v = r.getString(1);
            assertTrue(v == null || (v.startsWith("aesgcm1:") && !v.contains("Secretname")), sql);
          }
        }
      }
    }
    assertFalse(sealed.toString().contains("jdbc"), sealed.toString());
  }


  @Test
  void concurrentWritersStoreEveryValidEventOnceAndRefuseEveryInvalidOne() throws Exception {
    String url = newUrl();
    RegistryStore setup = RegistryStore.open(url, "setup");
    setup.add(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    int people = 4;
    for (int i = 0; i < people; i++) {
      setup.add(Detainee.of(DetaineeId.of("P" + i)));
    }
    int threads = 4;
    int perThread = 30;
    AtomicInteger ids = new AtomicInteger();
    List<long[]> accepted = Collections.synchronizedList(new ArrayList<>());
    List<Event> acceptedEvents = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int seed = t;
      done.add(pool.submit(() -> {
        RegistryStore store = RegistryStore.open(url, "writer-" + seed);
        Random random = new Random(seed);
        EventType[] types = {EventType.ARREST, EventType.RELEASE, EventType.TRANSFER, EventType.DEATH};
        for (int i = 0; i < perThread; i++) {
          int person = random.nextInt(people);
          EventType type = types[random.nextInt(types.length)];
          LocalDate date = LocalDate.of(2025, 1, 1).plusDays(ids.get());
          Event.Builder b = Event.builder().type(type).date(date).id("e" + ids.incrementAndGet());
          if (type.requiresFacility()) {
            b.facility(HELICOIDE);
          }
          Event e = b.build();
          try {
            long p = store.append(DetaineeId.of("P" + person), e);
            accepted.add(new long[] {p, person});
            acceptedEvents.add(e);
          } catch (StoreRefusedException refusal) {
            refused.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    StoreLoad load = setup.load();
    int valid = accepted.size();
    assertEquals(threads * perThread, valid + refused.get(), "every append was stored or refused");
    assertEquals(valid, load.registry().eventCount(), "every accepted event stored once");
    assertEquals(valid, accepted.stream().mapToLong(a -> a[0]).distinct().count(), "one position each");
    // the loaded registry is the replay of the accepted events in position order
    TreeMap<Long, Integer> byPosition = new TreeMap<>();
    Map<Long, Event> events = new TreeMap<>();
    for (int i = 0; i < accepted.size(); i++) {
      byPosition.put(accepted.get(i)[0], (int) accepted.get(i)[1]);
      events.put(accepted.get(i)[0], acceptedEvents.get(i));
    }
    Registry replay = Registry.empty().withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    for (int i = 0; i < people; i++) {
      replay = replay.withDetainee(Detainee.of(DetaineeId.of("P" + i)));
    }
    for (Map.Entry<Long, Integer> a : byPosition.entrySet()) {
      replay = replay.withEvent(DetaineeId.of("P" + a.getValue()), java.util.Objects.requireNonNull(events.get(a.getKey())));
    }
    assertEquals(replay, load.registry());
    assertTrue(valid > 0 && refused.get() > 0, "both kinds were tried");
    System.out.println(
        getClass().getSimpleName() + " concurrent writers: " + threads + " threads x " + perThread
            + " appends = " + (threads * perThread) + "; stored " + valid + ", refused " + refused.get()
            + ", events loaded " + load.registry().eventCount());
  }
}
