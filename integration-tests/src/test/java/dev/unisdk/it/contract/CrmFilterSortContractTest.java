package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.crm.ActivityListParams;
import dev.unisdk.crm.CompanyListParams;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.CrmListParams;
import dev.unisdk.crm.LeadListParams;
import dev.unisdk.crm.OpportunityListParams;
import dev.unisdk.crm.model.ActivitiesSortBy;
import dev.unisdk.crm.model.CompaniesSortBy;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.LeadsSortBy;
import dev.unisdk.crm.model.OpportunitiesSortBy;
import dev.unisdk.crm.model.SortDirection;
import dev.unisdk.fakeserver.ApideckAdmin;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented {@code filter[...]} and {@code sort[by]} of the five CRM resources that take them
 * (INDEX.md), checked against the seeded records the fake holds: the filtered list is exactly the records
 * that match, the sorted list holds every record once in order.
 */
@ExtendWith(FakeServerExtension.class)
class CrmFilterSortContractTest {
  FakeServer server;
  private CrmClient crm;

  @BeforeEach
  void client() {
    crm = Contract.crm(server);
  }

  @AfterEach
  void close() {
    if (crm != null) {
      crm.close();
    }
  }

  /** One documented filter: how to read a record's value, when a record matches, how the SDK sets it. */
  record FilterCase(CrmResource<?, ?> resource, String field, Function<JsonNode, List<String>> values,
      BiPredicate<JsonNode, String> matches, Function<String, Consumer<CrmListParams.Builder<?>>> filter) {
    @Override
    public String toString() {
      return resource.name + " filter[" + field + "]";
    }
  }

