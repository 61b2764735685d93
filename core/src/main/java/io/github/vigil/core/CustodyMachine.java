package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The custody rules of docs/format.md section 3 (the replay), in one place: which events apply in which
 * state, and what each changes, including every date a duration is measured from. Mutable and
 * confined to one replay; {@link #status()} takes an immutable snapshot. Every way of building or
 * viewing a history goes through this class, and everything that needs the state after an event
 * reads it from here (through {@link ReplayStep}) instead of walking the events again.
 */
final class CustodyMachine {
  private @Nullable CustodyState custody;
  private @Nullable CustodyState before;
  private @Nullable LocalDate since;
  private @Nullable FacilityId facility;
  private @Nullable LocalDate whereaboutsUnknownSince;
  private @Nullable ReleaseOrder releaseOrder;
  private @Nullable LocalDate releasePendingSince;
  private final List<ActiveMeasure> active = new ArrayList<>(4);
  private final List<AppearanceRecord> appearances = new ArrayList<>(0);
  private @Nullable LocalDate caseOpenSince;
  private boolean convicted;
  private int rearrests;
  private @Nullable LocalDate lastRelease;
  private @Nullable LocalDate lastReleaseOrdered;
  private @Nullable LocalDate lastEventDate;

  /** Returns whether any event has been applied. */
  boolean started() {
    return custody != null;
  }

  @Nullable CustodyState custody() {
    return custody;
  }

  /** Returns the custody state before the last applied event; null before the first. */
  @Nullable CustodyState custodyBefore() {
    return before;
  }

  /** Returns the date the current custody state began; null before the first event. */
  @Nullable LocalDate since() {
    return since;
  }

  /**
   * Returns why {@code e} does not apply in the current state, as "the state met; what would be
   * valid", or {@code null} when it applies.
   */
  @Nullable String refusal(Event e) {
    RefusalCode code = broken(e);
    return code == null ? null : reason(code, e);
  }

  /** Returns whether {@code e} applies in the current state. */
  boolean applies(Event e) {
    return broken(e) == null;
  }

  /** Returns the refusal of {@code e}, the offered event, or {@code null} when it applies. */
  @Nullable Refusal refused(Event e) {
    RefusalCode code = broken(e);
    return code == null ? null : new Refusal(code, reason(code, e), e.type(), e.date(), false);
  }

  /** Returns the rule {@code e} breaks in the current state, or {@code null} when it applies. */
  private @Nullable RefusalCode broken(Event e) {
    if (custody == CustodyState.DECEASED) {
      return RefusalCode.AFTER_DEATH;
    }
    return switch (e.type()) {
      case ARREST -> custody == CustodyState.IN_CUSTODY ? RefusalCode.ALREADY_IN_CUSTODY : null;
      case TRANSFER, WHEREABOUTS_UNKNOWN, WHEREABOUTS_CONFIRMED, RELEASE_ORDER, RELEASE ->
          custody == CustodyState.IN_CUSTODY ? null : RefusalCode.NOT_IN_CUSTODY;
      case MEASURE_IMPOSED -> custody == CustodyState.AT_LIBERTY ? null : RefusalCode.NOT_AT_LIBERTY;
      case MEASURE_LIFTED ->
          custody != CustodyState.AT_LIBERTY
              ? RefusalCode.NOT_AT_LIBERTY
              : inactive(e) != null ? RefusalCode.MEASURE_NOT_ACTIVE : null;
      case APPEARANCE_ATTENDED, APPEARANCE_MISSED ->
          indexOf(MeasureType.COURT_APPEARANCE) >= 0 ? null : RefusalCode.NO_COURT_APPEARANCE;
      case CASE_CLOSED, CONVICTION ->
          custody == null
              ? RefusalCode.NOT_ARRESTED
              : caseOpenSince != null ? null : RefusalCode.NO_OPEN_CASE;
      case EXILE, DEATH -> custody == null ? RefusalCode.NOT_ARRESTED : null;
    };
  }

  /** Returns the first measure {@code e} lifts that is not active, or {@code null}. */
  private @Nullable MeasureType inactive(Event e) {
    for (Measure m : e.measures()) {
      if (indexOf(m.type()) < 0) {
        return m.type();
      }
    }
    return null;
  }

  /** Returns the reason of {@code code} for {@code e}: the state met; what would be valid. */
  private String reason(RefusalCode code, Event e) {
    return switch (code) {
      case AFTER_DEATH -> "the person is deceased; no event may follow a death";
      case ALREADY_IN_CUSTODY ->
          "the person is " + describeNow() + "; ARREST applies only as the first event or"
              + " while at liberty or in exile";
      case NOT_IN_CUSTODY -> "the person is " + describeNow() + "; " + e.type() + " applies only in custody";
      case NOT_AT_LIBERTY -> "the person is " + describeNow() + "; " + e.type() + " applies only at liberty";
      case MEASURE_NOT_ACTIVE ->
          inactive(e)
              + " is not active (active: "
              + describeActive()
              + "); MEASURE_LIFTED applies only to active measures";
      case NO_COURT_APPEARANCE ->
          "no COURT_APPEARANCE is active (the person is "
              + describeNow()
              + "); "
              + e.type()
              + " applies only while periodic court appearances are in force";
      case NOT_ARRESTED ->
          e.type() == EventType.EXILE || e.type() == EventType.DEATH
              ? "the person has not been arrested; a history starts with an ARREST"
              : "the person has not been arrested; " + e.type() + " applies only to an open case";
      case NO_OPEN_CASE -> "no case is open; " + e.type() + " applies only to an open case";
      case UNKNOWN_DETAINEE, UNKNOWN_FACILITY ->
          throw new IllegalStateException("not a rule of the replay: " + code);
    };
  }

  /** Applies {@code e}, which must not be refused. */
  void apply(Event e) {
    LocalDate date = e.date();
    before = custody;
    switch (e.type()) {
      case ARREST -> {
        if (custody != null) {
          rearrests++;
        }
        enter(CustodyState.IN_CUSTODY, date);
        facility = checkNotNull(e.facilityOrNull());
        if (caseOpenSince == null) {
          caseOpenSince = date;
          convicted = false;
        }
        clearMeasures();
      }
      case TRANSFER -> {
        facility = checkNotNull(e.facilityOrNull());
        whereaboutsUnknownSince = null;
      }
      case WHEREABOUTS_UNKNOWN -> {
        if (whereaboutsUnknownSince == null) {
          whereaboutsUnknownSince = date;
        }
      }
      case WHEREABOUTS_CONFIRMED -> whereaboutsUnknownSince = null;
      case RELEASE_ORDER -> {
        releaseOrder = ReleaseOrder.of(date, e.measures());
        if (releasePendingSince == null) {
          releasePendingSince = date;
        }
      }
      case RELEASE -> {
        List<Measure> measures =
            !e.measures().isEmpty() || releaseOrder == null ? e.measures() : releaseOrder.measures();
        lastReleaseOrdered = releasePendingSince;
        enter(CustodyState.AT_LIBERTY, date);
        lastRelease = date;
        clearMeasures();
        impose(measures, date);
      }
      case MEASURE_IMPOSED -> impose(e.measures(), date);
      case MEASURE_LIFTED -> lift(e.measures());
      case APPEARANCE_ATTENDED -> appearances.add(AppearanceRecord.of(date, true));
      case APPEARANCE_MISSED -> appearances.add(AppearanceRecord.of(date, false));
      case CASE_CLOSED -> {
        caseOpenSince = null;
        convicted = false;
        clearMeasures();
      }
      case CONVICTION -> convicted = true;
      case EXILE -> enter(CustodyState.EXILED, date);
      case DEATH -> enter(CustodyState.DECEASED, date);
    }
    lastEventDate = date;
  }

  /** Applies {@code e} if it applies and returns whether it did. */
  boolean offer(Event e) {
    if (broken(e) != null) {
      return false;
    }
    apply(e);
    return true;
  }

  /**
   * Moves the person into {@code state} on {@code date}: every change of custody state makes the
   * whereabouts known and ends a pending release order.
   */
  private void enter(CustodyState state, LocalDate date) {
    custody = state;
    since = date;
    whereaboutsUnknownSince = null;
    releaseOrder = null;
    releasePendingSince = null;
  }

  private void impose(List<Measure> measures, LocalDate date) {
    for (int k = 0; k < measures.size(); k++) { // by index: no iterator per event replayed
      Measure m = measures.get(k);
      int i = indexOf(m.type());
      if (i < 0) {
        active.add(ActiveMeasure.of(m, date));
      } else if (!active.get(i).measure().equals(m)) {
        active.set(i, ActiveMeasure.of(m, date));
        if (m.type() == MeasureType.COURT_APPEARANCE) {
          appearances.clear();
        }
      }
    }
  }

  private void lift(List<Measure> measures) {
    for (int k = 0; k < measures.size(); k++) {
      Measure m = measures.get(k);
      int i = indexOf(m.type());
      if (i >= 0) {
        active.remove(i);
        if (m.type() == MeasureType.COURT_APPEARANCE) {
          appearances.clear();
        }
      }
    }
  }

  private void clearMeasures() {
    active.clear();
    appearances.clear();
  }

  private int indexOf(MeasureType type) {
    for (int i = 0; i < active.size(); i++) {
      if (active.get(i).type() == type) {
        return i;
      }
    }
    return -1;
  }

  private String describeActive() {
    return active.isEmpty()
        ? "none"
        : active.stream().map(m -> m.type().name()).collect(Collectors.joining(", "));
  }

  private String describeNow() {
    if (custody == null) {
      return "not yet arrested";
    }
    return describe(custody, whereaboutsUnknownSince == null, releaseOrder != null);
  }

  static String describe(CustodyState custody, boolean whereaboutsKnown, boolean releaseOrdered) {
    if (custody != CustodyState.IN_CUSTODY) {
      return custody.description();
    }
    StringBuilder s = new StringBuilder("in custody");
    if (!whereaboutsKnown) {
      s.append(", whereabouts unknown");
    }
    if (releaseOrdered) {
      s.append(", release ordered");
    }
    return s.toString();
  }

  /** Returns a snapshot of the state; requires at least one applied event. */
  LegalStatus status() {
    if (custody == null || since == null || facility == null || lastEventDate == null) {
      throw new IllegalStateException("no event has been applied");
    }
    ImmutableLegalStatus.Builder b =
        LegalStatus.builder()
            .custody(custody)
            .since(since)
            .facility(facility)
            .convicted(convicted)
            .rearrests(rearrests)
            .lastEventDate(lastEventDate);
    // a report takes one snapshot per person: skip the list copies when there is nothing to copy
    if (!active.isEmpty()) {
      b.addAllActiveMeasures(active);
    }
    if (!appearances.isEmpty()) {
      b.addAllAppearances(appearances);
    }
    if (whereaboutsUnknownSince != null) {
      b.whereaboutsUnknownSince(whereaboutsUnknownSince);
    }
    if (releaseOrder != null) {
      b.releaseOrder(releaseOrder);
    }
    if (releasePendingSince != null) {
      b.releasePendingSince(releasePendingSince);
    }
    if (caseOpenSince != null) {
      b.caseOpenSince(caseOpenSince);
    }
    if (lastRelease != null) {
      b.lastRelease(lastRelease);
    }
    if (lastReleaseOrdered != null) {
      b.lastReleaseOrdered(lastReleaseOrdered);
    }
    return b.build();
  }
}
