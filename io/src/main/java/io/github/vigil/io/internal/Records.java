package io.github.vigil.io.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vigil.core.Affiliation;
import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.Correction;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.Measure;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.CountryCodes;
import io.github.vigil.core.internal.Echo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns rows into facilities, people and events by the rules of docs/format.md section 2, collecting
 * a reason for every invalid field; and turns them back into the values the writer writes.
 * Reasons name the column and show the bad value ({@link Echo}) only when it has the shape of
 * what the column holds; the values of {@code name}, {@code note} and a facility's {@code name}
 * and {@code region} are personal data and never shown.
 */
public final class Records {
  /** The longest {@code measures} value read; longer ones are rejected without being quoted. */
  private static final int MAX_MEASURES_CHARS = 4_000;

  private Records() {}

  /** A person's event, as read from a row. */
  public static final class EventRow {
    private final DetaineeId detainee;
    private final Event event;

    EventRow(DetaineeId detainee, Event event) {
      this.detainee = detainee;
      this.event = event;
    }

    /** Returns whose event it is. */
    public DetaineeId detainee() {
      return detainee;
    }

    /** Returns the event. */
    public Event event() {
      return event;
    }
  }

  /** A correction of an event, as read from a row of {@code corrections.csv}. */
  public static final class CorrectionRow {
    private final String eventId;
    private final Correction correction;

    CorrectionRow(String eventId, Correction correction) {
      this.eventId = eventId;
      this.correction = correction;
    }

    /** Returns the id of the corrected event. */
    public String eventId() {
      return eventId;
    }

    /** Returns the correction. */
    public Correction correction() {
      return correction;
    }
  }

  // ------------------------------------------------------------------------------- reading

  /**
   * Returns the correction of {@code row}, or empty after adding every reason it is invalid to
   * {@code problems}. A correction recorded after {@code today} is invalid: it cannot have been
   * learnt of yet. The reason is free text and never shown.
   */
  public static Optional<CorrectionRow> correction(
      Row row, List<String> problems, Canonical canonical, LocalDate today) {
    String event = id(row, "event_id", problems);
    LocalDate recorded =
        required(row, "recorded_on", problems) ? date(row, "recorded_on", problems, canonical) : null;
    boolean reason = required(row, "reason", problems);
    String replacedBy = optionalId(row, "replaced_by", problems);
    if (!problems.isEmpty() || event == null || recorded == null || !reason) {
      return Optional.empty();
    }
    if (recorded.isAfter(today)) {
      problems.add(
          "recorded_on " + recorded + " is after today, " + today
              + ": it has not been recorded yet");
      return Optional.empty();
    }
    Correction.Builder b = Correction.builder().recordedOn(recorded).reason(row.get("reason"));
    if (replacedBy != null) {
      b.replacedBy(replacedBy);
    }
    Correction c = build(problems, b::build);
    return c == null ? Optional.empty() : Optional.of(new CorrectionRow(event, c));
  }

  /** Returns the facility of {@code row}, or empty after adding every reason it is invalid to {@code problems}. */
  public static Optional<Facility> facility(Row row, List<String> problems) {
    Facility.Builder b = Facility.builder();
    String id = id(row, "id", problems);
    if (id != null) {
      b.id(FacilityId.of(id));
    }
    text(row, "name").ifPresent(b::name);
    FacilityKind kind = code(row, "kind", FacilityKind.class, problems);
    if (kind != null) {
      b.kind(kind);
    }
    text(row, "region").ifPresent(b::region);
    country(row, "country", problems).ifPresent(b::country);
    return Optional.ofNullable(build(problems, b::build));
  }

  /**
   * Returns the person of {@code row}, or empty after adding every reason it is invalid to
   * {@code problems}; the birth date is the one instance {@code canonical} shares.
   */
  public static Optional<Detainee> detainee(Row row, List<String> problems, Canonical canonical) {
    Detainee.Builder b = Detainee.builder();
    String id = id(row, "id", problems);
    if (id != null) {
      b.id(DetaineeId.of(id));
    }
    text(row, "name").ifPresent(b::name);
    LocalDate birth = date(row, "birth_date", problems, canonical);
    if (birth != null) {
      b.birthDate(birth);
    }
    Gender gender = code(row, "gender", Gender.class, problems);
    if (gender != null) {
      b.gender(gender);
    }
    nationalities(row, b, problems);
    profiles(row, b, problems);
    Affiliation affiliation = code(row, "affiliation", Affiliation.class, problems);
    if (affiliation != null) {
      b.affiliation(affiliation);
    }
    bool(row, "serious_health_condition", problems).ifPresent(b::seriousHealthCondition);
    confidential(row, problems).ifPresent(b::confidential);
    return Optional.ofNullable(build(problems, b::build));
  }

