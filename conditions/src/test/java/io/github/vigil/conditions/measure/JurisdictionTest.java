package io.github.vigil.conditions.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
  private static final Locale ES = Locale.forLanguageTag("es-VE");

  @Test
  void venezuelaListsTheNineItemsOfArticle242InOrder() {
    Jurisdiction ve = Jurisdiction.venezuela();
    assertEquals("VE", ve.country());
    assertEquals("Código Orgánico Procesal Penal", ve.law());
    assertEquals("COPP art. 242", ve.citation());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
        ve.provisions().stream().map(Provision::number).toList());
    assertTrue(ve.provision("3").orElseThrow().localName().startsWith("La presentación periódica"));
    assertTrue(ve.provision("9").orElseThrow().localName().startsWith("Cualquier otra medida preventiva o cautelar"));
    assertTrue(ve.provision("9").orElseThrow().open());
    assertTrue(ve.provision("10").isEmpty());
  }

  @Test
  void everyGenericCodeMapsToAnItemAndSpeechBansFallUnderTheOpenItemNine() {
    Jurisdiction ve = Jurisdiction.venezuela();
    Map<MeasureType, String> expected =
        Map.ofEntries(
            Map.entry(MeasureType.HOUSE_ARREST, "1"),
            Map.entry(MeasureType.SUPERVISION, "2"),
            Map.entry(MeasureType.COURT_APPEARANCE, "3"),
            Map.entry(MeasureType.TRAVEL_BAN, "4"),
            Map.entry(MeasureType.LOCALITY_RESTRICTION, "4"),
            Map.entry(MeasureType.ASSEMBLY_BAN, "5"),
            Map.entry(MeasureType.CONTACT_BAN, "6"),
            Map.entry(MeasureType.BAIL, "8"),
            Map.entry(MeasureType.SPEECH_BAN, "9"),
            Map.entry(MeasureType.PASSPORT_SURRENDER, "9"),
            Map.entry(MeasureType.ELECTRONIC_MONITORING, "9"),
            Map.entry(MeasureType.OTHER, "9"));
    assertEquals(MeasureType.values().length, expected.size());
    for (MeasureType t : MeasureType.values()) {
      assertEquals(expected.get(t), ve.provisionFor(t).orElseThrow().number(), t.name());
    }
    assertEquals("COPP art. 242(9)", ve.cite(MeasureType.SPEECH_BAN).orElseThrow());
    assertEquals("COPP art. 242(3)", ve.cite(MeasureType.COURT_APPEARANCE).orElseThrow());
    assertTrue(ve.provision("7").orElseThrow().measureTypes().isEmpty());
  }

  @Test
  void venezuelaIsFoundByItsCountryCode() {
    assertEquals(Jurisdiction.venezuela(), Jurisdiction.forCountry("VE").orElseThrow());
    assertTrue(Jurisdiction.forCountry("XX").isEmpty());
    assertTrue(Jurisdiction.forCountry("ve").isEmpty());
    assertTrue(Jurisdiction.available().contains(Jurisdiction.venezuela()));
  }

  @Test
  void anotherCountryIsBuiltWithoutTouchingTheCore() {
    Jurisdiction ni =
        Jurisdiction.builder()
            .country("NI")
            .name("Nicaragua")
            .law("Código Procesal Penal")
            .citation("CPP art. 167")
            .addProvisions(
                Provision.builder().number("1").localName("La presentación periódica").englishName("periodic appearance").addMeasureTypes(MeasureType.COURT_APPEARANCE).build(),
                Provision.builder().number("2").localName("La prohibición de salir del país").englishName("travel ban").addMeasureTypes(MeasureType.TRAVEL_BAN).build())
            .build();
    assertEquals("1", ni.provisionFor(MeasureType.COURT_APPEARANCE).orElseThrow().number());
    assertTrue(ni.provisionFor(MeasureType.SPEECH_BAN).isEmpty(), "no open item: nothing covers it");
    assertTrue(ni.cite(MeasureType.SPEECH_BAN).isEmpty());
    assertEquals("CPP art. 167(2)", ni.cite(MeasureType.TRAVEL_BAN).orElseThrow());
  }

  @Test
  void aCatalogueIsCheckedWhenBuilt() {
    Provision one = Provision.builder().number("1").localName("uno").englishName("one").addMeasureTypes(MeasureType.BAIL).build();
    Provision alsoBail = Provision.builder().number("2").localName("dos").englishName("two").addMeasureTypes(MeasureType.BAIL).build();
    Provision open2 = Provision.builder().number("2").localName("dos").englishName("two").open(true).build();
    Provision open3 = Provision.builder().number("3").localName("tres").englishName("three").open(true).build();
    Jurisdiction.Builder base = Jurisdiction.builder().country("NI").name("n").law("l").citation("c");
    assertThrows(IllegalArgumentException.class, () -> Jurisdiction.builder().country("NI").name("n").law("l").citation("c").build());
    assertThrows(IllegalArgumentException.class, () -> Jurisdiction.builder().country("Nic").name("n").law("l").citation("c").addProvisions(one).build());
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> Jurisdiction.builder().country("NI").name("n").law("l").citation("c").addProvisions(one, one).build());
    assertTrue(String.valueOf(twice.getMessage()).contains("twice"));
    IllegalArgumentException mappedTwice =
        assertThrows(IllegalArgumentException.class, () -> Jurisdiction.builder().country("NI").name("n").law("l").citation("c").addProvisions(one, alsoBail).build());
    assertTrue(String.valueOf(mappedTwice.getMessage()).contains("BAIL"));
    assertThrows(IllegalArgumentException.class, () -> base.addProvisions(one, open2, open3).build());
    assertThrows(IllegalArgumentException.class, () -> Provision.builder().number(" ").localName("x").englishName("x").build());
  }

  @Test
  void labelsAreInEnglishOrSpanish() {
    Jurisdiction ve = Jurisdiction.venezuela();
    assertEquals("speech ban", ve.label(MeasureType.SPEECH_BAN, Locale.ENGLISH));
    assertEquals("prohibición de declarar públicamente", ve.label(MeasureType.SPEECH_BAN, ES));
    assertEquals("arresto domiciliario", ve.label(MeasureType.HOUSE_ARREST, ES));
    assertEquals("travel ban", ve.label(MeasureType.TRAVEL_BAN, Locale.GERMAN), "other languages get English");
    for (MeasureType t : MeasureType.values()) {
      assertTrue(!ve.label(t, Locale.ENGLISH).equals(ve.label(t, ES)), t.name());
    }
  }

  @Test
  void measuresAreDescribedWithTheirParameter() {
    assertEquals(
        "periodic court appearance every 15 days",
        MeasureLabels.describe(Measure.parse("COURT_APPEARANCE(P15D)"), Locale.ENGLISH));
    assertEquals(
        "régimen de presentación periódica cada 15 días",
        MeasureLabels.describe(Measure.parse("COURT_APPEARANCE(P15D)"), ES));
    assertEquals(
        "periodic court appearance every 15 days",
        Jurisdiction.venezuela().describe(Measure.parse("COURT_APPEARANCE(P15D)"), Locale.ENGLISH));
    assertEquals(
        "periodic court appearance every month",
        MeasureLabels.describe(Measure.parse("COURT_APPEARANCE(P1M)"), Locale.ENGLISH));
    assertEquals("cada mes", "cada " + MeasureLabels.interval(Period.ofMonths(1), ES));
    assertEquals("2 months and 3 days", MeasureLabels.interval(Period.of(0, 2, 3), Locale.ENGLISH));
    assertEquals("1 año, 1 mes y 1 día", MeasureLabels.interval(Period.of(1, 1, 1), ES));
    assertEquals("day", MeasureLabels.interval(Period.ofDays(1), Locale.ENGLISH));
    assertEquals(
        "otra medida: no usar redes sociales",
        MeasureLabels.describe(Measure.parse("OTHER(no usar redes sociales)"), ES));
    assertEquals("bail", MeasureLabels.describe(Measure.of(MeasureType.BAIL), Locale.ROOT));
  }

  @Test
  void valuesAreEqualByContentAndRefuseNulls() {
    new EqualsTester()
        .addEqualityGroup(Jurisdiction.venezuela(), Jurisdiction.builder().from(Jurisdiction.venezuela()).build())
        .addEqualityGroup(Jurisdiction.builder().from(Jurisdiction.venezuela()).citation("COPP art. 242 (2021)").build())
        .testEquals();
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Locale.class, Locale.ENGLISH);
    t.setDefault(Measure.class, Measure.of(MeasureType.BAIL));
    t.setDefault(Provision.class, Jurisdiction.venezuela().provisions().get(0));
    t.testAllPublicStaticMethods(MeasureLabels.class);
    t.testAllPublicStaticMethods(Jurisdiction.class);
    t.testAllPublicInstanceMethods(Jurisdiction.venezuela());
  }
}
