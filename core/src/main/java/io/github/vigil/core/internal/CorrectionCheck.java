package io.github.vigil.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Correction;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.History;
import io.github.vigil.core.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule by which a person's corrections are accepted, shared by the file reader, the
 * store and {@link History#withCorrection}: one after another, by recording date and then in the
 * order of the events they correct, as a store receives them. A correction is accepted when the
 * events in effect with it and the corrections accepted before it leave no event not applying
 * that applied without it; an amendment's replacing event is in effect only once its amendment
 * is (and, if the amendment is refused, as the ordinary event it then is).
 */
public final class CorrectionCheck {
  private CorrectionCheck() {}

  /** A correction refused: the index of the event it corrects, and why. */
  public record Refused(int index, String reason) {
    /** Checks the fields. */
    public Refused {
      checkNotNull(reason, "reason");
    }
  }

  /**
   * Returns the corrections carried by {@code events} that are refused, in the order they were
   * checked.
   *
   * @param person whose events they are, for the reasons
   * @param events the person's events in the order of their history (by date), each corrected
   *     one carrying its correction, an amendment's replacing event among them
   */
  public static ImmutableList<Refused> refused(DetaineeId person, List<Event> events) {
    checkNotNull(person, "person");
    checkNotNull(events, "events");
    int n = events.size();
    List<Integer> corrected = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Event e = events.get(i);
      if (e.isCorrected()) {
        corrected.add(i);
      }
      int index = i;
      e.id().ifPresent(id -> ids.putIfAbsent(id, index));
    }
    if (corrected.isEmpty()) {
      return ImmutableList.of();
    }
    corrected.sort(
        Comparator.comparing((Integer i) -> events.get(i).correction().orElseThrow().recordedOn())
            .thenComparing(i -> i));
    int[] replaces = new int[n];
    Arrays.fill(replaces, -1);
    for (int i : corrected) {
      Optional<Integer> by = events.get(i).correction().orElseThrow().replacedBy().map(ids::get);
      if (by.isPresent()) {
        replaces[by.get()] = i;
      }
    }
    boolean[] accepted = new boolean[n];
    ImmutableList.Builder<Refused> out = ImmutableList.builder();
    @Nullable String[] base = refusals(person, events, accepted, replaces);
    for (int q : corrected) {
      accepted[q] = true;
      @Nullable String[] trial = refusals(person, events, accepted, replaces);
      int broken = -1;
      for (int p = 0; p < n && broken < 0; p++) {
        if (p != q && trial[p] != null && base[p] == null) {
          broken = p;
        }
      }
      if (broken < 0) {
        base = trial;
        continue;
      }
      accepted[q] = false;
      out.add(
          new Refused(
              q,
              Correction.breaking(
                  person, events.get(q), events.get(broken).uncorrected(), checkNotNull(trial[broken]))));
      boolean freed = false;
      for (int p = 0; p < n; p++) {
        if (replaces[p] == q) {
          replaces[p] = -1; // the refused amendment's replacement is an ordinary event
          freed = true;
        }
      }
      if (freed) {
        base = refusals(person, events, accepted, replaces);
      }
    }
    return out.build();
  }

  /**
   * Returns, for each event, why it does not apply (or null when it does or is not in effect)
   * when only the corrections of {@code accepted} are in force.
   */
  private static @Nullable String[] refusals(
      DetaineeId person, List<Event> events, boolean[] accepted, int[] replaces) {
    History.Builder history = History.builder(person);
    @Nullable String[] out = new String[events.size()];
    for (int p = 0; p < events.size(); p++) {
      if (replaces[p] >= 0 && !accepted[replaces[p]]) {
        continue; // its amendment is not (yet) in force
      }
      Event e = accepted[p] ? events.get(p) : events.get(p).uncorrected();
      Optional<Refusal> refusal = history.refusal(e);
      if (refusal.isPresent()) {
        out[p] = refusal.get().reason();
      } else {
        history.add(e);
      }
    }
    return out;
  }
}
