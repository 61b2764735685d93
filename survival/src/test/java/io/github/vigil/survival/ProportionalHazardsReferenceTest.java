package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cox.zph(fit)} against R (survival/src/test/r/make-zph.R, R 4.2.2, survival 3.5.3, the
 * survival 3.x computation with {@code transform = "km"}), per covariate and global, with Efron
 * and Breslow ties, on the models of {@link ModelReferenceTest}: right-censored (flchain, gbsg,
 * kidney, rats), strata (gbsg, rotterdam, mgus2), counting-process rows (cgd, heart) and case
 * weights (mgus2).
 *
 * <p>Largest relative error seen: statistic 3.1e-11, p 2.6e-10.
 */
class ProportionalHazardsReferenceTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"flchain", "flchain-mgus", "gbsg", "rotterdam", "cgd", "heart", "kidney", "rats", "mgus2"})
  void proportionalHazardsTestAgreesWithCoxZph(String name) {
    SurvivalData data = ModelReferenceTest.data(name);
    Fixture zph = Fixture.read("model-" + name + "-zph.csv");
    for (Ties ties : Ties.values()) {
      String label = ties.name().toLowerCase(Locale.ROOT);
      CoxModel model = CoxRegression.fit(data, ties);
      ProportionalHazardsTest test = ProportionalHazards.test(data, model);
      int p = data.covariateNames().size();
      int seen = 0;
      for (int r = 0; r < zph.rows.size(); r++) {
        if (!zph.text(r, "ties").equals(label)) {
          continue;
        }
        String term = zph.text(r, "term");
        ChiSquareTest t =
            term.equals("GLOBAL") ? test.global() : test.tests().get(test.terms().indexOf(term));
        String where = name + " " + label + " " + term;
        Fixture.near("zph chisq", zph.number(r, "chisq"), t.statistic(), where);
        Fixture.near("zph p", zph.number(r, "p"), t.p(), where + " p");
        assertEquals((int) zph.number(r, "df"), t.df(), where + " df");
        seen++;
      }
      assertEquals(p + 1, seen, name + " " + label + ": every term and the global test");
    }
  }

  @AfterAll
  static void report() {
    new TreeMap<>(Fixture.WORST)
        .forEach((k, v) -> System.out.printf(Locale.ROOT, "zph: largest relative error %s: %.2g%n", k, v));
  }
}
