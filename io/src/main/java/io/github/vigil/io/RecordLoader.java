package io.github.vigil.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.core.Origin;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Records;
import io.github.vigil.io.internal.Row;
import java.util.Map;

/**
 * Loads a registry from records that come from somewhere other than a registry folder or
 * document (a spreadsheet, a database, a form), by exactly the rules of {@link RegistryReader}:
 * each record is a map from the column names of docs/format.md section 2 ({@code id}, {@code
 * birth_date}, {@code detainee_id}, {@code type}, ...) to the text that column would hold in
 * the CSV file, and every record that does not load is rejected with its {@link Origin} and the
 * same reason a CSV row would get. Offer facilities and people before events. Not thread-safe;
 * use one loader per load.
 *
 * <pre>{@code
 * RecordLoader loader = RecordLoader.create();
 * loader.facility(Origin.of("sheet.xlsx:centros", 2), Map.of("id", "helicoide", "kind", "INTELLIGENCE"));
 * loader.detainee(Origin.of("sheet.xlsx:personas", 2), Map.of("id", "A"));
 * loader.event(Origin.of("sheet.xlsx:eventos", 2),
 *     Map.of("detainee_id", "A", "date", "2025-03-01", "type", "ARREST", "facility_id", "helicoide"));
 * ReadResult result = loader.finish();
 * }</pre>
 *
 * <p>The counts of the result are per origin file: records offered (and rows rejected through
 * {@link #reject}), accepted and rejected.
 */
public final class RecordLoader {
  private final Loading loading;
  private boolean finished;

  private RecordLoader(ReadOptions options) {
    this.loading = new Loading(options, null);
  }

  /** Returns a loader with nothing loaded yet, reading with the default {@link ReadOptions}. */
  public static RecordLoader create() {
    return new RecordLoader(ReadOptions.defaults());
  }

  /**
   * Returns a loader with nothing loaded yet, reading with {@code options} (such as the day the
   * records are read: an event dated after it is rejected).
   */
  public static RecordLoader create(ReadOptions options) {
    return new RecordLoader(options);
  }

  /**
   * Sets the registry's country, as {@code country} in {@code registry.properties}.
   *
   * @throws IllegalArgumentException if {@code code} is not two letters A-Z
   */
  @CanIgnoreReturnValue
  public RecordLoader country(String code) {
    checkArgument(
        Records.isCountry(code), "country %s is not an ISO 3166-1 alpha-2 code such as VE",
        Echo.quote(code));
    loading.loader().country(code);
    return this;
  }

  /** Sets the registry's name, as {@code name} in {@code registry.properties}. */
  @CanIgnoreReturnValue
  public RecordLoader name(String name) {
    loading.loader().name(name);
    return this;
  }

  /**
   * Offers the facility of {@code record} (columns of {@code facilities.csv}); returns whether it
   * was accepted. A rejected facility's events are rejected naming {@code origin}.
   *
   * @throws IllegalArgumentException if a key is not a column of {@code facilities.csv}
   * @throws IllegalStateException if {@link #finish} was called
   */
  @CanIgnoreReturnValue
  public boolean facility(Origin origin, Map<String, String> record) {
    return offer(Columns.FACILITIES, origin, record);
  }

  /**
   * Offers the person of {@code record} (columns of {@code detainees.csv}); returns whether it
   * was accepted. A rejected person's events are rejected naming {@code origin}.
   *
   * @throws IllegalArgumentException if a key is not a column of {@code detainees.csv}
   * @throws IllegalStateException if {@link #finish} was called
   */
  @CanIgnoreReturnValue
  public boolean detainee(Origin origin, Map<String, String> record) {
    return offer(Columns.DETAINEES, origin, record);
  }

  /**
   * Offers the event of {@code record} (columns of {@code events.csv}); returns whether it
   * passed the checks of its own row (the replay in {@link #finish} may still reject it, when
   * it does not apply to the person's state).
   *
   * @throws IllegalArgumentException if a key is not a column of {@code events.csv}
   * @throws IllegalStateException if {@link #finish} was called
   */
  @CanIgnoreReturnValue
  public boolean event(Origin origin, Map<String, String> record) {
    return offer(Columns.EVENTS, origin, record);
  }

  /**
   * Offers the correction of {@code record} (columns of {@code corrections.csv}); returns whether
   * it passed the checks of its own row (at {@link #finish} it may still be rejected: an unknown
   * event, one corrected already, or a history the correction would leave invalid).
   *
   * @throws IllegalArgumentException if a key is not a column of {@code corrections.csv}
   * @throws IllegalStateException if {@link #finish} was called
   */
  @CanIgnoreReturnValue
  public boolean correction(Origin origin, Map<String, String> record) {
    return offer(Columns.CORRECTIONS, origin, record);
  }

  /**
   * Rejects a row that could not be made into a record at all, so that it is counted and listed
   * with the others. The reason must not hold personal data.
   *
   * @throws IllegalStateException if {@link #finish} was called
   */
  public void reject(Origin origin, String reason) {
    checkState(!finished, "the loader has finished");
    loading.rejectUnread(origin, reason);
  }

  /**
   * Adds a warning (such as a column left out) to the result. It must not hold personal data.
   *
   * @throws IllegalStateException if {@link #finish} was called
   */
  public void warn(String warning) {
    checkState(!finished, "the loader has finished");
    loading.warnings().add(warning);
  }

  /**
   * Replays every accepted event and returns the registry, the rejections (ordered by origin),
   * the warnings and the counts per origin file. The loader cannot be used afterwards.
   *
   * @throws IllegalStateException if called twice
   */
  public ReadResult finish() {
    checkState(!finished, "the loader has finished");
    finished = true;
    return loading.finish();
  }

  private boolean offer(Columns kind, Origin origin, Map<String, String> record) {
    checkState(!finished, "the loader has finished");
    return loading.row(kind, origin.file(), Row.of(kind, origin.line(), record));
  }
}