  /**
   * Returns the event of {@code row}, or empty after adding every reason it is invalid to {@code
   * problems}. An event dated or recorded after {@code today} is invalid: it cannot have
   * happened, or been learnt of, yet.
   */
  public static Optional<EventRow> event(
      Row row, List<String> problems, Canonical canonical, LocalDate today) {
    // written without Optional and method references bound per field: this runs for every row
    // of the largest file, and each of those was an allocation per field and row
    String detaineeId = id(row, "detainee_id", problems);
    LocalDate date = required(row, "date", problems) ? date(row, "date", problems, canonical) : null;
    EventType t = required(row, "type", problems) ? code(row, "type", EventType.class, problems) : null;
    String facilityId = optionalId(row, "facility_id", problems);
    FacilityId facility = facilityId == null ? null : canonical.facility(facilityId);
    ImmutableList<Measure> measures = measures(row, problems, canonical);
    Source source = source(row, problems, canonical);
    LocalDate recorded = date(row, "recorded_on", problems, canonical);
    DatePrecision precision = code(row, "date_precision", DatePrecision.class, problems);
    Evidence evidence = code(row, "verification", Evidence.class, problems);
    if (!problems.isEmpty() || detaineeId == null || date == null || t == null) {
      return Optional.empty();
    }
    if (t.requiresFacility() && facility == null) {
      problems.add("facility_id is blank; " + t + " needs the facility the person was taken to");
    }
    if (!t.carriesMeasures() && !measures.isEmpty()) {
      problems.add("measures must be blank on " + t + ", was " + measuresShown(row.get("measures")));
    }
    if (t.requiresMeasures() && measures.isEmpty()) {
      problems.add("measures is blank; " + t + " needs at least one measure");
    }
    if (t.carriesMeasures() && t != EventType.MEASURE_LIFTED) {
      for (Measure m : measures) {
        if (!m.isComplete()) {
          problems.add(
              "measures: " + m.type() + " needs its parameter on " + t + ", such as "
                  + (m.type() == io.github.vigil.core.MeasureType.COURT_APPEARANCE
                      ? "COURT_APPEARANCE(P15D)"
                      : "OTHER(report weekly)"));
        }
      }
    }
    if (recorded != null && recorded.isBefore(date)) {
      problems.add("recorded_on " + recorded + " is before date " + date);
    }
    if (date.isAfter(today)) {
      problems.add("date " + date + " is after today, " + today + ": it has not happened yet");
    } else if (recorded != null && recorded.isAfter(today)) {
      problems.add(
          "recorded_on " + recorded + " is after today, " + today
              + ": it has not been recorded yet");
    }
    Event.Builder b = Event.builder().type(t).date(date);
    if (!measures.isEmpty()) {
      b.addAllMeasures(measures);
    }
    if (facility != null) {
      b.facility(facility);
    }
    if (source != null) {
      b.source(source);
    }
    if (recorded != null) {
      b.recordedOn(recorded);
    }
    if (precision != null) {
      b.precision(precision);
    }
    if (evidence != null) {
      b.evidence(evidence);
    }
    String note = row.get("note");
    if (!note.isEmpty()) {
      b.note(note);
    }
    String agency = optionalId(row, "agency", problems);
    CaseOutcome outcome = code(row, "outcome", CaseOutcome.class, problems);
    if (agency != null && t != EventType.ARREST) {
      problems.add("agency must be blank on " + t + "; it names who made an ARREST");
    }
    if (outcome != null && t != EventType.CASE_CLOSED) {
      problems.add("outcome must be blank on " + t + "; it says how a CASE_CLOSED ended");
    }
    if (agency != null) {
      b.agency(canonical.agency(agency));
    }
    if (outcome != null) {
      b.outcome(outcome);
    }
    String eventId = optionalId(row, "id", problems);
    if (eventId != null) {
      b.id(eventId);
    }
    Event e = build(problems, b::build);
    return e == null ? Optional.empty() : Optional.of(new EventRow(DetaineeId.of(detaineeId), e));
  }

