package io.github.vigil.conditions.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A country's catalogue of restrictive measures: the numbered items of the law that lists them,
 * each mapped to the generic {@link MeasureType} codes a registry records. Venezuela (article
 * 242 of the Código Orgánico Procesal Penal) is built in; other countries are built with {@link
 * #builder()} and, to be found by {@link #forCountry(String)}, offered by a {@link
 * JurisdictionProvider}. Nothing in the core changes for a new country. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Jurisdiction ve = Jurisdiction.forCountry("VE").orElseThrow();
 * ve.provisionFor(MeasureType.SPEECH_BAN).map(Provision::number);   // "9", the open item
 * ve.cite(MeasureType.COURT_APPEARANCE);                             // "COPP art. 242(3)"
 * ve.describe(Measure.parse("COURT_APPEARANCE(P15D)"), Locale.forLanguageTag("es"));
 *     // "régimen de presentación periódica cada 15 días"
 * }</pre>
 */
@Value.Immutable
public abstract class Jurisdiction {
  private static final CharMatcher UPPER = CharMatcher.inRange('A', 'Z');

  Jurisdiction() {}

  /** Returns the country as an ISO 3166-1 alpha-2 code, such as {@code VE}. */
  public abstract String country();

  /** Returns the country's name in English, such as "Venezuela". */
  public abstract String name();

  /** Returns the law that lists the measures, such as "Código Orgánico Procesal Penal". */
  public abstract String law();

  /** Returns the short citation of the article that lists them, such as "COPP art. 242". */
  public abstract String citation();

