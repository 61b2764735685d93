package io.github.vigil.sheets.internal;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a sheet holds: one of the format's three files. */
public enum SheetKind {
  FACILITIES(
      EnumSet.of(Field.FACILITY_ID, Field.FACILITY_NAME, Field.FACILITY_KIND, Field.FACILITY_REGION,
          Field.FACILITY_COUNTRY),
      EnumSet.of(Field.FACILITY_ID)),
  DETAINEES(
      EnumSet.range(Field.DETAINEE_ID, Field.PROFILES),
      EnumSet.of(Field.DETAINEE_ID)),
  EVENTS(
      EnumSet.complementOf(
          EnumSet.of(Field.FACILITY_NAME, Field.FACILITY_REGION, Field.FACILITY_COUNTRY,
              Field.REGISTRY_COUNTRY, Field.REGISTRY_NAME)),
      EnumSet.of(Field.DETAINEE_ID, Field.DATE, Field.TYPE)),
  /** The registry's own settings (country, name): one row; recognised by the sheet's name only. */
  REGISTRY(
      EnumSet.of(Field.REGISTRY_COUNTRY, Field.REGISTRY_NAME), EnumSet.noneOf(Field.class));

  private final ImmutableSet<Field> fields;
  private final ImmutableSet<Field> required;

  SheetKind(EnumSet<Field> fields, EnumSet<Field> required) {
    this.fields = Sets.immutableEnumSet(fields);
    this.required = Sets.immutableEnumSet(required);
  }

  /** Returns whether a sheet of this kind may have a column for {@code field}. */
  public boolean allows(Field field) {
    return fields.contains(field);
  }

  /** Returns the fields a sheet of this kind must have. */
  public Set<Field> required() {
    return required;
  }

  /** Returns the kind's key in mapping files, such as {@code events}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
