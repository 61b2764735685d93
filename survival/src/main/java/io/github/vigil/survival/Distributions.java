package io.github.vigil.survival;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/** Upper tails computed without cancellation, so tiny p-values keep their relative precision. */
final class Distributions {
  private Distributions() {}

  /** Returns {@code P(X > x)} for a chi-square X with {@code df} degrees of freedom. */
  static double chiSquareUpperTail(double x, int df) {
    if (x <= 0) {
      return 1.0;
    }
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
  }

  /** Returns {@code 2 P(Z > |z|)} for a standard normal Z, R's {@code 2 * pnorm(-abs(z))}. */
  static double twoSidedNormal(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
  }
}