  /** Returns the numbered items, in the law's order. */
  public abstract ImmutableList<Provision> provisions();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns Venezuela's catalogue: the nine items of article 242 of the Código Orgánico Procesal
   * Penal (medidas cautelares sustitutivas). Speech bans, passport surrender and electronic
   * monitoring have no item of their own and fall under the open item 9, "cualquier otra medida
   * preventiva o cautelar"; item 7 (leaving the shared home in cases of violence against women or
   * children) has no generic code.
   */
  public static Jurisdiction venezuela() {
    return Venezuela.COPP_242;
  }

  /**
   * Returns the jurisdiction of {@code country}: a built-in one, else the first offered by a
   * {@link JurisdictionProvider}; empty when none is known.
   *
   * @param country an ISO 3166-1 alpha-2 code such as {@code VE}
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static Optional<Jurisdiction> forCountry(String country) {
    checkNotNull(country, "country");
    for (Jurisdiction j : available()) {
      if (j.country().equals(country)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every known jurisdiction, one per country: the built-in ones, then those of the
   * providers in the order {@link ServiceLoader} finds them.
   *
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static ImmutableList<Jurisdiction> available() {
    Map<String, Jurisdiction> byCountry = new LinkedHashMap<>();
    byCountry.put(Venezuela.COPP_242.country(), Venezuela.COPP_242);
    for (JurisdictionProvider p : ServiceLoader.load(JurisdictionProvider.class)) {
      for (Jurisdiction j : p.jurisdictions()) {
        byCountry.putIfAbsent(j.country(), j);
      }
    }
    return ImmutableList.copyOf(byCountry.values());
  }

  /** Returns the item numbered {@code number}, if the catalogue has one. */
  public Optional<Provision> provision(String number) {
    checkNotNull(number, "number");
    for (Provision p : provisions()) {
      if (p.number().equals(number)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the item a measure of {@code type} is imposed under: the item naming the code, else
   * the open item; empty when neither exists.
   */
  public Optional<Provision> provisionFor(MeasureType type) {
    checkNotNull(type, "type");
    Optional<Provision> open = Optional.empty();
    for (Provision p : provisions()) {
      if (p.covers(type)) {
        return Optional.of(p);
      }
      if (p.open()) {
        open = Optional.of(p);
      }
    }
    return open;
  }

  /**
   * Returns the citation of the item a measure of {@code type} is imposed under, such as "COPP
   * art. 242(9)"; empty when no item covers it.
   */
  public Optional<String> cite(MeasureType type) {
    return provisionFor(type).map(this::cite);
  }

  /** Returns the citation of {@code provision}, such as "COPP art. 242(3)". */
  public String cite(Provision provision) {
    checkNotNull(provision, "provision");
    return citation() + "(" + provision.number() + ")";
  }

  /** Returns the name of {@code type} in English or Spanish; see {@link MeasureLabels}. */
  public String label(MeasureType type, Locale locale) {
    return MeasureLabels.label(type, locale);
  }

  /** Returns {@code measure} with its parameter in English or Spanish; see {@link MeasureLabels}. */
  public String describe(Measure measure, Locale locale) {
    return MeasureLabels.describe(measure, locale);
  }

  @Value.Check
  final void check() {
    checkArgument(
        country().length() == 2 && UPPER.matchesAllOf(country()),
        "country must be an ISO 3166-1 alpha-2 code such as VE, was '%s'",
        country());
    checkArgument(!provisions().isEmpty(), "jurisdiction %s lists no provision", country());
    Set<String> numbers = new HashSet<>();
    Map<MeasureType, String> owner = new EnumMap<>(MeasureType.class);
    int open = 0;
    for (Provision p : provisions()) {
      checkArgument(
          numbers.add(p.number()), "jurisdiction %s lists provision %s twice", country(), p.number());
      for (MeasureType t : p.measureTypes()) {
        String first = owner.putIfAbsent(t, p.number());
        checkArgument(
            first == null,
            "jurisdiction %s maps %s to both provision %s and provision %s",
            country(),
            t,
            first,
            p.number());
      }
      if (p.open()) {
        open++;
      }
    }
    checkArgument(open <= 1, "jurisdiction %s has %s open provisions; at most one", country(), open);
  }

  /** Returns the country and citation. */
  @Override
  public final String toString() {
    return "Jurisdiction{" + country() + ", " + citation() + "}";
  }

  /**
   * Builds {@link Jurisdiction}s. {@code build()} throws {@link IllegalArgumentException} if the
   * country is not an ISO 3166-1 alpha-2 code, no provision is listed, a number is listed twice, a
   * code is mapped to two provisions or more than one provision is open.
   */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }

  /** The built-in Venezuelan catalogue, made once. */
  private static final class Venezuela {
    static final Jurisdiction COPP_242 =
        builder()
            .country("VE")
            .name("Venezuela")
            .law("Código Orgánico Procesal Penal")
            .citation("COPP art. 242")
            .addProvisions(
                item(
                    "1",
                    "La detención domiciliaria en su propio domicilio o en custodia de otra persona",
                    "house arrest, at home or in another person's custody",
                    MeasureType.HOUSE_ARREST),
                item(
                    "2",
                    "La obligación de someterse al cuidado o vigilancia de una persona o institución"
                        + " determinada",
                    "supervision by a given person or institution, which reports to the court",
                    MeasureType.SUPERVISION),
                item(
                    "3",
                    "La presentación periódica ante el tribunal o la autoridad que aquel designe",
                    "periodic appearance before the court or the authority it designates",
                    MeasureType.COURT_APPEARANCE),
                item(
                    "4",
                    "La prohibición de salir sin autorización del país, de la localidad en la cual"
                        + " reside o del ámbito territorial que fije el tribunal",
                    "ban on leaving the country, the locality of residence or an area set by the"
                        + " court without permission",
                    MeasureType.TRAVEL_BAN,
                    MeasureType.LOCALITY_RESTRICTION),
                item(
                    "5",
                    "La prohibición de concurrir a determinadas reuniones o lugares",
                    "ban on attending certain meetings or places",
                    MeasureType.ASSEMBLY_BAN),
                item(
                    "6",
                    "La prohibición de comunicarse con personas determinadas",
                    "ban on contacting certain people",
                    MeasureType.CONTACT_BAN),
                item(
                    "7",
                    "El abandono inmediato del domicilio si se trata de agresiones a mujeres o niños"
                        + " o de delitos sexuales, cuando la víctima conviva con el imputado",
                    "leaving the shared home at once, in cases of violence against women or"
                        + " children or of sexual offences"),
                item(
                    "8",
                    "La prestación de una caución económica adecuada",
                    "adequate bail",
                    MeasureType.BAIL),
                Provision.builder()
                    .number("9")
                    .localName(
                        "Cualquier otra medida preventiva o cautelar que el tribunal, mediante auto"
                            + " razonado, estime procedente o necesaria")
                    .englishName("any other preventive measure the court finds necessary, by reasoned order")
                    .addMeasureTypes(
                        MeasureType.SPEECH_BAN,
                        MeasureType.PASSPORT_SURRENDER,
                        MeasureType.ELECTRONIC_MONITORING,
                        MeasureType.OTHER)
                    .open(true)
                    .build())
            .build();

    private static Provision item(
        String number, String spanish, String english, MeasureType... types) {
      return Provision.builder()
          .number(number)
          .localName(spanish)
          .englishName(english)
          .addMeasureTypes(types)
          .build();
    }

    private Venezuela() {}
  }
}
