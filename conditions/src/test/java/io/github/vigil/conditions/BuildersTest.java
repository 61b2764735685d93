package io.github.vigil.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.vigil.conditions.measure.Jurisdiction;
import io.github.vigil.conditions.measure.Provision;
import io.github.vigil.conditions.risk.RiskLevel;
import io.github.vigil.conditions.risk.RiskPolicy;
import io.github.vigil.core.MeasureType;
import org.junit.jupiter.api.Test;

/**
 * Every builder of the conditions may build again: {@code build()} is idempotent (an equal value
 * each time), and setting more after a build changes the next value, never one already built.
 */
class BuildersTest {
  @Test
  void aRiskPolicyBuilderBuildsEqualPoliciesEvenWithItsMeasureTable() {
    RiskPolicy.Builder b = RiskPolicy.builder().version("test").measurePoints(MeasureType.BAIL, 5);
    RiskPolicy first = b.build();
    assertEquals(first, b.build());
    assertEquals(5, first.pointsFor(MeasureType.BAIL));
    RiskPolicy later = b.measurePoints(MeasureType.BAIL, 0).build();
    assertEquals(5, first.pointsFor(MeasureType.BAIL));
    assertEquals(0, later.pointsFor(MeasureType.BAIL));
    assertNotEquals(first, later);
  }

  @Test
  void aClassificationPolicyBuilderBuildsEqualPolicies() {
    ClassificationPolicy.Builder b = ClassificationPolicy.builder();
    ClassificationPolicy first = b.build();
    assertEquals(first, b.build());
    assertEquals(ClassificationPolicy.standard(), first);
  }

  @Test
  void jurisdictionAndProvisionBuildersBuildEqualValues() {
    Provision.Builder p =
        Provision.builder().number("1").localName("uno").englishName("one").addMeasureTypes(MeasureType.BAIL);
    Provision provision = p.build();
    assertEquals(provision, p.build());
    Jurisdiction.Builder j =
        Jurisdiction.builder().country("CO").name("Colombia").law("law").citation("art. 1").addProvisions(provision);
    Jurisdiction first = j.build();
    assertEquals(first, j.build());
    Jurisdiction later = j.citation("art. 2").build();
    assertEquals("art. 1", first.citation());
    assertNotEquals(first, later);
  }

  @Test
  void riskLevelsDependOnlyOnThePolicyBuilt() {
    RiskPolicy.Builder b = RiskPolicy.builder();
    RiskPolicy standard = b.build();
    RiskPolicy lower = b.moderateFrom(2).build();
    assertEquals(RiskLevel.LOW, standard.level(3));
    assertEquals(RiskLevel.MODERATE, lower.level(3));
  }
}
