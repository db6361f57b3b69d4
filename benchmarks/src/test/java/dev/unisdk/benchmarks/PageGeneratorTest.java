package dev.unisdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PageGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void splicedPagesEqualTheTreeBuiltPagesOfTheFixtures() throws IOException {
    PageGenerator generator = new PageGenerator(450, 200);
    assertThat(JSON.readTree(generator.page(0))).isEqualTo(JSON.readTree(Fixtures.listPage(200, 0, "c200")));
    assertThat(JSON.readTree(generator.page(200))).isEqualTo(JSON.readTree(Fixtures.listPage(200, 200, "c400")));
    assertThat(JSON.readTree(generator.page(400))).isEqualTo(JSON.readTree(Fixtures.listPage(50, 400, null)));
  }

  @Test
  void cursorsRoundTripAndForeignCursorsAreRejected() {
    assertThat(PageGenerator.offsetOf(PageGenerator.cursor(123_400))).isEqualTo(123_400);
    assertThat(PageGenerator.offsetOf(null)).isZero();
    assertThatThrownBy(() -> PageGenerator.offsetOf("x1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void streamingRoutesServeThePageOfTheCursorAnd404Otherwise() throws IOException {
    var routes = Routes.streaming(new PageGenerator(1000, 200));
    String second = new String(routes.apply("GET /crm/contacts?cursor=c200&limit=200"), "UTF-8");
    assertThat(second).startsWith("HTTP/1.1 200 OK").contains("\"id\":\"200\"").contains("\"next\":\"c400\"")
        .doesNotContain("\"id\":\"199\"").doesNotContain("\"id\":\"400\"");
    assertThat(new String(routes.apply("GET /crm/contacts?cursor=zz&limit=200"), "UTF-8"))
        .startsWith("HTTP/1.1 404");
    assertThat(new String(routes.apply("GET /crm/companies?limit=200"), "UTF-8")).startsWith("HTTP/1.1 404");
  }
}
