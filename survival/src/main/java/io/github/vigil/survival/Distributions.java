package io.github.vigil.survival;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * Upper tails computed without cancellation, so tiny p-values keep their relative precision
 * (Apache Commons Numbers' regularised incomplete gamma function and complementary error
 * function).
 */
final class Distributions {
  /** {@code 1 / sqrt(2)} as the sum of two doubles. */
  private static final double INV_SQRT2_HI = 0.7071067811865476;

  private static final double INV_SQRT2_LO = -4.833646656726457e-17;

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

  private Distributions() {}

  /** Returns {@code P(X > x)} for a chi-square X with {@code df} degrees of freedom, R's {@code pchisq(x, df, lower.tail = FALSE)}. */
  static double chiSquareUpperTail(double x, int df) {
    if (x <= 0) {
      return 1.0;
    }
    if (df == 1) {
      // Q(1/2, x/2) = erfc(sqrt(x / 2)): through the normal tail, with sqrt(x) as hi + lo.
      double root = Math.sqrt(x);
      return normalTail(root, Math.fma(-root, root, x) / (2 * root));
    }
    return RegularizedGamma.Q.value(df / 2.0, x / 2.0);
  }

  /** Returns {@code 2 P(Z > |z|)} for a standard normal Z, R's {@code 2 * pnorm(-abs(z))}. */
  static double twoSidedNormal(double z) {
    return normalTail(Math.abs(z), 0);
  }

  /**
   * Returns {@code erfc((zHi + zLo) / sqrt 2)} for {@code zHi >= 0} and {@code |zLo|} within
   * rounding of it. The argument {@code t = z / sqrt 2} is carried as {@code hi + lo}: in the far
   * tail the relative error of erfc is about {@code 2 t^2} times that of t, so a single rounding
   * of t would alone cost 1e-13 at z = 37.
   */
  private static double normalTail(double zHi, double zLo) {
    double hi = zHi * INV_SQRT2_HI;
    double lo = Math.fma(zHi, INV_SQRT2_HI, -hi) + zHi * INV_SQRT2_LO + zLo * INV_SQRT2_HI;
    return Erfc.value(hi) - TWO_OVER_SQRT_PI * Math.exp(-hi * hi) * lo;
  }
}
