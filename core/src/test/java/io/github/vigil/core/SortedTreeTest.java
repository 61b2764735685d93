package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The registry's index behaves as a sorted map: every sequence of puts, from empty or from a
 * bulk build, reads back as a {@link TreeMap} given the same puts, and the trees it was built from
 * are left as they were.
 */
class SortedTreeTest {
  /** Keys drawn from a small range, so that puts replace as often as they insert. */
  private static Gen<List<Integer>> keys(int max) {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 2_000)).ofSizeBetween(0, max);
  }

  @Test
  void putsReadBackAsASortedMapAndLeaveEarlierTreesUnchanged() {
    int[] coarseness = {1, 7, 100, 5_000}; // 5,000: every prefix is 0, every comparison the keys'
    qt().withExamples(300)
        .forAll(keys(400), keys(2_000), SourceDSL.integers().between(0, coarseness.length - 1))
        .checkAssert(
            (bulk, puts, c) -> {
              TreeMap<Integer, String> model = new TreeMap<>();
              for (int k : bulk) {
                model.put(k, "b" + k);
              }
              int d = coarseness[c];
              SortedTree<Integer, String> tree =
                  SortedTree.fromSorted(model.entrySet(), k -> k / d);
              assertSame(model, tree);
              List<SortedTree<Integer, String>> earlier = new ArrayList<>();
              List<TreeMap<Integer, String>> earlierModels = new ArrayList<>();
              int i = 0;
              for (int k : puts) {
                String v = "p" + k + "." + i++;
                tree = tree.plus(k, v);
                model.put(k, v);
                if (i % 97 == 0) {
                  earlier.add(tree);
                  earlierModels.add(new TreeMap<>(model));
                }
              }
              assertSame(model, tree);
              for (int j = 0; j < earlier.size(); j++) {
                assertSame(earlierModels.get(j), earlier.get(j));
              }
            });
  }

  private static void assertSame(Map<Integer, String> model, SortedTree<Integer, String> tree) {
    assertEquals(model.size(), tree.size());
    List<String> values = tree.values();
    assertEquals(List.copyOf(model.values()), List.copyOf(values), "iteration");
    int i = 0;
    for (Map.Entry<Integer, String> e : model.entrySet()) {
      assertEquals(e.getValue(), tree.get(e.getKey()));
      assertEquals(e.getValue(), values.get(i++), "by position");
    }
    assertNull(tree.get(-1));
    assertNull(tree.get(2_001));
    for (int k = 0; k <= 2_000; k += 37) {
      assertEquals(model.get(k), tree.get(k));
      assertEquals(model.containsKey(k), tree.containsKey(k));
    }
    assertEquals(model.hashCode(), tree.hashCode());
    assertEquals(
        List.copyOf(model.values()),
        values.parallelStream().collect(Collectors.toList()),
        "parallel stream in order");
  }

  @Test
  void anIdsPrefixNeverOrdersTwoStringsAgainstTheirOrder() {
    Gen<String> strings =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, 7))
            .ofSizeBetween(0, 11)
            .map(
                cs -> {
                  char[] alphabet = {'\0', '-', 'A', 'a', 'z', '\u00fe', '\u00ff', '\u0100'};
                  StringBuilder b = new StringBuilder();
                  cs.forEach(i -> b.append(alphabet[i]));
                  return b.toString();
                });
    qt().withExamples(3_000)
        .forAll(strings, strings)
        .checkAssert(
            (a, b) -> {
              int byPrefix = Long.compareUnsigned(Ids.sortPrefix(a), Ids.sortPrefix(b));
              if (byPrefix != 0) {
                assertEquals(Integer.signum(a.compareTo(b)), byPrefix, a + " against " + b);
              }
            });
    assertEquals(0x4430303030303030L, Ids.sortPrefix("D0000000123"));
    assertEquals(0x4100000000000000L, Ids.sortPrefix("A"));
    assertEquals(0x41FF000000000000L, Ids.sortPrefix("A\u0100B"));
    assertEquals(0L, Ids.sortPrefix(""));
  }

  @Test
  void aSpliteratorSplitsAtTheMiddleAndCoversEveryPositionOnce() {
    TreeMap<Integer, Integer> model = new TreeMap<>();
    IntStream.range(0, 10_000).forEach(k -> model.put(k * 3, k));
    List<Integer> values = SortedTree.fromSorted(model.entrySet(), k -> k).plus(1, -1).values();
    Spliterator<Integer> right = values.spliterator();
    Spliterator<Integer> left = right.trySplit();
    assertEquals(5_000, left.estimateSize());
    assertEquals(5_001, right.estimateSize());
    assertTrue(right.hasCharacteristics(Spliterator.SUBSIZED | Spliterator.ORDERED));
    List<Integer> seen = new ArrayList<>();
    assertTrue(left.tryAdvance(seen::add));
    left.forEachRemaining(seen::add);
    assertFalse(left.tryAdvance(seen::add));
    right.forEachRemaining(seen::add);
    List<Integer> expected = new ArrayList<>(model.values());
    expected.add(1, -1);
    assertEquals(expected, seen);
    Spliterator<Integer> one =
        SortedTree.fromSorted(Map.of(1, 7).entrySet(), k -> k).values().spliterator();
    assertNull(one.trySplit());
    assertEquals(1, one.estimateSize());
  }

  @Test
  void iteratorsEndAndPositionsAreChecked() {
    SortedTree<Integer, String> tree = SortedTree.<Integer, String>empty(k -> k).plus(2, "b").plus(1, "a");
    Iterator<String> it = tree.values().iterator();
    assertEquals("a", it.next());
    assertEquals("b", it.next());
    assertThrows(NoSuchElementException.class, it::next);
    assertThrows(IndexOutOfBoundsException.class, () -> tree.values().get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> tree.values().get(-1));
    assertThrows(UnsupportedOperationException.class, () -> tree.values().set(0, "x"));
    assertEquals(0, SortedTree.empty(k -> 0).size());
    assertEquals(List.of(), SortedTree.empty(k -> 0).values());
    assertFalse(SortedTree.empty(k -> 0).values().iterator().hasNext());
  }

  @Test
  void aBulkBuildOfWholeNodesAtEveryLevelReadsBackEveryEntry() {
    // 24 entries a leaf and 24 children a node: 576 fill 24 leaves, 13,824 fill 24 nodes of them
    for (int n : new int[] {24, 576, 13_824, 13_825}) {
      TreeMap<Integer, String> model = new TreeMap<>();
      IntStream.range(0, n).forEach(k -> model.put(k, "v" + k));
      SortedTree<Integer, String> tree = SortedTree.fromSorted(model.entrySet(), k -> k);
      assertEquals(n, tree.size());
      assertEquals(List.copyOf(model.values()), List.copyOf(tree.values()));
      assertEquals("v" + (n - 1), tree.get(n - 1));
      assertEquals("v" + (n - 1), tree.values().get(n - 1));
    }
  }

  @Test
  void aBulkBuildRefusesKeysOutOfOrderOrRepeated() {
    List<Map.Entry<Integer, String>> descending = List.of(Map.entry(2, "b"), Map.entry(1, "a"));
    assertThrows(IllegalArgumentException.class, () -> SortedTree.fromSorted(descending, k -> k));
    List<Map.Entry<Integer, String>> repeated = List.of(Map.entry(1, "a"), Map.entry(1, "b"));
    assertThrows(IllegalArgumentException.class, () -> SortedTree.fromSorted(repeated, k -> k));
  }

  @Test
  void equalTreesAreThoseWithEqualEntriesHoweverBuilt() {
    TreeMap<Integer, String> model = new TreeMap<>();
    SortedTree<Integer, String> grown = SortedTree.empty(k -> k / 100);
    for (int k = 999; k >= 0; k--) {
      model.put(k, "v" + k);
      grown = grown.plus(k, "v" + k);
    }
    SortedTree<Integer, String> bulk = SortedTree.fromSorted(model.entrySet(), k -> k);
    assertEquals(bulk, grown);
    assertEquals(bulk.hashCode(), grown.hashCode());
    assertNotEquals(bulk, grown.plus(5, "other"));
    assertNotEquals(bulk, grown.plus(1_000, "v1000"));
    assertNotEquals(bulk.plus(1_000, "x"), grown.plus(1_001, "x"), "same values, another key");
    assertNotEquals(bulk, model);
    assertEquals("SortedTree{size=1000}", bulk.toString());
  }
}
