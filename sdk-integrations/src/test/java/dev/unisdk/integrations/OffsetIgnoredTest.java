package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.integrations.model.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A server that ignores {@code offset} answers the same full page forever: the blocking and the async
 * list end with an {@link InvalidResponseException} on the second page instead of looping.
 */
class OffsetIgnoredTest extends MockServerTest {
  private static final String SAME_PAGE = "[{\"id\":\"r0\"},{\"id\":\"r1\"}]";

  private void ignoreOffset() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(SAME_PAGE);
      }
    });
  }

  private DataService contacts() {
    return api.data("conn", Category.CRM, "contact");
  }

  @Test
  void theBlockingListFailsOnTheRepeatedPage() {
    ignoreOffset();
    List<String> ids = new ArrayList<>();
    assertThatThrownBy(() -> contacts().list(DataQuery.builder().limit(2).build()).forEach(r -> ids.add(r.id())))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("ignore the offset");
    assertThat(ids).containsExactly("r0", "r1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theAsyncListFailsOnTheRepeatedPage() throws Exception {
    ignoreOffset();
    List<String> ids = new CopyOnWriteArrayList<>();
    Throwable failure = null;
    try {
      contacts().listAsync(DataQuery.builder().limit(2).build()).forEach(r -> ids.add(r.id()))
          .get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    assertThat(failure).isInstanceOf(InvalidResponseException.class).hasMessageContaining("ignore the offset");
    assertThat(ids).containsExactly("r0", "r1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theAsyncListPagesByOffsetUntilAShortPage() throws Exception {
    enqueueJson("[{\"id\":\"r0\"},{\"id\":\"r1\"}]");
    enqueueJson("[{\"id\":\"r2\"}]");
    List<DataRecord> all = contacts().listAsync(DataQuery.builder().limit(2).offset(4).build()).toList()
        .get(10, TimeUnit.SECONDS);
    assertThat(all).extracting(DataRecord::id).containsExactly("r0", "r1", "r2");
    assertThat(take().getPath()).isEqualTo("/api/v1/integrations/conn/crm/contact?limit=2&offset=4");
    assertThat(take().getPath()).isEqualTo("/api/v1/integrations/conn/crm/contact?limit=2&offset=6");
  }
}