  static Stream<FilterCase> filters() {
    return Stream.of(
        text(CrmResource.COMPANIES, "name", v -> b -> ((CompanyListParams.Builder) b).filter(f -> f.name(v))),
        text(CrmResource.CONTACTS, "name", v -> b -> ((ContactListParams.Builder) b).filter(f -> f.name(v))),
        text(CrmResource.CONTACTS, "first_name", v -> b -> ((ContactListParams.Builder) b).filter(f -> f.firstName(v))),
        text(CrmResource.CONTACTS, "last_name", v -> b -> ((ContactListParams.Builder) b).filter(f -> f.lastName(v))),
        item(CrmResource.CONTACTS, "email", "emails", "email",
            v -> b -> ((ContactListParams.Builder) b).filter(f -> f.email(v))),
        item(CrmResource.CONTACTS, "phone_number", "phone_numbers", "number",
            v -> b -> ((ContactListParams.Builder) b).filter(f -> f.phoneNumber(v))),
        text(CrmResource.CONTACTS, "company_id", v -> b -> ((ContactListParams.Builder) b).filter(f -> f.companyId(v))),
        text(CrmResource.LEADS, "name", v -> b -> ((LeadListParams.Builder) b).filter(f -> f.name(v))),
        text(CrmResource.LEADS, "first_name", v -> b -> ((LeadListParams.Builder) b).filter(f -> f.firstName(v))),
        text(CrmResource.LEADS, "last_name", v -> b -> ((LeadListParams.Builder) b).filter(f -> f.lastName(v))),
        item(CrmResource.LEADS, "email", "emails", "email",
            v -> b -> ((LeadListParams.Builder) b).filter(f -> f.email(v))),
        text(CrmResource.OPPORTUNITIES, "title", v -> b -> ((OpportunityListParams.Builder) b).filter(f -> f.title(v))),
        text(CrmResource.OPPORTUNITIES, "status", v -> b -> ((OpportunityListParams.Builder) b).filter(f -> f.status(v))),
        number(CrmResource.OPPORTUNITIES, "monetary_amount",
            v -> b -> ((OpportunityListParams.Builder) b).filter(f -> f.monetaryAmount(new BigDecimal(v)))),
        number(CrmResource.OPPORTUNITIES, "win_probability",
            v -> b -> ((OpportunityListParams.Builder) b).filter(f -> f.winProbability(new BigDecimal(v)))),
        text(CrmResource.OPPORTUNITIES, "company_id",
            v -> b -> ((OpportunityListParams.Builder) b).filter(f -> f.companyId(v))),
        text(CrmResource.OPPORTUNITIES, "owner_id", v -> b -> ((OpportunityListParams.Builder) b).filter(f -> f.ownerId(v))),
        text(CrmResource.OPPORTUNITIES, "primary_contact_id",
            v -> b -> ((OpportunityListParams.Builder) b).filter(f -> f.primaryContactId(v))),
        text(CrmResource.ACTIVITIES, "company_id", v -> b -> ((ActivityListParams.Builder) b).filter(f -> f.companyId(v))),
        text(CrmResource.ACTIVITIES, "owner_id", v -> b -> ((ActivityListParams.Builder) b).filter(f -> f.ownerId(v))),
        text(CrmResource.ACTIVITIES, "contact_id", v -> b -> ((ActivityListParams.Builder) b).filter(f -> f.contactId(v))),
        new FilterCase(CrmResource.ACTIVITIES, "updated_since", r -> textValues(r.path("updated_at")),
            (r, v) -> r.path("updated_at").isTextual()
                && !OffsetDateTime.parse(r.path("updated_at").textValue()).isBefore(OffsetDateTime.parse(v)),
            v -> b -> ((ActivityListParams.Builder) b).filter(f -> f.updatedSince(OffsetDateTime.parse(v)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void filterReturnsExactlyTheMatchingRecords(FilterCase c) {
    List<JsonNode> seeded = seeded(c.resource());
    List<String> candidates = new ArrayList<>();
    for (JsonNode r : seeded) {
      candidates.addAll(c.values().apply(r));
    }
    assertThat(candidates).as("seeded records hold values of %s", c.field()).isNotEmpty();
    // the middle value: for updated_since it splits the records, for the others any value will do
    candidates.sort(Comparator.naturalOrder());
    String value = candidates.get(candidates.size() / 2);
    List<String> expected = new ArrayList<>();
    for (JsonNode r : seeded) {
      if (c.matches().test(r, value)) {
        expected.add(r.path("id").asText());
      }
    }

    List<String> listed = listIds(c.resource(), c.filter().apply(value), 50);

    assertThat(expected).isNotEmpty().hasSizeLessThan(seeded.size());
    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    RecordedRequest wire = server.requests().last();
    assertThat(wire.queryParam("filter[" + c.field() + "]")).isNotNull();
    if (!c.field().equals("updated_since") && !c.field().equals("monetary_amount")
        && !c.field().equals("win_probability")) {
      assertThat(wire.queryParam("filter[" + c.field() + "]")).isEqualTo(value);
    }
  }

  /** One documented sort field with a direction. */
  record SortCase(CrmResource<?, ?> resource, String field, boolean descending,
      Consumer<CrmListParams.Builder<?>> sort, Function<JsonNode, JsonNode> key) {
    @Override
    public String toString() {
      return resource.name + " sort[by]=" + field + " " + (descending ? "desc" : "asc");
    }
  }

  static Stream<SortCase> sorts() {
    List<SortCase> out = new ArrayList<>();
    for (boolean desc : new boolean[] {false, true}) {
      SortDirection d = desc ? SortDirection.DESC : SortDirection.ASC;
      for (CompaniesSortBy by : List.of(CompaniesSortBy.CREATED_AT, CompaniesSortBy.UPDATED_AT, CompaniesSortBy.NAME)) {
        out.add(new SortCase(CrmResource.COMPANIES, by.value(), desc,
            b -> ((CompanyListParams.Builder) b).sort(by, d), field(by.value())));
      }
      for (ContactsSortBy by : List.of(ContactsSortBy.CREATED_AT, ContactsSortBy.UPDATED_AT, ContactsSortBy.NAME,
          ContactsSortBy.FIRST_NAME, ContactsSortBy.LAST_NAME, ContactsSortBy.EMAIL)) {
        out.add(new SortCase(CrmResource.CONTACTS, by.value(), desc,
            b -> ((ContactListParams.Builder) b).sort(by, d), field(by.value())));
      }
      for (LeadsSortBy by : List.of(LeadsSortBy.CREATED_AT, LeadsSortBy.UPDATED_AT, LeadsSortBy.NAME,
          LeadsSortBy.FIRST_NAME, LeadsSortBy.LAST_NAME, LeadsSortBy.EMAIL)) {
        out.add(new SortCase(CrmResource.LEADS, by.value(), desc,
            b -> ((LeadListParams.Builder) b).sort(by, d), field(by.value())));
      }
      for (OpportunitiesSortBy by : List.of(OpportunitiesSortBy.CREATED_AT, OpportunitiesSortBy.UPDATED_AT,
          OpportunitiesSortBy.TITLE, OpportunitiesSortBy.WIN_PROBABILITY, OpportunitiesSortBy.MONETARY_AMOUNT,
          OpportunitiesSortBy.STATUS)) {
        out.add(new SortCase(CrmResource.OPPORTUNITIES, by.value(), desc,
            b -> ((OpportunityListParams.Builder) b).sort(by, d), field(by.value())));
      }
      for (ActivitiesSortBy by : List.of(ActivitiesSortBy.CREATED_AT, ActivitiesSortBy.UPDATED_AT)) {
        out.add(new SortCase(CrmResource.ACTIVITIES, by.value(), desc,
            b -> ((ActivityListParams.Builder) b).sort(by, d), field(by.value())));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sorts")
  void sortReturnsEveryRecordOnceInOrder(SortCase c) {
    List<JsonNode> seeded = seeded(c.resource());

    List<JsonNode> listed = listJson(c.resource(), c.sort(), 50);

    assertThat(listed.stream().map(r -> r.path("id").asText())).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(seeded.stream().map(r -> r.path("id").asText()).toList());
    List<JsonNode> keys = listed.stream().map(c.key()).filter(k -> !k.isMissingNode() && !k.isNull()).toList();
    assertThat(keys).as("records with a value of %s", c.field()).hasSizeGreaterThan(seeded.size() / 2);
    for (int i = 1; i < keys.size(); i++) {
      int cmp = compare(keys.get(i - 1), keys.get(i));
      assertThat(c.descending() ? cmp >= 0 : cmp <= 0)
          .as("%s: %s then %s at %d", c, keys.get(i - 1), keys.get(i), i).isTrue();
    }
    assertThat(server.requests().of("crm." + c.resource().name + ".list")).allSatisfy(q -> {
      assertThat(q.queryParam("sort[by]")).isEqualTo(c.field());
      assertThat(q.queryParam("sort[direction]")).isEqualTo(c.descending() ? "desc" : "asc");
    });
  }

  // ------------------------------------------------------------------ helpers

  private List<JsonNode> seeded(CrmResource<?, ?> r) {
    return server.apideck().records(Contract.CONSUMER, ApideckAdmin.DEFAULT_CRM_SERVICE_ID, r.name);
  }

  private List<String> listIds(CrmResource<?, ?> r, Consumer<CrmListParams.Builder<?>> spec, int limit) {
    return listJson(r, spec, limit).stream().map(j -> j.path("id").asText()).toList();
  }

  private List<JsonNode> listJson(CrmResource<?, ?> r, Consumer<CrmListParams.Builder<?>> spec, int limit) {
    return listAll(r, spec, limit);
  }

  private <T, P extends CrmListParams> List<JsonNode> listAll(CrmResource<T, P> r,
      Consumer<CrmListParams.Builder<?>> spec, int limit) {
    ApideckResourceService<T, P> service = r.service.apply(crm);
    List<JsonNode> out = new ArrayList<>();
    for (T item : service.list(r.params(b -> {
      b.limit(limit);
      spec.accept(b);
    }))) {
      out.add(Contract.modelJson(item));
    }
    return out;
  }

  private static FilterCase text(CrmResource<?, ?> r, String field, Function<String, Consumer<CrmListParams.Builder<?>>> f) {
    return new FilterCase(r, field, rec -> textValues(rec.path(field)),
        (rec, v) -> rec.path(field).isTextual() && rec.path(field).textValue().equalsIgnoreCase(v), f);
  }

  private static FilterCase number(CrmResource<?, ?> r, String field,
      Function<String, Consumer<CrmListParams.Builder<?>>> f) {
    return new FilterCase(r, field,
        rec -> rec.path(field).isNumber() ? List.of(rec.path(field).decimalValue().toPlainString()) : List.of(),
        (rec, v) -> rec.path(field).isNumber() && rec.path(field).decimalValue().compareTo(new BigDecimal(v)) == 0, f);
  }

  private static FilterCase item(CrmResource<?, ?> r, String field, String array, String member,
      Function<String, Consumer<CrmListParams.Builder<?>>> f) {
    return new FilterCase(r, field, rec -> {
      List<String> out = new ArrayList<>();
      for (JsonNode i : rec.path(array)) {
        out.addAll(textValues(i.path(member)));
      }
      return out;
    }, (rec, v) -> {
      for (JsonNode i : rec.path(array)) {
        if (i.path(member).isTextual() && i.path(member).textValue().equalsIgnoreCase(v)) {
          return true;
        }
      }
      return false;
    }, f);
  }

  private static List<String> textValues(JsonNode n) {
    return n.isTextual() && !n.textValue().isEmpty() ? List.of(n.textValue()) : List.of();
  }

  private static Function<JsonNode, JsonNode> field(String name) {
    if (name.equals("email")) {
      return r -> r.path("emails").path(0).path("email");
    }
    return r -> r.path(name);
  }

  /** Numbers by value, date-times by instant, other text case-insensitively. */
  private static int compare(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    String sa = a.asText();
    String sb = b.asText();
    if (sa.length() > 18 && sa.charAt(10) == 'T' && sb.length() > 18 && sb.charAt(10) == 'T') {
      return OffsetDateTime.parse(sa).compareTo(OffsetDateTime.parse(sb));
    }
    return sa.toLowerCase(Locale.ROOT).compareTo(sb.toLowerCase(Locale.ROOT));
  }
}
