package io.github.vigil.sheets.internal;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a sheet holds: one of the format's three files. */
public enum SheetKind {
  FACILITIES(EnumSet.range(Field.FACILITY_NAME, Field.FACILITY_COUNTRY), Field.FACILITY_ID),
  DETAINEES(EnumSet.range(Field.DETAINEE_ID, Field.SERIOUS_HEALTH_CONDITION), Field.DETAINEE_ID),
  EVENTS(
      EnumSet.range(Field.DETAINEE_ID, Field.NOTE),
      Field.DETAINEE_ID, Field.DATE, Field.TYPE);

  private final ImmutableSet<Field> fields;
  private final ImmutableSet<Field> required;

  SheetKind(EnumSet<Field> fields, Field first, Field... required) {
    EnumSet<Field> all = EnumSet.copyOf(fields);
    all.add(first);
    if (all.contains(Field.FACILITY_ID)) {
      all.add(Field.FACILITY_KIND);
    }
    this.fields = Sets.immutableEnumSet(all);
    this.required = Sets.immutableEnumSet(EnumSet.of(first, required));
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
