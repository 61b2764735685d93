package io.github.vigil.conditions;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A person's {@link FreedomCategory} with the reasons behind it, such as {@code "open case"} or
 * {@code "SPEECH_BAN active since 2026-01-09"}. Reasons name measures, dates and facility ids,
 * never personal data. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /** Returns the category. */
  public abstract FreedomCategory category();

  /** Returns the grouping the policy puts the category in. */
  public abstract FreedomGroup group();

  /** Returns the reasons, most decisive first; never empty. */
  public abstract ImmutableList<String> reasons();

  static ImmutableClassification.Builder builder() {
    return ImmutableClassification.builder();
  }

  /** Returns the category and reasons, such as {@code CONDITIONAL [open case, released 2026-01-09]}. */
  @Override
  public final String toString() {
    return category() + " " + reasons();
  }
}
