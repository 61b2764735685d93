package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.internal.CompactStyle;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A person in the registry. The name is personal data: it is never printed in a report, log
 * line, exception message or {@link #toString()}. Ages and vulnerable groups are computed as of
 * a date, never stored. Immutable and thread-safe.
 */
@Value.Immutable
@CompactStyle
public abstract class Detainee {
  Detainee() {}

  /** Returns the person's id. */
  public abstract DetaineeId id();

  /** Returns the person's name: personal data, redacted from {@code toString}. */
  @Value.Redacted
  public abstract Optional<String> name();

  /** Returns the date of birth, if known. */
  public abstract Optional<LocalDate> birthDate();

  /** Returns the gender, if recorded. */
  public abstract Optional<Gender> gender();

  /** Returns the nationality as an ISO 3166-1 alpha-2 code, if known. */
  public abstract Optional<String> nationality();

  /**
   * Returns the person's other nationalities, beyond {@link #nationality()}, as ISO 3166-1
   * alpha-2 codes in the order recorded (a {@code nationality} cell listing {@code VE;ES}): a
   * dual national has one. Empty for most people.
   */
  public abstract ImmutableList<String> otherNationalities();

  /** Returns every nationality recorded: {@link #nationality()}, then the others. */
  public ImmutableList<String> nationalities() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    nationality().ifPresent(b::add);
    return b.addAll(otherNationalities()).build();
  }

  /** Returns the person's profiles (journalist, trade unionist...), in the order recorded. */
  public abstract ImmutableSet<Profile> profiles();

  /** Returns whether the person is a civilian or military, if known. */
  public abstract Optional<Affiliation> affiliation();

  /** Returns whether the person has a serious health condition; {@code false} when unknown. */
  @Value.Default
  public boolean seriousHealthCondition() {
    return false;
  }

  /**
   * Returns whether the person's family asked that the person never be named: a confidential
   * person is counted in every figure like anyone else, but left out of every list of people,
   * named or not (only counted there); {@code false} when not recorded. Not personal data
   * itself, and never a factor or a group of any figure.
   */
  @Value.Default
  public boolean confidential() {
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a person with the given id and nothing else known. */
  public static Detainee of(DetaineeId id) {
    return builder().id(id).build();
  }

  /**
   * Returns the person's age in whole years on {@code date}, or empty when the birth date is
   * unknown. A person born on 29 February turns a year older on 1 March in common years.
   */
  public OptionalInt ageOn(LocalDate date) {
    checkNotNull(date, "date");
    if (birthDate().isEmpty()) {
      return OptionalInt.empty();
    }
    LocalDate birth = birthDate().get();
    if (date.isBefore(birth)) {
      return OptionalInt.of(Period.between(birth, date).getYears());
    }
    // whole years, as Period.between counts them, without building a Period: reports ask this
    // of every person
    int years = date.getYear() - birth.getYear();
    if (date.getMonthValue() < birth.getMonthValue()
        || (date.getMonthValue() == birth.getMonthValue()
            && date.getDayOfMonth() < birth.getDayOfMonth())) {
      years--;
    }
    return OptionalInt.of(years);
  }

  /**
   * Returns the vulnerable groups the person belongs to on {@code date}, with the elderly from
   * 60 years of age.
   *
   * @param date the date ages are computed on
   * @param registryCountry the registry's country; when empty, nobody is a foreign national
   */
  public ImmutableSet<VulnerableGroup> vulnerableGroupsOn(
      LocalDate date, Optional<String> registryCountry) {
    return vulnerableGroupsOn(date, registryCountry, 60);
  }

  /**
   * Returns the vulnerable groups the person belongs to on {@code date}. A person with several
   * nationalities is a {@code FOREIGN_NATIONAL} when any of them is not the registry's country
   * (so a dual national is one).
   *
   * @param date the date ages are computed on
   * @param registryCountry the registry's country; when empty, nobody is a foreign national
   * @param elderlyAge the age from which a person is {@code ELDERLY}
   * @throws IllegalArgumentException if {@code elderlyAge} is not above 18
   */
  public ImmutableSet<VulnerableGroup> vulnerableGroupsOn(
      LocalDate date, Optional<String> registryCountry, int elderlyAge) {
    checkNotNull(date, "date");
    checkNotNull(registryCountry, "registryCountry");
    checkArgument(elderlyAge > 18, "elderlyAge must be above 18: %s", elderlyAge);
    EnumSet<VulnerableGroup> groups = EnumSet.noneOf(VulnerableGroup.class);
    OptionalInt age = ageOn(date);
    if (age.isPresent() && age.getAsInt() < 18) {
      groups.add(VulnerableGroup.MINOR);
    }
    if (gender().orElse(null) == Gender.F) {
      groups.add(VulnerableGroup.WOMAN);
    }
    if (age.isPresent() && age.getAsInt() >= elderlyAge) {
      groups.add(VulnerableGroup.ELDERLY);
    }
    if (seriousHealthCondition()) {
      groups.add(VulnerableGroup.SERIOUS_HEALTH_CONDITION);
    }
    if (registryCountry.isPresent()
        && nationality().isPresent()
        && nationalities().stream().anyMatch(n -> !n.equals(registryCountry.get()))) {
      groups.add(VulnerableGroup.FOREIGN_NATIONAL);
    }
    return ImmutableSet.copyOf(groups);
  }

  @Value.Check
  final void check() {
    nationality().ifPresent(n -> Countries.check("nationality", n));
    checkArgument(
        otherNationalities().isEmpty() || nationality().isPresent(),
        "otherNationalities need a first nationality");
    for (String n : otherNationalities()) {
      Countries.check("nationality", n);
      checkArgument(
          !n.equals(nationality().orElse(null))
              && otherNationalities().indexOf(n) == otherNationalities().lastIndexOf(n),
          "nationality %s is listed twice",
          n);
    }
    name().ifPresent(n -> checkArgument(!n.isBlank(), "name must not be blank when present"));
  }

  /**
   * Builds {@link Detainee}s. {@code build()} throws {@link IllegalStateException} if the id is
   * not set, and {@link IllegalArgumentException} if the nationality is not an ISO 3166-1 alpha-2
   * code (or another nationality is, is listed twice or is given without a first one) or the
   * name is blank.
   */
  public static final class Builder extends ImmutableDetainee.Builder {
    Builder() {}
  }
}
