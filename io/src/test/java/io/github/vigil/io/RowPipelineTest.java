package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Row;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The rows of a file made into records on other threads load exactly as they do one by one: the
 * same registry, the same rejections in the same order, and on a failure the same rows taken
 * before it.
 */
class RowPipelineTest {
  private static final ReadOptions OPTIONS =
      ReadOptions.builder().today(LocalDate.of(2026, 1, 1)).build();
  private static final int PEOPLE = 700;

  /** Facilities, people, then events, several batches of them, every seventh row bad. */
  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of(Columns.FACILITIES, 2, Map.of("id", "F1", "kind", "PRISON")));
    for (int i = 0; i < PEOPLE; i++) {
      rows.add(Row.of(Columns.DETAINEES, i + 2, Map.of("id", "P" + i)));
    }
    long line = 2;
    for (int i = 0; i < PEOPLE; i++) {
      String who = i % 97 == 0 ? "NOBODY" + i : "P" + i;
      String arrested = i % 7 == 0 ? "2025-02-30" : "2025-01-0" + (1 + i % 9);
      rows.add(event(line++, who, arrested, "ARREST", "F1"));
      rows.add(event(line++, who, "2025-03-01", i % 11 == 0 ? "EXILE" : "RELEASE_ORDERED", ""));
      rows.add(event(line++, who, "2025-03-02", "RELEASE", ""));
    }
    return rows;
  }

  private static Row event(long line, String who, String date, String type, String facility) {
    return Row.of(
        Columns.EVENTS,
        line,
        Map.of("detainee_id", who, "date", date, "type", type, "facility_id", facility));
  }

  private static String file(Columns kind) {
    return kind.csvFile();
  }

  /**
   * Reads {@code rows} through a pipeline into {@code loading}, then fails as a bad file does;
   * checks that the reader's own exception is the one thrown, and returns it.
   */
  @CanIgnoreReturnValue
  private static RegistryFormatException failAfter(Loading loading, List<Row> rows) {
    RegistryFormatException fault = new RegistryFormatException("events.csv", "a quote left open");
    RegistryFormatException thrown =
        assertThrows(
            RegistryFormatException.class,
            () ->
                RowPipeline.read(
                    loading,
                    RowPipelineTest::file,
                    c -> {
                      rows.forEach(c);
                      throw fault;
                    }));
    assertSame(fault, thrown);
    return thrown;
  }

  /** Reads {@code rows} through one pipeline per file, in the order of the files. */
  private static void readByFile(Loading loading, List<Row> rows) {
    for (Columns kind : Columns.values()) {
      RowPipeline.read(
          loading,
          RowPipelineTest::file,
          c -> rows.stream().filter(r -> r.kind() == kind).forEach(c));
    }
  }

  @Test
  void rowsMadeInBatchesLoadAsRowsReadOneByOne() {
    List<Row> rows = rows();
    List<Rejection> oneByOne = new ArrayList<>();
    Loading a = new Loading(OPTIONS, oneByOne::add);
    rows.forEach(r -> a.row(r.kind(), file(r.kind()), r));
    ReadResult expected = a.finish();

    List<Rejection> piped = new ArrayList<>();
    Loading b = new Loading(OPTIONS, piped::add);
    readByFile(b, rows);
    ReadResult actual = b.finish();

    assertEquals(oneByOne, piped);
    assertEquals(expected.registry(), actual.registry());
    assertEquals(expected.counts(), actual.counts());
    assertEquals(expected.rejectedRows(), actual.rejectedRows());
    // the rows span several batches, and some of each were rejected
    assertTrue(rows.size() > 4 * RowPipeline.BATCH, "rows: " + rows.size());
    assertTrue(oneByOne.size() > 200, "rejections: " + oneByOne.size());
  }

  @Test
  void aReaderThatFailsHasTheRowsItPassedTakenFirstAndItsExceptionThrown() {
    List<Row> rows = rows();
    int before = 3 * RowPipeline.BATCH + 100;
    List<Rejection> oneByOne = new ArrayList<>();
    Loading a = new Loading(OPTIONS, oneByOne::add);
    rows.subList(0, before).forEach(r -> a.row(r.kind(), file(r.kind()), r));

    List<Rejection> piped = new ArrayList<>();
    Loading b = new Loading(OPTIONS, piped::add);
    failAfter(b, rows.subList(0, before));

    assertEquals(oneByOne, piped);
    assertTrue(piped.size() > 50, "rejections: " + piped.size());
  }

  @Test
  void aRowWhoseRecordCannotBeMadeFailsAfterTheRowsBeforeItAreTaken() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      rows.add(Row.of(Columns.DETAINEES, i + 2, Map.of("id", i % 10 == 0 ? "bad id " + i : "P" + i)));
    }
    int failing = 3 * RowPipeline.BATCH + 123;
    rows.add(failing, event(2, "P1", "2025-01-01", "ARREST", "F1"));
    List<Rejection> oneByOne = new ArrayList<>();
    Loading a = new Loading(OPTIONS, oneByOne::add);
    rows.subList(0, failing).forEach(r -> a.row(r.kind(), file(r.kind()), r));

    IllegalStateException defect = new IllegalStateException("a defect");
    List<Rejection> piped = new ArrayList<>();
    Loading b = new Loading(OPTIONS, piped::add);
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                RowPipeline.read(
                    b,
                    kind -> {
                      if (kind == Columns.EVENTS) {
                        throw defect;
                      }
                      return file(kind);
                    },
                    rows::forEach));

    assertSame(defect, thrown);
    assertEquals(oneByOne, piped);
    assertEquals(failing / 10 + 1, piped.size());
  }

  @Test
  void rejectionsReachTheConsumerWhileTheFileIsStillBeingRead() {
    int events = (RowPipeline.AHEAD + 4) * RowPipeline.BATCH;
    List<Rejection> piped = new ArrayList<>();
    Loading b = new Loading(OPTIONS, piped::add);
    List<Integer> seenWhileReading = new ArrayList<>();
    RowPipeline.read(
        b,
        RowPipelineTest::file,
        c -> {
          for (int i = 0; i < events; i++) {
            c.accept(event(i + 2, "NOBODY", "2025-01-01", "ARREST", "F1"));
          }
          seenWhileReading.add(piped.size());
        });
    // only the batches read ahead, and the one being gathered, wait for the reader to end
    assertEquals(events, piped.size());
    assertEquals(
        true,
        seenWhileReading.get(0) >= events - (RowPipeline.AHEAD + 1) * RowPipeline.BATCH,
        "rejections seen while reading: " + seenWhileReading);
  }

  @Test
  void aConsumerThatFailsAfterTheReaderFailedIsKeptBesideTheReadersException() {
    IllegalStateException full = new IllegalStateException("the consumer is full");
    Loading b =
        new Loading(
            OPTIONS,
            r -> {
              throw full;
            });
    // a bad row, still in the batch being gathered when the reader fails
    RegistryFormatException thrown =
        failAfter(b, List.of(event(2, "NOBODY", "2025-01-01", "ARREST", "F1")));
    assertEquals(List.of(full), List.of(thrown.getSuppressed()));
  }

  @Test
  void aConsumerThatFailsStopsTheLoadWithItsOwnException() {
    List<Row> rows = rows();
    IllegalStateException full = new IllegalStateException("the consumer is full");
    List<Rejection> taken = new ArrayList<>();
    Consumer<Rejection> sink =
        r -> {
          if (taken.size() == 3) {
            throw full;
          }
          taken.add(r);
        };
    Loading b = new Loading(OPTIONS, sink);
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> readByFile(b, rows));
    assertSame(full, thrown);
    assertEquals(3, taken.size());
  }

  @Test
  void aLoadFinishesWhileEveryThreadOfTheCommonPoolIsBusy() throws Exception {
    List<Row> rows = rows();
    Loading a = new Loading(OPTIONS, null);
    rows.forEach(r -> a.row(r.kind(), file(r.kind()), r));
    ReadResult expected = a.finish();

    ForkJoinPool pool = ForkJoinPool.commonPool();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(pool.getParallelism());
    for (int i = 0; i < pool.getParallelism(); i++) {
      pool.execute(
          () -> {
            busy.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    try {
      busy.await();
      ReadResult actual =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () -> {
                Loading b = new Loading(OPTIONS, null);
                readByFile(b, rows);
                return b.finish();
              });
      assertEquals(expected.registry(), actual.registry());
      assertEquals(expected.rejections(), actual.rejections());
    } finally {
      release.countDown();
    }
  }
}
