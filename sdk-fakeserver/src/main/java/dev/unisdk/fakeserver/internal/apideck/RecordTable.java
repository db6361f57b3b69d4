package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The records of one resource for one (consumer, service). Every record keeps the sequence number of
 * its insertion, the tie-breaker that makes every list order total and stable. All methods are
 * atomic (the table's monitor); records go in and come out as deep copies.
 */
final class RecordTable {
  /** A stored record and its insertion sequence. */
  record Entry(long seq, ObjectNode record) {}

  private final Map<String, Entry> byId = new HashMap<>();
  private long nextSeq;
  private long created;

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
    return true;
  }

  /** A copy of the record, or null. */
  synchronized ObjectNode get(String id) {
    Entry e = byId.get(id);
    return e == null ? null : e.record().deepCopy();
  }

  /** Applies a change to the stored record; returns a copy of the result, or null when unknown. */
  synchronized ObjectNode update(String id, Consumer<ObjectNode> change) {
    Entry e = byId.get(id);
    if (e == null) {
      return null;
    }
    ObjectNode next = e.record().deepCopy();
    change.accept(next);
    byId.put(id, new Entry(e.seq(), next));
    return next.deepCopy();
  }

  /** Removes the record; returns a copy of it, or null when unknown. */
  synchronized ObjectNode delete(String id) {
    Entry e = byId.remove(id);
    return e == null ? null : e.record();
  }

  /** A consistent copy of all entries, in insertion order. */
  synchronized List<Entry> snapshot() {
    List<Entry> out = new ArrayList<>(byId.size());
    for (Entry e : byId.values()) {
      out.add(new Entry(e.seq(), e.record().deepCopy()));
    }
    out.sort((a, b) -> Long.compare(a.seq(), b.seq()));
    return out;
  }

  synchronized int size() {
    return byId.size();
  }
}
