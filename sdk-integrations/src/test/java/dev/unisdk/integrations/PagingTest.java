package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.Page;
import dev.unisdk.core.PagedIterable;
import dev.unisdk.integrations.model.Category;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Offset paging of data records: lazy, one request per page, ends on a short page. */
class PagingTest extends MockServerTest {

  private static String records(int from, int count) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"id\":\"r").append(from + i).append("\",\"name\":\"n").append(from + i).append("\"}");
    }
    return sb.append(']').toString();
  }

  private DataService contacts() {
    return api.data("conn", Category.CRM, "contact");
  }

  @Test
  void iteratesOverSeveralPagesAndStopsAfterAShortPage() throws Exception {
    enqueueJson(records(0, 3));
    enqueueJson(records(3, 3));
    enqueueJson(records(6, 1));

    List<String> ids = new ArrayList<>();
    for (DataRecord r : contacts().list(DataQuery.builder().limit(3).query("acme").build())) {
      ids.add(r.id());
    }

    assertThat(ids).containsExactly("r0", "r1", "r2", "r3", "r4", "r5", "r6");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(take().getPath()).isEqualTo("/api/v1/integrations/conn/crm/contact?limit=3&query=acme");
    assertThat(take().getPath())
        .isEqualTo("/api/v1/integrations/conn/crm/contact?limit=3&offset=3&query=acme");
    assertThat(take().getPath())
        .isEqualTo("/api/v1/integrations/conn/crm/contact?limit=3&offset=6&query=acme");
  }

  @Test
  void whenTheTotalIsAnExactMultipleOfTheLimitOneEmptyPageEndsTheIteration() throws Exception {
    enqueueJson(records(0, 2));
    enqueueJson(records(2, 2));
    enqueueJson("[]");

    List<String> ids = contacts().list(DataQuery.builder().limit(2).build()).stream()
        .map(DataRecord::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("r0", "r1", "r2", "r3");
    assertThat(server.getRequestCount()).isEqualTo(3);
    take();
    take();
    assertThat(take().getPath()).isEqualTo("/api/v1/integrations/conn/crm/contact?limit=2&offset=4");
  }

  @Test
  void aFirstPageShorterThanTheLimitIsTheOnlyRequest() throws Exception {
    enqueueJson(records(0, 49));

    assertThat(contacts().list()).hasSize(49);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(take().getPath()).isEqualTo("/api/v1/integrations/conn/crm/contact?limit=50");
  }

  @Test
  void requestsTheNextPageOnlyWhenIterationPassesTheLastRecord() throws Exception {
    enqueueJson(records(0, 2));
    enqueueJson(records(2, 1));

    PagedIterable<DataRecord> all = contacts().list(DataQuery.builder().limit(2).build());
    assertThat(server.getRequestCount()).as("nothing fetched before iterating").isZero();

    Iterator<DataRecord> it = all.iterator();
    assertThat(it.next().id()).isEqualTo("r0");
    assertThat(it.next().id()).isEqualTo("r1");
    assertThat(server.getRequestCount()).as("second page not fetched yet").isEqualTo(1);
    assertThat(it.hasNext()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(it.next().id()).isEqualTo("r2");
    assertThat(it.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void startsAtTheQueryOffsetAndKeepsTheFilterOnEveryPage() throws Exception {
    enqueueJson(records(10, 5));
    enqueueJson(records(15, 0));

    List<Page<DataRecord>> pages = new ArrayList<>();
    for (Page<DataRecord> p : contacts().list(DataQuery.builder().limit(5).offset(10)
        .updatedSince(java.time.Instant.parse("2024-01-02T03:04:05Z")).build()).pages()) {
      pages.add(p);
    }

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).items()).hasSize(5);
    assertThat(pages.get(0).response().statusCode()).isEqualTo(200);
    assertThat(take().getPath()).isEqualTo(
        "/api/v1/integrations/conn/crm/contact?limit=5&offset=10&updated_gte=2024-01-02T03%3A04%3A05Z");
    assertThat(take().getPath()).isEqualTo(
        "/api/v1/integrations/conn/crm/contact?limit=5&offset=15&updated_gte=2024-01-02T03%3A04%3A05Z");
  }

  @Test
  void nextQueryFollowsAFullPageAndIsNullAfterAShortOne() throws Exception {
    enqueueJson(records(0, 2));
    enqueueJson(records(2, 1));

    DataQuery first = DataQuery.builder().limit(2).query("q").build();
    Page<DataRecord> p1 = contacts().listPageAsync(first).get();
    DataQuery second = first.next(p1);
    Page<DataRecord> p2 = contacts().listPageAsync(second).get();

    assertThat(second.offset()).isEqualTo(2);
    assertThat(second.query()).isEqualTo("q");
    assertThat(second.next(p2)).isNull();
    assertThat(p2.items()).extracting(DataRecord::id).containsExactly("r2");
    take();
    assertThat(take().getPath()).isEqualTo("/api/v1/integrations/conn/crm/contact?limit=2&offset=2&query=q");
  }

  @Test
  void aBodyThatIsNotAnArrayOfObjectsIsAnInvalidResponse() {
    enqueueJson("{\"data\":[]}");
    enqueueJson("[{\"id\":\"1\"}, 42]");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> contacts().listPage(DataQuery.defaults()))
        .isInstanceOf(dev.unisdk.core.errors.InvalidResponseException.class)
        .hasMessageContaining("expected a JSON array of records");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> contacts().listPage(DataQuery.defaults()))
        .isInstanceOf(dev.unisdk.core.errors.InvalidResponseException.class)
        .hasMessageContaining("record [1] is not a JSON object");
  }
}
