package io.github.vigil.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Row;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Feeds the rows of one reader to a {@link Loading}, making their records on other threads
 * while the reader goes on. Rows are gathered in batches; each full batch is made into records
 * ({@link Loading#make}) on the common fork-join pool, and the records are taken ({@link
 * Loading#take}) on the reading thread, batch after batch in the order of the rows. So a load
 * gives exactly what a row-by-row load gives, and its rejections reach a consumer in the same
 * order, on the reading thread. When the oldest batch is needed and no other thread has begun
 * it, the reading thread makes it itself: a busy pool slows a load, never stalls it. Not
 * thread-safe: one reading thread.
 */
final class RowPipeline {
  /** Rows per batch: enough to make a hand-off cheap beside the work it hands off. */
  static final int BATCH = 512;
  /** Batches read ahead of those taken, which bounds the memory rows in flight hold. */
  static final int AHEAD = 8;

  private final Loading loading;
  /** The file each kind of row comes from; asked for each row, so it must be cheap. */
  private final Function<Columns, String> files;
  private final ArrayDeque<FutureTask<Batch>> made = new ArrayDeque<>();
  private List<Row> batch = new ArrayList<>(BATCH);

  private RowPipeline(Loading loading, Function<Columns, String> files) {
    this.loading = loading;
    this.files = files;
  }

  /**
   * Runs {@code reader}, which passes rows to the consumer it is given, and takes every row it
   * passed, in order, before returning. If the reader fails (a file that is not well formed),
   * the rows it passed before are taken first, as a row-by-row load would have, and its
   * exception is thrown.
   *
   * @param files the file each kind of row comes from, as origins name it
   */
  static void read(
      Loading loading, Function<Columns, String> files, Consumer<Consumer<Row>> reader) {
    var unused =
        readReturning(
            loading,
            files,
            rows -> {
              reader.accept(rows);
              return Boolean.TRUE;
            });
  }

  /** As {@link #read(Loading, Function, Consumer)}, returning what {@code reader} returns. */
  static <T> T readReturning(
      Loading loading, Function<Columns, String> files, Function<Consumer<Row>, T> reader) {
    RowPipeline pipeline = new RowPipeline(loading, files);
    T result;
    try {
      result = reader.apply(pipeline::add);
    } catch (RuntimeException | Error e) {
      try {
        pipeline.finish();
      } catch (RuntimeException | Error f) {
        e.addSuppressed(f);
      }
      throw e;
    }
    pipeline.finish();
    return result;
  }

  private void add(Row row) {
    batch.add(row);
    if (batch.size() == BATCH) {
      List<Row> rows = batch;
      batch = new ArrayList<>(BATCH);
      FutureTask<Batch> task = new FutureTask<>(() -> make(rows));
      made.add(task);
      ForkJoinPool.commonPool().execute(task);
      if (made.size() > AHEAD) {
        takeOldest();
      }
    }
  }

  private void finish() {
    while (!made.isEmpty()) {
      takeOldest();
    }
    List<Row> rest = batch;
    batch = new ArrayList<>(0);
    take(make(rest));
  }

  /**
   * Makes the records of {@code rows}; a row whose record cannot be made (a defect, not a bad
   * row) ends the batch, and its exception is thrown when the batch is taken, after the rows
   * before it, where a load row by row would have thrown it.
   */
  private Batch make(List<Row> rows) {
    List<Loading.Made> records = new ArrayList<>(rows.size());
    for (Row r : rows) {
      try {
        records.add(loading.make(r.kind(), files.apply(r.kind()), r));
      } catch (RuntimeException | Error e) {
        return new Batch(records, e);
      }
    }
    return new Batch(records, null);
  }

  private void take(Batch b) {
    for (Loading.Made m : b.records) {
      loading.take(m);
    }
    if (b.failure != null) {
      Throwables.throwIfUnchecked(b.failure);
    }
  }

  /** The records made of a batch of rows, and what stopped them, if anything did. */
  private static final class Batch {
    final List<Loading.Made> records;
    final @Nullable Throwable failure;

    Batch(List<Loading.Made> records, @Nullable Throwable failure) {
      this.records = records;
      this.failure = failure;
    }
  }

  private void takeOldest() {
    FutureTask<Batch> task = made.remove();
    task.run(); // does nothing if another thread has begun it
    @Nullable Batch b;
    try {
      b = Uninterruptibles.getUninterruptibly(task);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      Throwables.throwIfUnchecked(cause);
      throw new IllegalStateException(cause);
    }
    take(checkNotNull(b));
  }
}
