package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.integrations.model.Category;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Hostile ids stay one path segment: they can never reach another endpoint. */
class SegmentEncodingTest extends MockServerTest {

  @Test
  void connectionIdWithSlashesAndDotsIsOneEncodedSegment() throws Exception {
    enqueueJson("{\"id\":\"c1\"}");

    api.connections().get("../../v1/integrations/connect?x=1#f");

    RecordedRequest r = take();
    assertThat(r.getPath()).isEqualTo(
        "/api/v1/integrations/connections/..%2F..%2Fv1%2Fintegrations%2Fconnect%3Fx=1%23f");
    assertThat(r.getRequestUrl().pathSegments())
        .containsExactly("api", "v1", "integrations", "connections", "../../v1/integrations/connect?x=1#f");
  }

  @Test
  void connectionIdCategoryAndObjectTypeAreEachOneSegmentOfTheDataPath() throws Exception {
    enqueueJson("[]");

    api.data("a/b", Category.of("crm/../hr"), "con tact%2F").listPage(DataQuery.defaults());

    RecordedRequest r = take();
    assertThat(r.getRequestUrl().pathSegments())
        .containsExactly("api", "v1", "integrations", "a/b", "crm/../hr", "con tact%2F");
    assertThat(r.getPath()).startsWith("/api/v1/integrations/a%2Fb/crm%2F..%2Fhr/con%20tact%252F?");
  }

  @Test
  void deleteAndPassthroughEncodeTheConnectionIdToo() throws Exception {
    enqueueJson("{}");
    enqueueJson("{}");

    api.connections().delete("x/passthrough");
    api.passthrough("..\\x", PassthroughParams.get("/y"));

    assertThat(take().getPath()).isEqualTo("/api/v1/integrations/connections/x%2Fpassthrough");
    assertThat(take().getRequestUrl().pathSegments())
        .containsExactly("api", "v1", "integrations", "..\\x", "passthrough");
  }
}
