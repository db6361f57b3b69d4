package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Keyset paging over a table {@link RecordTable.View}: records are ordered by (sort value, insertion
 * sequence), reversed entirely for {@code desc}, which is a total order, so walking {@code next} cursors
 * visits each record exactly once even when records are added or removed between pages. Nulls sort
 * first ascending.
 *
 * <p>The view holds the rows already in order, so a page binary-searches its cursor position and scans
 * from there, testing the filter, until it has {@code limit} matches and has seen whether one more
 * exists on either side: a page costs the rows it returns plus those the filter skips, not the table.
 */
final class Pager {
  /** One page and the positions of the cursors around it. */
  record Page(List<RecordTable.Entry> items, CursorCodec.Position previous, CursorCodec.Position next) {}

  private Pager() {}

  /** The rows in the query's order: a logical index over the ascending arrays, reversed for desc. */
  private record Rows(RecordTable.Sorted sorted, boolean descending) {
    int size() {
      return sorted.entries().length;
    }

    private int physical(int i) {
      return descending ? sorted.entries().length - 1 - i : i;
    }

    RecordTable.Entry entry(int i) {
      return sorted.entries()[physical(i)];
    }

    JsonNode key(int i) {
      return sorted.keys() == null ? MissingNode.getInstance() : sorted.keys()[physical(i)];
    }

    /** Compares row i with a cursor position in the query's order. */
    int compareTo(int i, CursorCodec.Position p) {
      return compare(key(i), entry(i).seq(), p.key(), p.seq(), descending);
    }
  }

  static Page page(RecordTable.View view, ListQuery query, CursorCodec.Position from) {
    Rows rows = new Rows(view.ordered(query.sortBy, query.sortKey), query.descending);
    int n = rows.size();
    List<Integer> picked = new ArrayList<>(Math.min(query.limit, 64));
    boolean more; // a match beyond the page in the scan direction
    if (from.mode() == CursorCodec.Mode.BEFORE) {
      int end = firstIndex(rows, from, false);
      int i = scan(rows, query, end - 1, -1, picked);
      more = find(rows, query, i, -1) >= 0;
      Collections.reverse(picked);
      if (picked.isEmpty()) {
        return new Page(List.of(), null, null);
      }
      boolean after = find(rows, query, end, 1) >= 0;
      return page(rows, query, picked, more, after);
    }
    int start = from.mode() == CursorCodec.Mode.START ? 0 : firstIndex(rows, from, true);
    int i = scan(rows, query, start, 1, picked);
    more = find(rows, query, i, 1) >= 0;
    if (picked.isEmpty()) {
      return new Page(List.of(), null, null);
    }
    boolean before = from.mode() != CursorCodec.Mode.START && find(rows, query, picked.get(0) - 1, -1) >= 0;
    return page(rows, query, picked, before, more);
  }

  private static Page page(Rows rows, ListQuery query, List<Integer> picked, boolean before, boolean after) {
    List<RecordTable.Entry> items = new ArrayList<>(picked.size());
    for (int index : picked) {
      items.add(rows.entry(index));
    }
    CursorCodec.Position previous = before ? position(CursorCodec.Mode.BEFORE, rows, picked.get(0)) : null;
    CursorCodec.Position next = after ? position(CursorCodec.Mode.AFTER, rows, picked.get(picked.size() - 1)) : null;
    return new Page(items, previous, next);
  }

  /**
   * Collects up to {@code limit} matching indexes from {@code i} in direction {@code step}; returns the
   * index where the scan stopped (the next one to look at).
   */
  private static int scan(Rows rows, ListQuery query, int i, int step, List<Integer> picked) {
    while (i >= 0 && i < rows.size() && picked.size() < query.limit) {
      if (query.predicate.test(rows.entry(i).record())) {
        picked.add(i);
      }
      i += step;
    }
    return i;
  }

  /** The first matching index from {@code i} in direction {@code step}, or -1. */
  private static int find(Rows rows, ListQuery query, int i, int step) {
    for (; i >= 0 && i < rows.size(); i += step) {
      if (query.predicate.test(rows.entry(i).record())) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the first row strictly after ({@code after}) or not before the position (binary search). */
  private static int firstIndex(Rows rows, CursorCodec.Position p, boolean after) {
    int lo = 0;
    int hi = rows.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = rows.compareTo(mid, p);
      if (after ? c > 0 : c >= 0) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static CursorCodec.Position position(CursorCodec.Mode mode, Rows rows, int i) {
    JsonNode key = rows.key(i);
    return new CursorCodec.Position(mode, key.isMissingNode() ? NullNode.getInstance() : key, rows.entry(i).seq());
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
