package io.github.vigil.reporting.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.OptionalLong;

/**
 * A proof, for tables as published, that every hidden cell has at least two possible values
 * given everything shown — or the list of hidden cells for which it fails.
 *
 * <p>The reader is assumed to know every shown cell, the published column totals, the total of
 * every row (even where it is not printed: the number of women or of people at a facility is
 * often public), how the rows relate (a partition, or subsets some of which are disjoint) and
 * that counts are whole numbers, never negative. For each hidden cell the audit gives:
 *
 * <ul>
 *   <li>the <b>interval</b> {@code [lo, hi]} that arithmetic on rows, columns and totals pins it
 *       to: bounds propagated through every constraint ({@code x = total − others} for a sum,
 *       {@code x ≤ total − others} for a bound), iterated until nothing changes. Every bound holds
 *       for any table agreeing with what is shown, so {@code lo == hi} proves the cell is
 *       disclosed; a wider interval alone proves nothing, since the bounds may be loose.
 *   <li>whether it <b>can be lower</b> or <b>higher</b>: whether another table of whole numbers
 *       agrees with everything shown and differs in this cell. This is decided exactly (a cycle
 *       in the network of the constraints, see the class {@code Network}), so a cell that can be
 *       either has at least two possible values, and one that can be neither has only one.
 * </ul>
 *
 * <p>The audit passes when every hidden cell can be lower or higher. It proves nothing against a
 * reader who knows more than the above (the fate of some people from elsewhere, a report of
 * another date, the counts of another source): see docs/reports.md. Immutable and thread-safe.
 */
public final class DisclosureAudit {
  /** How many passes of bound propagation are made at most; each pass keeps the bounds sound. */
  static final int MAX_PASSES = 10_000;

  /** One hidden cell and what a reader can tell about it. Immutable and thread-safe. */
  public static final class HiddenCell {
    private final TableCell cell;
    private final long lo;
    private final long hi;
    private final boolean canBeLower;
    private final boolean canBeHigher;

    HiddenCell(TableCell cell, long lo, long hi, boolean canBeLower, boolean canBeHigher) {
      this.cell = cell;
      this.lo = lo;
      this.hi = hi;
      this.canBeLower = canBeLower;
      this.canBeHigher = canBeHigher;
    }

    /** Returns the cell. */
    public TableCell cell() {
      return cell;
    }

    /** Returns the lowest value bound propagation leaves possible. */
    public long lo() {
      return lo;
    }

    /** Returns the highest value bound propagation leaves possible, or empty when unbounded. */
    public OptionalLong hi() {
      return hi == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(hi);
    }

    /** Returns whether a table agreeing with everything shown has a smaller value here. */
    public boolean canBeLower() {
      return canBeLower;
    }

    /** Returns whether a table agreeing with everything shown has a larger value here. */
    public boolean canBeHigher() {
      return canBeHigher;
    }

    /** Returns whether the cell has at least two possible values. */
    public boolean isProtected() {
      return canBeLower || canBeHigher;
    }

    /** Returns the cell and its interval, such as {@code byFacility/a/FULL in [0, 3]}. */
    @Override
    public String toString() {
      return cell + " in [" + lo + ", " + (hi == Long.MAX_VALUE ? "∞" : Long.toString(hi)) + "]"
          + (isProtected() ? "" : ": disclosed");
    }
  }

  private final ImmutableList<HiddenCell> cells;

  private DisclosureAudit(ImmutableList<HiddenCell> cells) {
    this.cells = cells;
  }

  /** Returns the audit of the hidden cells of {@code suppression}. */
  public static DisclosureAudit of(Suppression suppression) {
    checkNotNull(suppression, "suppression");
    Network net = suppression.network();
    boolean[] hidden = suppression.hiddenMask();
    Network.Residual residual = net.new Residual(hidden);
    long[][] bounds = net.propagate(hidden, MAX_PASSES);
    ImmutableList.Builder<HiddenCell> out = ImmutableList.builder();
    for (int i = 0; i < net.cells; i++) {
      if (hidden[i]) {
        out.add(
            new HiddenCell(
                suppression.cellOf(i),
                bounds[0][i],
                bounds[1][i],
                residual.canDecrease(i),
                residual.canIncrease(i)));
      }
    }
    return new DisclosureAudit(out.build());
  }

  /** Returns whether every hidden cell has at least two possible values. */
  public boolean passed() {
    return cells.stream().allMatch(HiddenCell::isProtected);
  }

  /** Returns every hidden cell, in table, row and column order. */
  public ImmutableList<HiddenCell> cells() {
    return cells;
  }

  /** Returns the hidden cells with only one possible value. */
  public ImmutableList<HiddenCell> failures() {
    return cells.stream().filter(c -> !c.isProtected()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns one line: {@code passed: N hidden cells, each with at least two possible values},
   * or {@code failed: K of N hidden cells disclosed: ...} listing them.
   */
  @Override
  public String toString() {
    ImmutableList<HiddenCell> failures = failures();
    if (failures.isEmpty()) {
      return "passed: " + cells.size() + " hidden cells, each with at least two possible values";
    }
    return "failed: " + failures.size() + " of " + cells.size() + " hidden cells disclosed: " + failures;
  }
}
