package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The records of one resource for one (consumer, service). Every record keeps the sequence number of
 * its insertion, the tie-breaker that makes every list order total and stable. All methods are
 * atomic (the table's monitor).
 *
 * <p>Copy-on-write: a stored record is never changed after it is stored (an update stores a changed
 * copy), so a {@link View} of the table can share the stored nodes with no copying, and stays
 * consistent while writers go on. A view is built once per table version (an array of references, in
 * insertion order) and each sort order once per view; a list page then costs the rows it scans, not a
 * copy of the table. Records handed to callers other than the list path are deep copies.
 */
final class RecordTable {
  /** A stored record and its insertion sequence. The record must not be modified. */
  record Entry(long seq, ObjectNode record) {}

  /** Insertion order is sequence order: an update re-puts an existing key, which keeps its place. */
  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private long nextSeq;
  private long created;
  private volatile View view;

  /** Counts API creates in this table: 0, 1, 2, ... (the input of deterministic new ids). */
  synchronized long nextCreateNumber() {
    return created++;
  }

  /** Inserts a copy; returns false (and stores nothing) when the id is taken. */
  synchronized boolean insert(ObjectNode record) {
    String id = record.path("id").asText(null);
    if (id == null || byId.containsKey(id)) {
      return false;
    }
    byId.put(id, new Entry(nextSeq++, record.deepCopy()));
    view = null;
    return true;
  }

  /** A copy of the record, or null. */
  synchronized ObjectNode get(String id) {
    Entry e = byId.get(id);
    return e == null ? null : e.record().deepCopy();
  }

  /** Applies a change to a copy of the stored record and stores it; returns a copy of the result, or null when unknown. */
  synchronized ObjectNode update(String id, Consumer<ObjectNode> change) {
    Entry e = byId.get(id);
    if (e == null) {
      return null;
    }
    ObjectNode next = e.record().deepCopy();
    change.accept(next);
    byId.put(id, new Entry(e.seq(), next));
    view = null;
    return next.deepCopy();
  }

  /** Removes the record; returns a copy of it, or null when unknown. */
  synchronized ObjectNode delete(String id) {
    Entry e = byId.remove(id);
    if (e == null) {
      return null;
    }
    view = null;
    return e.record().deepCopy();
  }

  /** A consistent deep copy of all entries, in insertion order (for test-side inspection). */
  List<Entry> snapshot() {
    Entry[] rows = view().bySeq;
    List<Entry> out = new ArrayList<>(rows.length);
    for (Entry e : rows) {
      out.add(new Entry(e.seq(), e.record().deepCopy()));
    }
    return out;
  }

  /** The table as of now, sharing the (never modified) stored records. */
  View view() {
    View v = view;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      if (view == null) {
        view = new View(byId.values().toArray(new Entry[0]));
      }
      return view;
    }
  }

  synchronized int size() {
    return byId.size();
  }

  /**
   * An immutable version of the table: the entries in insertion order and, built on first use, in the
   * ascending order of each sort field. Its records are the stored ones: read them, never change them.
   */
  static final class View {
    final Entry[] bySeq;
    private final Map<String, Sorted> sorted = new ConcurrentHashMap<>();

    private View(Entry[] bySeq) {
      this.bySeq = bySeq;
    }

    /**
     * The entries in ascending (sort key, sequence) order with their keys; {@code keys} is null for
     * insertion order ({@code sortBy} null).
     */
    Sorted ordered(String sortBy, Function<JsonNode, JsonNode> sortKey) {
      if (sortBy == null || sortKey == null) {
        return new Sorted(bySeq, null);
      }
      return sorted.computeIfAbsent(sortBy, k -> sort(sortKey));
    }

    private Sorted sort(Function<JsonNode, JsonNode> sortKey) {
      record Keyed(Entry entry, JsonNode key) {}
      Keyed[] keyed = new Keyed[bySeq.length];
      for (int i = 0; i < bySeq.length; i++) {
        keyed[i] = new Keyed(bySeq[i], sortKey.apply(bySeq[i].record()));
      }
      Arrays.sort(keyed, (a, b) -> {
        int c = Pager.compareValues(a.key(), b.key());
        return c != 0 ? c : Long.compare(a.entry().seq(), b.entry().seq());
      });
      Entry[] entries = new Entry[keyed.length];
      JsonNode[] keys = new JsonNode[keyed.length];
      for (int i = 0; i < keyed.length; i++) {
        entries[i] = keyed[i].entry();
        keys[i] = keyed[i].key();
      }
      return new Sorted(entries, keys);
    }
  }

  /** Entries in ascending order and, when sorted by a field, each entry's key at the same index. */
  record Sorted(Entry[] entries, JsonNode[] keys) {}
}
