package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The test of a Cox model's proportional hazards, per covariate and global, as R's {@code
 * cox.zph(fit)} gives it (survival 3.x, {@code transform = "km"}): a score test, at the fitted
 * coefficients, of adding each covariate times a function of time. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProportionalHazardsTest {
  ProportionalHazardsTest() {}

  /** Returns the covariates' names, in the model's order. */
  public abstract ImmutableList<String> terms();

  /** Returns each covariate's test on one degree of freedom (R's rows of {@code cox.zph(fit)$table}). */
  public abstract ImmutableList<ChiSquareTest> tests();

  /** Returns the global test, on as many degrees of freedom as covariates (R's {@code GLOBAL}). */
  public abstract ChiSquareTest global();

  @Override
  public final String toString() {
    return "ProportionalHazardsTest{terms=" + terms() + ", global=" + global() + "}";
  }
}
