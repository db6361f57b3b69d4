package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Keyset paging over a snapshot: records are ordered by (sort value, insertion sequence), reversed
 * entirely for {@code desc}, which is a total order, so walking {@code next} cursors visits each record
 * exactly once even when records are added or removed between pages. Nulls sort first ascending.
 */
final class Pager {
  /** One page and the positions of the cursors around it. */
  record Page(List<RecordTable.Entry> items, CursorCodec.Position previous, CursorCodec.Position next) {}

  private Pager() {}

  static Page page(List<RecordTable.Entry> all, ListQuery query, CursorCodec.Position from) {
    List<RecordTable.Entry> rows = new ArrayList<>();
    for (RecordTable.Entry e : all) {
      if (query.predicate.test(e.record())) {
        rows.add(e);
      }
    }
    Comparator<RecordTable.Entry> order = (a, b) -> compare(key(query, a), a.seq(), key(query, b), b.seq(), query.descending);
    rows.sort(order);
    int start;
    int end;
    switch (from.mode()) {
      case START -> {
        start = 0;
        end = Math.min(rows.size(), query.limit);
      }
      case AFTER -> {
        start = firstIndex(rows, query, from, true);
        end = Math.min(rows.size(), start + query.limit);
      }
      case BEFORE -> {
        end = firstIndex(rows, query, from, false);
        start = Math.max(0, end - query.limit);
      }
      default -> throw new IllegalStateException();
    }
    List<RecordTable.Entry> items = rows.subList(start, end);
    CursorCodec.Position previous = start > 0 && !items.isEmpty()
        ? position(CursorCodec.Mode.BEFORE, query, items.get(0)) : null;
    CursorCodec.Position next = end < rows.size() && !items.isEmpty()
        ? position(CursorCodec.Mode.AFTER, query, items.get(items.size() - 1)) : null;
    return new Page(new ArrayList<>(items), previous, next);
  }

  /** Index of the first row strictly after ({@code after}) or not before the position. */
  private static int firstIndex(List<RecordTable.Entry> rows, ListQuery query, CursorCodec.Position p, boolean after) {
    for (int i = 0; i < rows.size(); i++) {
      RecordTable.Entry e = rows.get(i);
      int c = compare(key(query, e), e.seq(), p.key(), p.seq(), query.descending);
      if (after ? c > 0 : c >= 0) {
        return i;
      }
    }
    return rows.size();
  }

  private static CursorCodec.Position position(CursorCodec.Mode mode, ListQuery query, RecordTable.Entry e) {
    JsonNode key = key(query, e);
    return new CursorCodec.Position(mode, key.isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : key, e.seq());
  }

  private static JsonNode key(ListQuery query, RecordTable.Entry e) {
    return query.sortKey == null ? MissingNode.getInstance() : query.sortKey.apply(e.record());
  }

  private static int compare(JsonNode ka, long sa, JsonNode kb, long sb, boolean descending) {
    int c = compareValues(ka, kb);
    if (c == 0) {
      c = Long.compare(sa, sb);
    }
    return descending ? -c : c;
  }

  /** Null/missing first, then numbers, booleans, strings (case-insensitive, then exact), others by text. */
  static int compareValues(JsonNode a, JsonNode b) {
    boolean an = a == null || a.isNull() || a.isMissingNode();
    boolean bn = b == null || b.isNull() || b.isMissingNode();
    if (an || bn) {
      return an && bn ? 0 : an ? -1 : 1;
    }
    int ra = rank(a);
    int rb = rank(b);
    if (ra != rb) {
      return Integer.compare(ra, rb);
    }
    if (a.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    if (a.isBoolean()) {
      return Boolean.compare(a.booleanValue(), b.booleanValue());
    }
    String sa = a.isTextual() ? a.textValue() : a.toString();
    String sb = b.isTextual() ? b.textValue() : b.toString();
    int c = sa.toLowerCase(Locale.ROOT).compareTo(sb.toLowerCase(Locale.ROOT));
    return c != 0 ? c : sa.compareTo(sb);
  }

  private static int rank(JsonNode n) {
    return n.isNumber() ? 0 : n.isBoolean() ? 1 : n.isTextual() ? 2 : 3;
  }
}
