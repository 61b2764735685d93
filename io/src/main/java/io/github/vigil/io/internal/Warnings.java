package io.github.vigil.io.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warnings of one read, with repeated ones capped: of the warnings of one kind about one
 * file (such as the unknown keys of {@code registry.json#events}), the first {@value #LISTED}
 * are kept and the others only counted, closing with one line such as {@code
 * registry.json#events: and 1,999,990 more unknown keys are ignored}. So a hostile file cannot
 * make the reader hold, or a command print, millions of lines. Not thread-safe.
 */
public final class Warnings {
  /** How many warnings of one kind about one file are listed. */
  public static final int LISTED = 10;

  private final List<String> listed = new ArrayList<>();
  private final Map<List<String>, long[]> counts = new LinkedHashMap<>();

  /** Returns an empty list of warnings. */
  public Warnings() {}

  /**
   * Adds {@code message}, a warning of the given kind about {@code file}, unless {@value
   * #LISTED} of that kind were already added.
   *
   * @param kind what the warnings are about, in the plural, such as {@code unknown keys}
   */
  public void add(String file, String kind, String message) {
    long[] n = counts.computeIfAbsent(List.of(file, kind), k -> new long[1]);
    if (++n[0] <= LISTED) {
      listed.add(message);
    }
  }

  /** Adds a warning that is given once per read. */
  public void add(String message) {
    listed.add(message);
  }

  /** Returns the warnings kept, then one line per kind that had more. */
  public ImmutableList<String> list() {
    ImmutableList.Builder<String> out = ImmutableList.<String>builder().addAll(listed);
    counts.forEach(
        (key, n) -> {
          if (n[0] > LISTED) {
            out.add(
                key.get(0) + ": and " + String.format(Locale.ROOT, "%,d", n[0] - LISTED) + " more "
                    + key.get(1) + " are ignored");
          }
        });
    return out.build();
  }
}
