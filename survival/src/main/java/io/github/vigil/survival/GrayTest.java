package io.github.vigil.survival;

import org.immutables.value.Value;

/**
 * Gray's test that the cumulative incidence of one kind of event is the same in every group, in
 * the presence of the other kinds: {@code cmprsk::cuminc(ftime, fstatus, group)$Tests} (with its
 * default {@code rho = 0}), stratified when the table has strata. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrayTest {
  GrayTest() {}

  /** Returns the kind of event compared, as named in {@link SurvivalData#causeNames()}. */
  public abstract String cause();

  /** Returns the groups compared, in label order. */
  public abstract com.google.common.collect.ImmutableList<String> groups();

  /** Returns the test: {@code s' V^-1 s} on (groups - 1) degrees of freedom. */
  public abstract ChiSquareTest test();

  @Override
  public final String toString() {
    return "GrayTest{cause=" + cause() + ", " + test() + "}";
  }
}
