package io.github.vigil.survival;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The cumulative incidence of one kind of event at one event time, in the presence of the other
 * kinds (competing risks): a row of R's multi-state {@code survfit(Surv(time, factor(status)) ~
 * 1)} for that state, with {@code cmprsk::cuminc}'s variance beside it. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class IncidenceRow {
  IncidenceRow() {}

  /** Returns the time: one at which an event of some kind happened. */
  public abstract double time();

  /** Returns the kind of event, as named in {@link SurvivalData#causeNames()}. */
  public abstract String cause();

  /** Returns how many were at risk just before {@link #time()}: those with a time on or after it. */
  public abstract int atRisk();

  /** Returns how many events of this kind happened at {@link #time()} (possibly none). */
  public abstract int events();

  /**
   * Returns the Aalen–Johansen estimate of the probability of an event of this kind by {@link
   * #time()}: {@code sum S(s-) d_k(s) / n(s)} over event times s up to it, S the Kaplan–Meier
   * estimate of no event of any kind (R's {@code pstate}).
   */
  public abstract double incidence();

  /**
   * Returns the infinitesimal-jackknife standard error of {@link #incidence()}, as R's {@code
   * survfit} gives it for multi-state curves ({@code std.err}).
   */
  public abstract double stdErr();

  /**
   * Returns the lower 95% limit, {@code p exp(-1.96 se / p)} (R's default {@code conf.type =
   * "log"}); empty while the incidence is 0, where R reports {@code NA}.
   */
  public abstract OptionalDouble lower();

  /** Returns the upper 95% limit, {@code p exp(1.96 se / p)} clipped to 1; empty while the incidence is 0. */
  public abstract OptionalDouble upper();

  /**
   * Returns the variance of {@link #incidence()} by Gray's delta-method formula, as {@code
   * cmprsk::cuminc} gives it ({@code timepoints(fit, times)$var}): it changes only at the times of
   * this kind of event.
   */
  public abstract double grayVariance();

  @Override
  public final String toString() {
    return "IncidenceRow{time=" + time() + ", cause=" + cause() + ", atRisk=" + atRisk()
        + ", events=" + events() + ", incidence=" + incidence() + "}";
  }
}
