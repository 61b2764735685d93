package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A persistent sorted map from comparable keys to values: a B+ tree of at most {@value #MAX}
 * entries a leaf and {@value #MAX} children a node, the registry's index of people and
 * facilities. {@link #plus} copies one path of three or four short arrays at a million keys and
 * shares the rest; {@link #fromSorted} builds a tree in time linear in its size; {@link
 * #values()} is a random-access list in key order whose spliterator splits at any position, so a
 * parallel stream divides the people evenly. Inner nodes keep each child's first key and the
 * running count of entries, so a lookup by key or by position descends one node a level with a
 * binary search in one array. Each key is first compared by a {@code long} prefix of it that the
 * node keeps in a primitive array (for ids, their first eight characters), so a descent reads the
 * keys themselves, scattered in the heap, only when two prefixes are equal. Immutable and
 * thread-safe; null keys and values are refused.
 *
 * @param <K> the keys, ordered by their natural order
 * @param <V> the values
 */
final class SortedTree<K extends Comparable<? super K>, V> {
  /** The most entries in a leaf and children in an inner node. */
  static final int MAX = 32;

  /** The root, or null when the tree is empty. */
  private final @Nullable Node root;

  private final ToLongFunction<? super K> prefix;

  private SortedTree(@Nullable Node root, ToLongFunction<? super K> prefix) {
    this.root = root;
    this.prefix = prefix;
  }

  /**
   * Returns the empty tree whose keys have the given prefixes: a function such that whenever
   * {@code Long.compareUnsigned(prefix(a), prefix(b)) < 0}, {@code a.compareTo(b) < 0} (equal
   * prefixes say nothing; the keys are then compared).
   */
  static <K extends Comparable<? super K>, V> SortedTree<K, V> empty(
      ToLongFunction<? super K> prefix) {
    checkNotNull(prefix, "prefix");
    return new SortedTree<K, V>(null, prefix);
  }

  /**
   * Returns the tree of {@code entries}, whose keys must be strictly increasing (a {@link
   * java.util.SortedMap}'s entries are), in time linear in their number: leaves filled to
   * three quarters, so that the first insertions between them do not split them.
   *
   * @throws IllegalArgumentException if the keys are not strictly increasing
   */
  static <K extends Comparable<? super K>, V> SortedTree<K, V> fromSorted(
      Iterable<? extends Map.Entry<K, V>> entries, ToLongFunction<? super K> prefix) {
    checkNotNull(prefix, "prefix");
    int fill = MAX * 3 / 4;
    List<Node> level = new ArrayList<>();
    Object[] keys = new Object[fill];
    Object[] values = new Object[fill];
    long[] prefixes = new long[fill];
    int n = 0;
    @Nullable K last = null;
    long lastPrefix = 0;
    for (Map.Entry<K, V> e : entries) {
      K k = checkNotNull(e.getKey(), "key");
      long p = prefix.applyAsLong(k);
      // by the prefixes first, as every search does: the keys are read only when those are equal
      if (last != null && compare(lastPrefix, last, p, k) >= 0) {
        throw new IllegalArgumentException("keys are not strictly increasing at " + k);
      }
      last = k;
      lastPrefix = p;
      keys[n] = k;
      values[n] = checkNotNull(e.getValue(), "value");
      prefixes[n] = p;
      n++;
      if (n == fill) {
        level.add(new Leaf(keys, values, prefixes));
        keys = new Object[fill];
        values = new Object[fill];
        prefixes = new long[fill];
        n = 0;
      }
    }
    if (n > 0) {
      level.add(
          new Leaf(Arrays.copyOf(keys, n), Arrays.copyOf(values, n), Arrays.copyOf(prefixes, n)));
    }
    if (level.isEmpty()) {
      return SortedTree.<K, V>empty(prefix);
    }
    while (level.size() > 1) {
      List<Node> up = new ArrayList<>(level.size() / fill + 1);
      for (int from = 0; from < level.size(); from += fill) {
        int to = Math.min(level.size(), from + fill);
        up.add(Inner.of(level.subList(from, to).toArray(new Node[0])));
      }
      level = up;
    }
    return new SortedTree<K, V>(level.get(0), prefix);
  }

  /** Returns the number of entries. */
  int size() {
    return root == null ? 0 : root.size();
  }

  /** Returns the value of {@code key}, or null when the tree holds no such key. */
  @SuppressWarnings("unchecked") // values are only ever stored as V
  @Nullable V get(K key) {
    checkNotNull(key, "key");
    Node n = root;
    if (n == null) {
      return null;
    }
    long p = prefix.applyAsLong(key);
    while (n instanceof Inner in) {
      n = in.children[in.route(p, key)];
    }
    Leaf leaf = (Leaf) n;
    int at = leaf.find(p, key);
    return at >= 0 ? (V) leaf.values[at] : null;
  }

  /** Returns whether the tree holds {@code key}. */
  boolean containsKey(K key) {
    return get(key) != null;
  }

  /**
   * Returns this tree with {@code value} under {@code key}, added or replacing the value it held;
   * this tree is unchanged.
   */
  SortedTree<K, V> plus(K key, V value) {
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    long p = prefix.applyAsLong(key);
    if (root == null) {
      return new SortedTree<K, V>(
          new Leaf(new Object[] {key}, new Object[] {value}, new long[] {p}), prefix);
    }
    Node[] out = root.plus(p, key, value);
    return new SortedTree<K, V>(out.length == 1 ? out[0] : Inner.of(out), prefix);
  }

  /** Returns the values in key order: an unmodifiable random-access view of this tree. */
  List<V> values() {
    return new Values<>(root);
  }

  /**
   * Returns whether {@code o} is a tree with equal keys mapped to equal values, compared in key
   * order.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SortedTree<?, ?> t) || t.size() != size()) {
      return false;
    }
    Walk<Object> keys = walk(root, true);
    Walk<Object> values = walk(root, false);
    Walk<Object> otherKeys = walk(t.root, true);
    Walk<Object> otherValues = walk(t.root, false);
    while (keys.hasNext()) {
      if (!keys.next().equals(otherKeys.next()) || !values.next().equals(otherValues.next())) {
        return false;
      }
    }
    return true;
  }

  /** Returns the sum over the entries of the key's hash code exclusive-or the value's, as a map's. */
  @Override
  public int hashCode() {
    int h = 0;
    Walk<Object> keys = walk(root, true);
    Walk<Object> values = walk(root, false);
    while (keys.hasNext()) {
      h += keys.next().hashCode() ^ values.next().hashCode();
    }
    return h;
  }

  /** Returns the size only: keys may be personal ids and values personal data. */
  @Override
  public String toString() {
    return "SortedTree{size=" + size() + "}";
  }

  /** Returns a walk of every key, or every value, under {@code root}, in key order. */
  private static <T> Walk<T> walk(@Nullable Node root, boolean keys) {
    return new Walk<>(root, keys, 0, root == null ? 0 : root.size());
  }

  /** Compares the key {@code a} of prefix {@code pa} with the key {@code b} of prefix {@code pb}. */
  @SuppressWarnings("unchecked") // keys are only ever stored as comparable keys of one type
  private static int compare(long pa, Object a, long pb, Object b) {
    int c = Long.compareUnsigned(pa, pb);
    return c != 0 ? c : ((Comparable<Object>) a).compareTo(b);
  }

  /**
   * Returns the index of {@code key} (of prefix {@code p}) among the strictly increasing {@code
   * keys} (of {@code prefixes}), or {@code -(insertion point) - 1}.
   */
  private static int search(long[] prefixes, Object[] keys, long p, Object key) {
    int lo = 0;
    int hi = keys.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(prefixes[mid], keys[mid], p, key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /**
   * A node: a leaf of entries, or an inner node of children. Its keys are a leaf's own, or the
   * first key of each of an inner node's children, strictly increasing, with their prefixes.
   */
  private abstract static class Node {
    final Object[] keys;
    final long[] prefixes;

    Node(Object[] keys, long[] prefixes) {
      this.keys = keys;
      this.prefixes = prefixes;
    }

    abstract int size();

    final Object firstKey() {
      return keys[0];
    }

    final long firstPrefix() {
      return prefixes[0];
    }

    /** Returns the index of {@code key} (of prefix {@code p}), or {@code -(insertion point) - 1}. */
    final int find(long p, Object key) {
      return search(prefixes, keys, p, key);
    }

    /** Returns the node with the entry put, or two nodes when it had to split. */
    abstract Node[] plus(long prefix, Object key, Object value);
  }

  /** Up to {@link #MAX} entries, their keys strictly increasing, with the keys' prefixes. */
  private static final class Leaf extends Node {
    final Object[] values;

    Leaf(Object[] keys, Object[] values, long[] prefixes) {
      super(keys, prefixes);
      this.values = values;
    }

    @Override
    int size() {
      return keys.length;
    }

    @Override
    Node[] plus(long prefix, Object key, Object value) {
      int at = find(prefix, key);
      if (at >= 0) {
        Object[] v = values.clone();
        v[at] = value;
        return new Node[] {new Leaf(keys, v, prefixes)};
      }
      int ins = -(at + 1);
      Object[] k = insert(keys, ins, key);
      Object[] v = insert(values, ins, value);
      long[] p = Arrays.copyOf(prefixes, prefixes.length + 1);
      System.arraycopy(prefixes, ins, p, ins + 1, prefixes.length - ins);
      p[ins] = prefix;
      if (k.length <= MAX) {
        return new Node[] {new Leaf(k, v, p)};
      }
      int half = k.length / 2;
      return new Node[] {
        new Leaf(
            Arrays.copyOfRange(k, 0, half), Arrays.copyOfRange(v, 0, half),
            Arrays.copyOfRange(p, 0, half)),
        new Leaf(
            Arrays.copyOfRange(k, half, k.length), Arrays.copyOfRange(v, half, v.length),
            Arrays.copyOfRange(p, half, p.length))
      };
    }
  }

  /**
   * Up to {@link #MAX} children, with the first key of each and its prefix, and the running count
   * of entries: {@code ends[i]} is the number of entries in children {@code 0..i}.
   */
  private static final class Inner extends Node {
    final Node[] children;
    final int[] ends;

    private Inner(Node[] children, Object[] firstKeys, long[] firstPrefixes, int[] ends) {
      super(firstKeys, firstPrefixes);
      this.children = children;
      this.ends = ends;
    }

    static Inner of(Node[] children) {
      Object[] firstKeys = new Object[children.length];
      long[] firstPrefixes = new long[children.length];
      int[] ends = new int[children.length];
      int total = 0;
      for (int i = 0; i < children.length; i++) {
        firstKeys[i] = children[i].firstKey();
        firstPrefixes[i] = children[i].firstPrefix();
        total += children[i].size();
        ends[i] = total;
      }
      return new Inner(children, firstKeys, firstPrefixes, ends);
    }

    @Override
    int size() {
      return ends[ends.length - 1];
    }

    /**
     * Returns the child whose keys {@code key} (of prefix {@code p}) falls among: the last whose
     * first key is not after it.
     */
    int route(long p, Object key) {
      int at = find(p, key);
      return at >= 0 ? at : Math.max(0, -(at + 1) - 1);
    }

    /** Returns the child that holds the entry at {@code index}: the first whose end is past it. */
    int child(int index) {
      int lo = 0;
      int hi = ends.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] > index) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    @Override
    Node[] plus(long prefix, Object key, Object value) {
      int i = route(prefix, key);
      Node[] put = children[i].plus(prefix, key, value);
      Node[] c;
      if (put.length == 1) {
        c = children.clone();
        c[i] = put[0];
        if (put[0].size() == children[i].size()) {
          // a value replaced: the same keys, so the same first keys and counts
          return new Node[] {new Inner(c, keys, prefixes, ends)};
        }
      } else {
        c = insert(children, i + 1, put[1]);
        c[i] = put[0];
      }
      if (c.length <= MAX) {
        return new Node[] {of(c)};
      }
      int half = c.length / 2;
      return new Node[] {
        of(Arrays.copyOfRange(c, 0, half)), of(Arrays.copyOfRange(c, half, c.length))
      };
    }
  }

  private static <T> T[] insert(T[] a, int at, T x) {
    T[] out = Arrays.copyOf(a, a.length + 1);
    System.arraycopy(a, at, out, at + 1, a.length - at);
    out[at] = x;
    return out;
  }

  /** The values of a tree in key order, as an unmodifiable random-access list. */
  private static final class Values<V> extends AbstractList<V> implements RandomAccess {
    private final @Nullable Node root;

    Values(@Nullable Node root) {
      this.root = root;
    }

    @Override
    public int size() {
      return root == null ? 0 : root.size();
    }

    /** Returns the value at {@code index}: one descent, as a walk begins. */
    @Override
    public V get(int index) {
      checkElementIndex(index, size());
      return new Walk<V>(root, false, index, index + 1).next();
    }

    @Override
    public Iterator<V> iterator() {
      return walk(root, false);
    }

    @Override
    public Spliterator<V> spliterator() {
      return walk(root, false);
    }
  }

  /**
   * Walks the entries of positions {@code [from, to)} leaf by leaf: an iterator, and a
   * spliterator that splits at the middle position.
   */
  private static final class Walk<V> implements Iterator<V>, Spliterator<V> {
    private final @Nullable Node root;
    private final boolean keys;
    private int next;
    private int to;
    /** The leaf's array being walked, from position {@code leafStart}, or null before the first. */
    private Object @Nullable [] leaf;
    private int leafStart;

    Walk(@Nullable Node root, boolean keys, int from, int to) {
      this.root = root;
      this.keys = keys;
      this.next = from;
      this.to = to;
    }

    @Override
    public boolean hasNext() {
      return next < to;
    }

    @Override
    @SuppressWarnings("unchecked") // values are only ever stored as V
    public V next() {
      if (next >= to) {
        throw new NoSuchElementException();
      }
      Object[] a = leaf;
      if (a == null || next - leafStart >= a.length) {
        a = seek(next);
      }
      return (V) a[next++ - leafStart];
    }

    /** Finds the leaf holding position {@code index}, and returns its array. */
    private Object[] seek(int index) {
      Node n = Objects.requireNonNull(root);
      int start = 0;
      while (n instanceof Inner in) {
        int c = in.child(index - start);
        start += c == 0 ? 0 : in.ends[c - 1];
        n = in.children[c];
      }
      Leaf l = (Leaf) n;
      leaf = keys ? l.keys : l.values;
      leafStart = start;
      return leaf;
    }

    @Override
    public boolean tryAdvance(Consumer<? super V> action) {
      if (next >= to) {
        return false;
      }
      action.accept(next());
      return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super V> action) {
      while (next < to) {
        action.accept(next());
      }
    }

    @Override
    public @Nullable Spliterator<V> trySplit() {
      int mid = (next + to) >>> 1;
      if (mid <= next) {
        return null;
      }
      Walk<V> prefix = new Walk<>(root, keys, next, mid);
      next = mid;
      leaf = null;
      return prefix;
    }

    @Override
    public long estimateSize() {
      return (long) to - next;
    }

    @Override
    public int characteristics() {
      return ORDERED | SIZED | SUBSIZED | IMMUTABLE | NONNULL;
    }
  }
}
