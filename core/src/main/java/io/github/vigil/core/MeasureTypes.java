package io.github.vigil.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Shared text about measure codes, for messages. */
final class MeasureTypes {
  static final String CODES =
      Arrays.stream(MeasureType.values()).map(Enum::name).collect(Collectors.joining(", "));

  private MeasureTypes() {}
}