  private interface Building<T> {
    T build();
  }

  /** Returns what {@code builder} builds, or null after adding why it refused to {@code problems}. */
  private static <T> @Nullable T build(List<String> problems, Building<T> builder) {
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static boolean required(Row row, String column, List<String> problems) {
    if (row.get(column).isEmpty()) {
      problems.add(column + " is blank; it is required");
      return false;
    }
    return true;
  }

  private static @Nullable String id(Row row, String column, List<String> problems) {
    if (!required(row, column, problems)) {
      return null;
    }
    return optionalId(row, column, problems);
  }

  /** Returns the id in {@code column}, or null when blank or after adding why it is invalid. */
  private static @Nullable String optionalId(Row row, String column, List<String> problems) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    if (v.length() > 64) {
      problems.add(column + " is " + v.length() + " characters long; an id has at most 64");
      return null;
    }
    if (!DetaineeId.isValid(v)) {
      problems.add(
          column + " " + Echo.quoteIf(v, Echo.Shape.TOKEN)
              + " is not a valid id: use only A-Z a-z 0-9 . _ -");
      return null;
    }
    return v;
  }

  private static Optional<String> text(Row row, String column) {
    String v = row.get(column);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /**
   * Returns the date in {@code column}, the one instance {@code canonical} shares; or null when
   * blank or after adding why it is invalid.
   */
  private static @Nullable LocalDate date(
      Row row, String column, List<String> problems, Canonical canonical) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    LocalDate date = canonical.date(v);
    if (date == null) {
      problems.add(
          column + " " + Echo.quoteIf(v, Echo.Shape.DATE)
              + " is not a valid date: ISO yyyy-mm-dd is expected");
    }
    return date;
  }

