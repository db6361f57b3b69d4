package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.model.ActivityType;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.SortDirection;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The list parameters generated from crm.yaml (x-unisdk-list-params) and the issue 15 fidelity points. */
class GeneratedListParamsTest {

  @Test
  void aDirectionAloneIsSentWithoutASortField() {
    ContactListParams p = ContactListParams.builder().sortDirection(SortDirection.DESC).build();

    assertThat(p.sortParams()).containsExactly(entry("direction", "desc"));
    assertThat(p.toQuery(null)).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("sort[direction]=desc");
    assertThat(p.sort().by()).isNull();
    assertThat(p.sort().direction()).isEqualTo(SortDirection.DESC);
    assertThat(ContactListParams.builder().sort(null, SortDirection.ASC).build().sortParams())
        .containsExactly(entry("direction", "asc"));
    assertThat(p.toBuilder().sort(ContactsSortBy.NAME).sortDirection(SortDirection.ASC).build().sortParams())
        .containsExactly(entry("by", "name"), entry("direction", "asc"));
  }

  @Test
  void anUndocumentedDirectionAloneIsStillRefused() {
    assertThatThrownBy(() -> ContactListParams.builder().sortDirection(SortDirection.of("up")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.parameter()).isEqualTo("sort[direction]"));
  }

  @Test
  void toStringMasksPassThroughValues() {
    LeadListParams p = LeadListParams.builder().limit(5).passThrough("api_token", "s3cr3t").build();

    assertThat(p.toString()).isEqualTo("LeadListParams[limit=5, pass_through[api_token]=***]");
    assertThat(p.toString()).doesNotContain("s3cr3t");
    assertThat(p.passThrough()).containsEntry("api_token", "s3cr3t");
  }

  @Test
  void everyListParamsClassIsGeneratedAndFinal() {
    for (Class<?> c : Arrays.asList(ActivityListParams.class, CompanyListParams.class, ContactListParams.class,
        LeadListParams.class, NoteListParams.class, OpportunityListParams.class, PipelineListParams.class,
        UserListParams.class)) {
      assertThat(Modifier.isFinal(c.getModifiers())).as(c.getName()).isTrue();
      assertThat(c.getSuperclass()).isEqualTo(CrmListParams.class);
    }
  }

  @Test
  void activityTypeHasEveryPublishedType() {
    assertThat(ActivityType.knownValues().stream().map(ActivityType::value).collect(Collectors.toList()))
        .containsExactly("call", "meeting", "email", "note", "task", "deadline", "send-letter", "send-quote", "other");
    assertThat(ActivityType.of("send-quote")).isSameAs(ActivityType.SEND_QUOTE);
    assertThat(ActivityType.SEND_LETTER.isKnown()).isTrue();
  }
}
