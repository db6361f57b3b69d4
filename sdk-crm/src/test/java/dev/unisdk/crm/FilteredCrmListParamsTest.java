package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.model.ActivitiesSortBy;
import dev.unisdk.crm.model.CompaniesSortBy;
import dev.unisdk.crm.model.ContactsFilter;
import dev.unisdk.crm.model.ContactsSort;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.LeadsSortBy;
import dev.unisdk.crm.model.OpportunitiesSortBy;
import dev.unisdk.crm.model.SortDirection;
import org.junit.jupiter.api.Test;

class FilteredCrmListParamsTest {

  @Test
  void aSortModelSetsFieldAndDirectionLikeTheTwoArgumentSort() {
    ContactListParams fromModel = ContactListParams.builder()
        .sort(ContactsSort.builder().by(ContactsSortBy.EMAIL).direction(SortDirection.DESC).build()).build();
    ContactListParams fromArgs = ContactListParams.builder().sort(ContactsSortBy.EMAIL, SortDirection.DESC).build();

    assertThat(fromModel.toQuery(null)).isEqualTo(fromArgs.toQuery(null));
    assertThat(fromModel.sort()).isEqualTo(fromArgs.sort());
    assertThat(fromModel.sortParams()).containsExactly(entry("by", "email"), entry("direction", "desc"));
  }

  @Test
  void aNullSortModelClearsAnEarlierSort() {
    ContactListParams p = ContactListParams.builder().sort(ContactsSortBy.NAME, SortDirection.ASC)
        .sort((ContactsSort) null).build();

    assertThat(p.sort()).isNull();
    assertThat(p.sortParams()).isEmpty();
  }

  @Test
  void aSortFieldAloneResetsTheDirection() {
    ContactListParams p = ContactListParams.builder().sort(ContactsSortBy.NAME, SortDirection.DESC)
        .sort(ContactsSortBy.EMAIL).build();

    assertThat(p.sort().by()).isEqualTo(ContactsSortBy.EMAIL);
    assertThat(p.sort().direction()).isNull();
    assertThat(p.sortParams()).containsOnlyKeys("by");
  }

  @Test
  void aSortModelWithAnUndocumentedMemberIsRefused() {
    ContactsSort sort = ContactsSort.builder().by(ContactsSortBy.NAME)
        .putAdditionalProperty("nulls", TextNode.valueOf("last")).build();

    assertThatThrownBy(() -> ContactListParams.builder().sort(sort))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.parameter()).isEqualTo("sort[nulls]"));
  }

  @Test
  void anUndocumentedFilterMemberIsRefusedNamingTheResourceAndItsFilters() {
    ContactsFilter filter = ContactsFilter.builder().putAdditionalProperty("title", TextNode.valueOf("CTO")).build();

    assertThatThrownBy(() -> ContactListParams.builder().filter(filter))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.parameter()).isEqualTo("filter[title]");
          assertThat(e.getMessage()).contains("contacts").contains("phone_number");
        });
  }

  @Test
  void anUnknownSortFieldInAModelIsRefused() {
    ContactsSort sort = ContactsSort.builder().by(ContactsSortBy.of("title")).build();

    assertThatThrownBy(() -> ContactListParams.builder().sort(sort))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.parameter()).isEqualTo("sort[by]"));
  }

  @Test
  void everyFilteredParamsClassRoundTripsThroughToBuilder() {
    CompanyListParams companies = CompanyListParams.builder().filter(f -> f.name("SpaceX"))
        .sort(CompaniesSortBy.NAME, SortDirection.ASC).limit(5).build();
    LeadListParams leads = LeadListParams.builder().filter(f -> f.email("elon@musk.com"))
        .sort(LeadsSortBy.FIRST_NAME).passThrough("search", "x").build();
    OpportunityListParams opportunities = OpportunityListParams.builder().filter(f -> f.title("Deal"))
        .sort(OpportunitiesSortBy.STATUS, SortDirection.DESC).cursor("c1").build();
    ActivityListParams activities = ActivityListParams.builder().filter(f -> f.companyId("1"))
        .sort(ActivitiesSortBy.UPDATED_AT, SortDirection.ASC).fields("id").build();

    assertThat(companies.toBuilder().build().toQuery(null)).isEqualTo(companies.toQuery(null));
    assertThat(companies.toBuilder().build().filter()).isEqualTo(companies.filter());
    assertThat(leads.toBuilder().build().toQuery(null)).isEqualTo(leads.toQuery(null));
    assertThat(leads.toBuilder().build().sort()).isEqualTo(leads.sort());
    assertThat(opportunities.toBuilder().build().toQuery(null)).isEqualTo(opportunities.toQuery(null));
    assertThat(activities.toBuilder().build().toQuery(null)).isEqualTo(activities.toQuery(null));
    assertThat(activities.toBuilder().build().filter().companyId()).isEqualTo("1");
  }

  @Test
  void filteredParamsAreStillCrmListParams() {
    CrmListParams p = ContactListParams.builder().passThrough("search", "ada").build();

    assertThat(p.passThrough()).containsEntry("search", "ada");
  }
}
