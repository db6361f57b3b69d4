package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * All Apideck records, isolated per (consumer id, service id, resource). A table is created and
 * seeded with deterministic sample data the first time it is touched.
 */
final class RecordStore {
  /** Identifies one table. */
  record Key(String consumerId, String serviceId, String resource) {}

  private final ConcurrentMap<Key, RecordTable> tables = new ConcurrentHashMap<>();
  private final SeedGenerator seeder;
  private final int seededPerResource;

  RecordStore(SeedGenerator seeder, int seededPerResource) {
    this.seeder = seeder;
    this.seededPerResource = seededPerResource;
  }

  /** The table, created and seeded on first touch (exactly once even under concurrency). */
  RecordTable table(String consumerId, String serviceId, ResourceDef resource) {
    return tables.computeIfAbsent(new Key(consumerId, serviceId, resource.name()), k -> {
      RecordTable table = new RecordTable();
      List<ObjectNode> seeded = seeder.generate(consumerId, serviceId, resource, 0, seededPerResource, seededPerResource);
      for (ObjectNode r : seeded) {
        table.insert(r);
      }
      return table;
    });
  }

  /** Forgets every table. */
  void clear() {
    tables.clear();
  }
}