  /** Returns the date written as exactly {@code yyyy-mm-dd}, or null if it is not one or does not exist. */
  static @Nullable LocalDate parseDate(String v) {
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
        return null;
      }
    }
    try {
      return LocalDate.of(
          Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Each code enum's constants by name, so that a code is looked up, not searched for. */
  private static final ClassValue<ImmutableMap<String, Enum<?>>> CODES =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, Enum<?>> computeValue(Class<?> type) {
          ImmutableMap.Builder<String, Enum<?>> b = ImmutableMap.builder();
          for (Object e : type.getEnumConstants()) {
            Enum<?> constant = (Enum<?>) e;
            b.put(constant.name(), constant);
          }
          return b.buildOrThrow();
        }
      };

  /** Returns the code in {@code column}, or null when blank or after adding why it is invalid. */
  private static <E extends Enum<E>> @Nullable E code(
      Row row, String column, Class<E> type, List<String> problems) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    Enum<?> found = CODES.get(type).get(v);
    if (found != null) {
      return type.cast(found);
    }
    String hint = "";
    String shown = Echo.quoteIf(v, Echo.Shape.CODE);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v.toUpperCase(Locale.ROOT))) {
        hint = " (codes are written in upper case: " + e.name() + ")";
        shown = Echo.quote(v);
      }
    }
    problems.add(
        column + " " + shown + " is not one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
            + hint);
    return null;
  }

  private static Optional<Boolean> bool(Row row, String column, List<String> problems) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    if (v.equalsIgnoreCase("false")) {
      return Optional.of(false);
    }
    problems.add(column + " " + Echo.quoteIf(v, Echo.Shape.CODE) + " is not true, false or blank");
    return Optional.empty();
  }

  /**
   * Reads {@code nationality}: one ISO code, or several separated by {@code ;} (a dual national),
   * each listed once.
   */
  private static void nationalities(Row row, Detainee.Builder b, List<String> problems) {
    String v = row.get("nationality");
    if (v.indexOf(';') < 0) {
      country(row, "nationality", problems).ifPresent(b::nationality);
      return;
    }
    List<String> codes = new ArrayList<>();
    for (String part : v.split(";", -1)) {
      String code = part.strip();
      if (!isCountry(code)) {
        problems.add(
            "nationality " + Echo.quoteIf(code, Echo.Shape.CODE)
                + " is not an ISO 3166-1 alpha-2 code such as VE (several are separated by ;)");
        return;
      }
      if (codes.contains(code)) {
        problems.add("nationality " + code + " is listed twice");
        return;
      }
      codes.add(code.intern());
    }
    b.nationality(codes.get(0)).addAllOtherNationalities(codes.subList(1, codes.size()));
  }

  /** Reads {@code profiles}: codes separated by {@code ;}, empty items ignored, each once. */
  private static void profiles(Row row, Detainee.Builder b, List<String> problems) {
    String v = row.get("profiles");
    if (v.isEmpty()) {
      return;
    }
    Set<Profile> seen = new LinkedHashSet<>();
    for (String part : v.split(";", -1)) {
      String code = part.strip();
      if (code.isEmpty()) {
        continue;
      }
      if (!Profile.isValid(code)) {
        problems.add(
            "profiles: " + Echo.quoteIf(code, Echo.Shape.CODE)
                + " is not a profile code (A-Z 0-9 _, starting with a letter, such as JOURNALIST)"
                + (Profile.isValid(code.toUpperCase(Locale.ROOT)) ? " (codes are written in upper case)" : ""));
        return;
      }
      seen.add(Profile.of(code));
    }
    b.addAllProfiles(seen);
  }

  /**
   * Reads {@code confidential} as {@link #bool} reads a flag, but never repeats a bad value: a
   * keeper may have written there why, or at whose request, a person is not to be named.
   */
  private static Optional<Boolean> confidential(Row row, List<String> problems) {
    String v = row.get("confidential");
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Optional.of(v.equalsIgnoreCase("true"));
    }
    if (!v.isEmpty()) {
      problems.add(
          "confidential is not true, false or blank (a value of " + v.length()
              + (v.length() == 1 ? " character" : " characters") + ", not shown)");
    }
    return Optional.empty();
  }

  private static Optional<String> country(Row row, String column, List<String> problems) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!isCountry(v)) {
      boolean lower = isCountry(v.toUpperCase(Locale.ROOT));
      problems.add(
          column + " " + (lower ? Echo.quote(v) : Echo.quoteIf(v, Echo.Shape.CODE))
              + " is not an ISO 3166-1 alpha-2 code such as VE"
              + (lower ? " (codes are written in upper case)" : ""));
      return Optional.empty();
    }
    // at most 676 codes: one shared instance each, instead of one string per person
    return Optional.of(v.intern());
  }

  /** Returns whether {@code v} is an assigned ISO 3166-1 alpha-2 code, in upper case. */
  public static boolean isCountry(String v) {
    return CountryCodes.isValid(v);
  }

  /**
   * Returns a {@code measures} value as it may be shown: the codes that look like codes, a court
   * appearance's period when it looks like one, and {@code (...)} for any other parameter (the
   * text of {@code OTHER} may be personal data), quoted and cut like every echoed value.
   */
  static String measuresShown(String v) {
    StringJoiner out = new StringJoiner(";");
    for (String item : Splitter.on(';').trimResults().omitEmptyStrings().split(v)) {
      int open = item.indexOf('(');
      String code = (open < 0 ? item : item.substring(0, open)).strip();
      String shown = Echo.Shape.CODE.test(code) ? code : "?";
      if (open >= 0) {
        String parameter = item.substring(open + 1).replace(")", "").strip();
        shown +=
            code.equals("COURT_APPEARANCE") && Echo.Shape.PERIOD.test(parameter)
                ? "(" + parameter + ")"
                : "(...)";
      }
      out.add(shown);
    }
    return Echo.quote(out.toString());
  }

  private static ImmutableList<Measure> measures(Row row, List<String> problems, Canonical canonical) {
    String v = row.get("measures");
    if (v.length() > MAX_MEASURES_CHARS) {
      problems.add("measures is " + v.length() + " characters long; at most " + MAX_MEASURES_CHARS + " are read");
      return ImmutableList.of();
    }
    try {
      return canonical.measures(v);
    } catch (IllegalArgumentException e) {
      problems.add("measures: " + e.getMessage());
      return ImmutableList.of();
    }
  }

  /** Returns the source, or null when blank or after adding why it is invalid. */
  private static @Nullable Source source(Row row, List<String> problems, Canonical canonical) {
    String v = row.get("source");
    if (v.isEmpty()) {
      return null;
    }
    try {
      return canonical.source(v);
    } catch (IllegalArgumentException e) {
      problems.add("source: " + e.getMessage());
      return null;
    }
  }

  // ------------------------------------------------------------------------------- writing

  /** Returns the values of {@code f} in {@link Columns#FACILITIES} order; null for blank. */
  public static @Nullable String[] values(Facility f) {
    String where = "facility " + f.id();
    return new @Nullable String[] {
      f.id().value(),
      f.name().map(s -> checkText(where, "name", s)).orElse(null),
      f.kind().name(),
      f.region().map(s -> checkText(where, "region", s)).orElse(null),
      f.country().orElse(null)
    };
  }

  /** Returns the values of {@code d} in {@link Columns#DETAINEES} order; null for blank. */
  public static @Nullable String[] values(Detainee d) {
    String where = "detainee " + d.id();
    return new @Nullable String[] {
      d.id().value(),
      d.name().map(s -> checkText(where, "name", s)).orElse(null),
      d.birthDate().map(x -> format(where, "birth_date", x)).orElse(null),
      d.gender().map(Enum::name).orElse(null),
      d.nationalities().isEmpty() ? null : String.join(";", d.nationalities()),
      d.affiliation().map(Enum::name).orElse(null),
      Boolean.toString(d.seriousHealthCondition()),
      Boolean.toString(d.confidential()),
      d.profiles().isEmpty()
          ? null
          : d.profiles().stream().map(Profile::code).collect(Collectors.joining(";"))
    };
  }

  /** Returns the values of {@code e}, an event of {@code id}, in {@link Columns#EVENTS} order; null for blank. */
  public static @Nullable String[] values(DetaineeId id, Event e) {
    String where = e.type() + " on " + e.date() + " of detainee " + id;
    return new @Nullable String[] {
      id.value(),
      format(where, "date", e.date()),
      e.type().name(),
      e.facility().map(FacilityId::value).orElse(null),
      e.measures().isEmpty() ? null : checkText(where, "measures", Measures.format(e.measures())),
      e.source().map(Source::label).orElse(null),
      format(where, "recorded_on", e.recordedOn()),
      e.precision().name(),
      e.note().map(s -> checkText(where, "note", s)).orElse(null),
      e.evidence().name(),
      e.agency().orElse(null),
      e.outcome().map(Enum::name).orElse(null),
      e.id().orElse(null)
    };
  }

  /**
   * Returns the values of the correction of {@code e}, in {@link Columns#CORRECTIONS} order; null
   * for blank.
   *
   * @throws IllegalArgumentException if {@code e} has no correction or no id, or the reason is
   *     text the format cannot hold (named, never shown)
   */
  public static @Nullable String[] correctionValues(Event e) {
    checkArgument(e.correction().isPresent() && e.id().isPresent(), "the event has no correction");
    Correction c = e.correction().get();
    String where = "correction of event " + e.id().get();
    return new @Nullable String[] {
      e.id().get(),
      format(where, "recorded_on", c.recordedOn()),
      checkText(where, "reason", c.reason()),
      c.replacedBy().orElse(null)
    };
  }

  /**
   * Returns {@code value} if the format can hold it as it is: not blank, without surrounding
   * white space (values are trimmed on reading) and valid Unicode.
   *
   * @throws IllegalArgumentException naming {@code where} and the column, never the value
   */
  public static String checkText(String where, String column, String value) {
    if (value.isBlank() || !value.strip().equals(value)) {
      throw new IllegalArgumentException(
          where + ": " + column + " is blank or has white space around it, which the format"
              + " cannot hold (values are trimmed on reading)");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          throw new IllegalArgumentException(
              where + ": " + column + " is not valid Unicode text (a lone surrogate)");
        }
      }
    }
    return value;
  }

  private static String format(String where, String column, LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException(
          where + ": " + column + " " + date + " cannot be written as yyyy-mm-dd");
    }
    return date.toString();
  }
}
