package dev.unisdk.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNeighboursTest {

  @Test
  void cursorsAreValuesEqualOnAllThreeReferences() {
    ApideckCursors a = new ApideckCursors("p", "c", "n");

    assertThat(a).isEqualTo(new ApideckCursors("p", "c", "n")).hasSameHashCodeAs(new ApideckCursors("p", "c", "n"));
    assertThat(a).isNotEqualTo(new ApideckCursors("p", "c", null));
    assertThat(a.previous()).isEqualTo("p");
    assertThat(a.current()).isEqualTo("c");
    assertThat(a.next()).isEqualTo("n");
    assertThat(a).hasToString("ApideckCursors{previous=p, current=c, next=n}");
  }

  @Test
  void linksAreNeverEqualToCursorsWithTheSameValues() {
    ApideckLinks links = new ApideckLinks("p", "c", "n");

    assertThat(links).isNotEqualTo(new ApideckCursors("p", "c", "n"));
    assertThat(links).isEqualTo(new ApideckLinks("p", "c", "n"));
    assertThat(links).hasToString("ApideckLinks{previous=p, current=c, next=n}");
    assertThat(ApideckLinks.NONE.next()).isNull();
  }
}
