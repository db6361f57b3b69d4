package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic, deterministic sample records. Record {@code i} of a resource for a (consumer, service)
 * depends only on the seed and those four values, so two servers with the same seed serve the same
 * data, and references between resources (a contact's {@code company_id}) point at seeded records.
 * Timestamps are anchored at a fixed instant, not the clock, so they are deterministic too.
 */
final class SeedGenerator {
  private static final Instant ANCHOR = Instant.parse("2025-06-01T09:00:00Z");

  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Linus", "Margaret", "Katherine", "Tim", "Barbara",
      "Dennis", "Frances", "Ken", "Radia", "Edsger", "Hedy", "John", "Sophie", "Yukihiro", "Anita", "Guido", "Joan",
      "Bjarne", "Lynn", "Niklaus", "Shafi", "James", "Mary", "Donald", "Karen", "Tony", "Evelyn"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Johnson",
      "Berners-Lee", "Liskov", "Ritchie", "Allen", "Thompson", "Perlman", "Dijkstra", "Lamarr", "McCarthy", "Wilson",
      "Matsumoto", "Borg", "van Rossum", "Clarke", "Stroustrup", "Conway", "Wirth", "Goldwasser", "Gosling",
      "Keller", "Knuth", "Sparck Jones", "Hoare", "Boyd"};
  private static final String[] COMPANIES = {"Acme Rockets", "Globex", "Initech", "Umbrella Labs", "Stark Industries",
      "Wayne Enterprises", "Hooli", "Pied Piper", "Vandelay Industries", "Soylent", "Cyberdyne Systems", "Tyrell",
      "Wonka Foods", "Gringotts", "Oceanic Airlines", "Monarch Solutions", "Aperture Science", "Black Mesa",
      "Massive Dynamic", "Prestige Worldwide", "Sterling Cooper", "Dunder Mifflin", "Bluth Company", "Nakatomi Trading",
      "Virtucon", "Zorg Industries", "Blue Sun", "Weyland Corp", "Duff Brewing", "Los Pollos Hermanos"};
  private static final String[] INDUSTRIES = {"Aerospace", "Software", "Retail", "Banking", "Manufacturing",
      "Healthcare", "Logistics", "Media", "Energy", "Education"};
  private static final String[][] CITIES = {
      {"San Francisco", "CA", "94104", "US", "37.7897", "-122.4000", "San Francisco"},
      {"New York", "NY", "10001", "US", "40.7506", "-73.9972", "New York"},
      {"Austin", "TX", "78701", "US", "30.2711", "-97.7437", "Travis"},
      {"London", "England", "EC1A 1BB", "GB", "51.5202", "-0.0977", "Greater London"},
      {"Ghent", "East Flanders", "9000", "BE", "51.0543", "3.7174", "Ghent"},
      {"Amsterdam", "North Holland", "1012 AB", "NL", "52.3730", "4.8924", "Amsterdam"},
      {"Berlin", "Berlin", "10115", "DE", "52.5321", "13.3849", "Berlin"},
      {"Melbourne", "VIC", "3000", "AU", "-37.8136", "144.9631", "Melbourne"},
      {"Toronto", "ON", "M5H 2N2", "CA", "43.6511", "-79.3832", "Toronto"},
      {"Dublin", "Leinster", "D02 X285", "IE", "53.3438", "-6.2546", "Dublin"}};
  private static final String[] STREETS = {"Main Street", "Market Street", "Spring Street", "Harbour Road",
      "Station Lane", "King Street", "Mill Road", "Park Avenue", "Church Street", "High Street"};
  private static final String[] TITLES = {"CEO", "CTO", "VP Sales", "Account Executive", "Head of Marketing",
      "Procurement Manager", "Software Engineer", "Office Manager", "CFO", "Customer Success Lead"};
  private static final String[] DEPARTMENTS = {"Sales", "Engineering", "Marketing", "Finance", "Operations", "Support"};
  private static final String[] LEAD_SOURCES = {"Website", "Cold Call", "Referral", "Trade Show", "Partner", "LinkedIn"};
  private static final String[] TAGS = {"New", "VIP", "Partner", "Churn risk", "Enterprise", "SMB", "Newsletter"};
  private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "AUD", "CAD"};
  private static final String[] OPPORTUNITY_STATUS = {"Open", "Won", "Lost"};
  private static final String[] OPPORTUNITY_TYPES = {"New Business", "Existing Customer - Upgrade", "Renewal"};
  private static final String[] PRIORITIES = {"None", "Low", "Medium", "High"};
  private static final String[] ACTIVITY_TYPES = {"call", "meeting", "email", "note"};
  private static final String[] NOTE_TOPICS = {"Kick-off call", "Pricing discussion", "Security review",
      "Quarterly business review", "Renewal terms", "Onboarding feedback", "Demo follow-up"};
  private static final String[] STAGES = {"Qualification", "Needs Analysis", "Proposal", "Negotiation", "Closed Won"};
  private static final String[] SMS_BODIES = {"Your order has shipped and arrives tomorrow.",
      "Reminder: your appointment is at 10:00 tomorrow.", "Your verification code is 428913.",
      "Thanks for your payment of $49.00.", "Hi! Are you still interested in a demo next week?"};

  private final long seed;

  SeedGenerator(long seed) {
    this.seed = seed;
  }

  /** The id of seeded record {@code index}; deterministic, so other resources can reference it. */
  String id(String consumerId, String serviceId, String resource, int index) {
    long h = mix(seed ^ fnv(consumerId + "\u0000" + serviceId + "\u0000" + resource) ^ (index * 0x9E3779B97F4A7C15L));
    return String.format(Locale.ROOT, "%016x", h);
  }

  /**
   * The id of the {@code n}-th record created through the API in a table: deterministic (the same seed
   * and call order give the same ids) and from another sequence than seeded ids.
   */
  String createdId(String consumerId, String serviceId, String resource, long n) {
    long h = mix(~seed ^ fnv("created\u0000" + consumerId + "\u0000" + serviceId + "\u0000" + resource)
        ^ ((n + 1) * 0xC2B2AE3D27D4EB4FL));
    return String.format(Locale.ROOT, "%016x", h);
  }

  /**
   * Records {@code from .. from+count-1}.
   *
   * @param peers how many seeded records other resources hold (for references); 0 for none
   */
  List<ObjectNode> generate(String consumerId, String serviceId, ResourceDef resource, int from, int count, int peers) {
    List<ObjectNode> out = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      Random rnd = new Random(mix(seed ^ fnv(consumerId + "/" + serviceId + "/" + resource.name()) + i));
      Ctx c = new Ctx(consumerId, serviceId, rnd, peers, i);
      ObjectNode r = FakeJson.object();
      r.put("id", id(consumerId, serviceId, resource.name(), i));
      switch (resource.name()) {
        case "companies" -> company(c, r);
        case "contacts" -> contact(c, r);
        case "leads" -> lead(c, r);
        case "opportunities" -> opportunity(c, r);
        case "pipelines" -> pipeline(c, r);
        case "notes" -> note(c, r);
        case "users" -> user(c, r);
        case "activities" -> activity(c, r);
        case "messages" -> message(c, r);
        default -> throw new IllegalArgumentException(resource.name());
      }
      stamps(c, r, resource);
      resource.derive().apply(r);
      out.add(r);
    }
    return out;
  }

  private final class Ctx {
    final String consumerId;
    final String serviceId;
    final Random rnd;
    final int peers;
    final int index;

    Ctx(String consumerId, String serviceId, Random rnd, int peers, int index) {
      this.consumerId = consumerId;
      this.serviceId = serviceId;
      this.rnd = rnd;
      this.peers = peers;
      this.index = index;
    }

    String pick(String[] values) {
      return values[rnd.nextInt(values.length)];
    }

    /** A seeded company as {id, name}; id null (and a random name) when none are seeded. */
    String[] company() {
      if (peers == 0) {
        return new String[] {null, pick(COMPANIES)};
      }
      int i = rnd.nextInt(peers);
      return new String[] {id(consumerId, serviceId, "companies", i), companyName(i)};
    }

    /** Id of a seeded record of another resource, or null when none are seeded. */
    String ref(String resource) {
      return peers == 0 ? null : id(consumerId, serviceId, resource, rnd.nextInt(peers));
    }
  }

  private void company(Ctx c, ObjectNode r) {
    String name = companyName(c.index);
    String domain = domain(name);
    String first = c.pick(FIRST);
    String last = c.pick(LAST);
    r.put("name", name);
    r.put("interaction_count", c.rnd.nextInt(40));
    r.put("owner_id", c.ref("users"));
    r.put("image", "https://logo.example.com/" + domain + ".png");
    r.put("description", name + " is a " + c.pick(INDUSTRIES).toLowerCase(Locale.ROOT) + " company.");
    r.put("vat_number", "BE0" + (100000000 + c.rnd.nextInt(899999999)));
    r.put("currency", c.pick(CURRENCIES));
    r.put("status", c.rnd.nextBoolean() ? "Open" : "Customer");
    r.put("fax", phoneText(c));
    r.put("annual_revenue", "+$" + (1 + c.rnd.nextInt(500)) + "m");
    r.put("number_of_employees", c.pick(new String[] {"1-10", "11-50", "51-200", "201-500", "500-1000", "1000+"}));
    r.put("industry", c.pick(INDUSTRIES));
    r.put("ownership", c.rnd.nextBoolean() ? "Public" : "Private");
    r.put("sales_tax_number", (10000 + c.rnd.nextInt(89999)) + "EN");
    r.put("payee_number", (10000 + c.rnd.nextInt(89999)) + "EN");
    r.putNull("abn_or_tfn");
    r.putNull("abn_branch");
    r.putNull("acn");
    r.put("first_name", first);
    r.put("last_name", last);
    r.putNull("parent_id");
    ArrayNode banks = r.putArray("bank_accounts");
    ObjectNode bank = banks.addObject();
    bank.put("bank_name", c.pick(new String[] {"Monzo", "ING", "Chase", "Barclays", "KBC"}));
    bank.put("account_number", String.valueOf(10000000 + c.rnd.nextInt(89999999)));
    bank.put("account_name", name.toUpperCase(Locale.ROOT));
    bank.put("account_type", "bank_account");
    bank.put("iban", "BE" + (10 + c.rnd.nextInt(89)) + String.format(Locale.ROOT, "%012d", Math.abs(c.rnd.nextLong() % 1_000_000_000_000L)));
    bank.put("bic", "GEBABEBB");
    bank.putNull("routing_number");
    bank.putNull("bsb_number");
    bank.putNull("branch_identifier");
    bank.putNull("bank_code");
    bank.put("currency", r.get("currency").textValue());
    website(r.putArray("websites").addObject(), c, "https://www." + domain);
    address(r.putArray("addresses").addObject(), c, name, first + " " + last, domain);
    ObjectNode social = r.putArray("social_links").addObject();
    social.put("id", "sl-" + c.index);
    social.put("url", "https://www.linkedin.com/company/" + domain.replace(".example", ""));
    social.put("type", "linkedin");
    phone(r.putArray("phone_numbers").addObject(), c, "primary");
    email(r.putArray("emails").addObject(), c, "info@" + domain, "primary");
    ObjectNode rowType = r.putObject("row_type");
    rowType.put("id", "rt-" + (1 + c.rnd.nextInt(3)));
    rowType.put("name", c.pick(new String[] {"Customer Account", "Prospect", "Partner"}));
    customFields(r, c);
    tags(r, c);
    r.put("read_only", false);
    r.put("last_activity_at", iso(ANCHOR.minusSeconds(c.rnd.nextInt(86400 * 30))));
    r.put("deleted", false);
    r.putNull("salutation");
    r.putNull("birthday");
  }

  private void contact(Ctx c, ObjectNode r) {
    String first = c.pick(FIRST);
    String last = c.pick(LAST);
    String[] companyRef = c.company();
    String company = companyRef[1];
    String domain = domain(company);
    r.put("name", first + " " + last);
    r.put("owner_id", c.ref("users"));
    r.put("type", c.pick(new String[] {"customer", "supplier", "employee", "personal"}));
    r.put("company_id", companyRef[0]);
    r.put("company_name", company);
    r.put("lead_id", c.ref("leads"));
    r.put("first_name", first);
    r.putNull("middle_name");
    r.put("last_name", last);
    r.put("prefix", c.rnd.nextBoolean() ? "Mr." : "Ms.");
    r.putNull("suffix");
    r.put("title", c.pick(TITLES));
    r.put("department", c.pick(DEPARTMENTS));
    r.put("language", c.pick(new String[] {"EN", "NL", "FR", "DE"}));
    r.put("gender", c.pick(new String[] {"male", "female", "unisex"}));
    r.put("birthday", LocalDate.of(1960 + c.rnd.nextInt(40), 1 + c.rnd.nextInt(12), 1 + c.rnd.nextInt(28)).toString());
    r.putNull("image");
    r.put("photo_url", "https://avatars.example.com/" + slug(first + "-" + last) + ".png");
    r.put("lead_source", c.pick(LEAD_SOURCES));
    r.putNull("fax");
    r.put("description", "Met at " + c.pick(new String[] {"SaaStr", "Web Summit", "a partner dinner", "our webinar"}));
    r.put("current_balance", BigDecimal.valueOf(c.rnd.nextInt(1_000_000), 2));
    r.put("status", c.rnd.nextBoolean() ? "open" : "active");
    r.put("active", c.rnd.nextInt(10) > 0);
    website(r.putArray("websites").addObject(), c, "https://www." + domain);
    address(r.putArray("addresses").addObject(), c, "Office", first + " " + last, domain);
    ObjectNode social = r.putArray("social_links").addObject();
    social.put("id", "sl-" + c.index);
    social.put("url", "https://twitter.com/" + slug(first + last));
    social.put("type", "twitter");
    ArrayNode phones = r.putArray("phone_numbers");
    phone(phones.addObject(), c, "work");
    if (c.rnd.nextBoolean()) {
      phone(phones.addObject(), c, "mobile");
    }
    String email = slug(first) + "." + slug(last) + "@" + domain;
    email(r.putArray("emails").addObject(), c, email, "work");
    r.put("email_domain", domain);
    customFields(r, c);
    tags(r, c);
    r.put("first_call_at", iso(ANCHOR.minusSeconds(86400L * (200 + c.rnd.nextInt(100)))));
    r.put("first_email_at", iso(ANCHOR.minusSeconds(86400L * (150 + c.rnd.nextInt(100)))));
    r.put("last_activity_at", iso(ANCHOR.minusSeconds(c.rnd.nextInt(86400 * 30))));
  }

  private void lead(Ctx c, ObjectNode r) {
    String first = c.pick(FIRST);
    String last = c.pick(LAST);
    String[] companyRef = c.company();
    String company = companyRef[1];
    String domain = domain(company);
    r.put("name", first + " " + last);
    r.put("company_name", company);
    r.put("owner_id", c.ref("users"));
    r.put("company_id", companyRef[0]);
    r.putNull("lead_id");
    r.put("lead_source", c.pick(LEAD_SOURCES));
    r.put("first_name", first);
    r.put("last_name", last);
    r.put("description", "Interested in the " + c.pick(new String[] {"Starter", "Growth", "Enterprise"}) + " plan");
    r.put("prefix", c.rnd.nextBoolean() ? "Mr." : "Ms.");
    r.put("title", c.pick(TITLES));
    r.put("language", "EN");
    r.put("status", c.pick(new String[] {"New", "Contacted", "Qualified", "Unqualified"}));
    r.put("monetary_amount", 1000 * (1 + c.rnd.nextInt(200)));
    r.put("currency", c.pick(CURRENCIES));
    r.putNull("fax");
    website(r.putArray("websites").addObject(), c, "https://www." + domain);
    address(r.putArray("addresses").addObject(), c, company, first + " " + last, domain);
    r.putArray("social_links");
    phone(r.putArray("phone_numbers").addObject(), c, "primary");
    email(r.putArray("emails").addObject(), c, slug(first) + "@" + domain, "primary");
    customFields(r, c);
    tags(r, c);
  }

  private void opportunity(Ctx c, ObjectNode r) {
    String[] companyRef = c.company();
    String company = companyRef[1];
    r.put("title", company + " - " + c.pick(new String[] {"Platform licence", "Expansion", "Pilot", "Renewal 2026"}));
    r.put("primary_contact_id", c.ref("contacts"));
    r.put("description", "Opportunity for " + company);
    r.put("type", c.pick(OPPORTUNITY_TYPES));
    r.put("monetary_amount", 500 * (1 + c.rnd.nextInt(400)));
    r.put("currency", c.pick(CURRENCIES));
    r.put("win_probability", 10 * c.rnd.nextInt(11));
    String status = c.pick(OPPORTUNITY_STATUS);
    r.put("close_date", "Open".equals(status) ? null : LocalDate.of(2025, 1 + c.rnd.nextInt(12), 1 + c.rnd.nextInt(28)).toString());
    r.putNull("loss_reason_id");
    r.put("loss_reason", "Lost".equals(status) ? "No budget" : null);
    r.putNull("won_reason_id");
    r.put("won_reason", "Won".equals(status) ? "Best pitch" : null);
    r.put("pipeline_id", c.ref("pipelines"));
    r.put("pipeline_stage_id", slug(c.pick(STAGES)));
    r.putNull("source_id");
    r.put("lead_id", c.ref("leads"));
    r.put("lead_source", c.pick(LEAD_SOURCES));
    String contact = c.ref("contacts");
    r.put("contact_id", contact);
    ArrayNode ids = r.putArray("contact_ids");
    if (contact != null) {
      ids.add(contact);
    }
    r.put("company_id", companyRef[0]);
    r.put("company_name", company);
    r.put("owner_id", c.ref("users"));
    r.put("priority", c.pick(PRIORITIES));
    r.put("status", status);
    r.put("status_id", slug(status));
    tags(r, c);
    r.put("interaction_count", c.rnd.nextInt(25));
    customFields(r, c);
    r.put("stage_last_changed_at", iso(ANCHOR.minusSeconds(c.rnd.nextInt(86400 * 60))));
    r.put("last_activity_at", iso(ANCHOR.minusSeconds(c.rnd.nextInt(86400 * 30))));
    r.put("deleted", false);
    r.put("date_stage_changed", iso(ANCHOR.minusSeconds(86400L * c.rnd.nextInt(60))));
    r.put("date_last_contacted", iso(ANCHOR.minusSeconds(86400L * c.rnd.nextInt(30))));
    r.put("date_lead_created", iso(ANCHOR.minusSeconds(86400L * (60 + c.rnd.nextInt(300)))));
  }

  private void pipeline(Ctx c, ObjectNode r) {
    r.put("name", c.pick(new String[] {"Sales Pipeline", "Renewals", "Partners", "Enterprise Deals"}) + " " + (c.index + 1));
    r.put("currency", c.pick(CURRENCIES));
    r.put("archived", false);
    r.put("active", c.rnd.nextInt(5) > 0);
    r.put("display_order", c.index + 1);
    r.put("win_probability_enabled", c.rnd.nextBoolean());
    ArrayNode stages = r.putArray("stages");
    for (int s = 0; s < STAGES.length; s++) {
      ObjectNode stage = stages.addObject();
      stage.put("id", slug(STAGES[s]));
      stage.put("name", STAGES[s]);
      stage.put("value", STAGES[s].toUpperCase(Locale.ROOT).replace(' ', '_'));
      stage.put("win_probability", s == STAGES.length - 1 ? 100 : 10 + 20 * s);
      stage.put("display_order", s + 1);
    }
  }

  private void note(Ctx c, ObjectNode r) {
    String topic = c.pick(NOTE_TOPICS);
    r.put("title", topic);
    r.put("content", topic + ": " + c.pick(new String[] {"agreed on next steps.", "waiting for legal review.",
        "customer asked for a discount.", "send the proposal by Friday."}));
    r.put("owner_id", c.ref("users"));
    r.put("contact_id", c.ref("contacts"));
    r.put("company_id", c.ref("companies"));
    r.put("opportunity_id", c.ref("opportunities"));
    r.put("lead_id", c.ref("leads"));
    r.put("active", true);
  }

  private void user(Ctx c, ObjectNode r) {
    String first = FIRST[(c.index * 7 + 3) % FIRST.length];
    String last = LAST[(c.index * 11 + 5) % LAST.length];
    r.putNull("parent_id");
    r.put("username", slug(first + last) + c.index);
    r.put("first_name", first);
    r.put("last_name", last);
    r.put("title", c.pick(TITLES));
    r.put("division", c.pick(new String[] {"Europe", "Americas", "APAC"}));
    r.put("department", c.pick(DEPARTMENTS));
    r.put("company_name", "Fake CRM Inc.");
    r.put("employee_number", String.format(Locale.ROOT, "%06d-AB", 100 + c.index));
    r.put("description", first + " works in " + r.get("department").textValue());
    r.put("image", "https://avatars.example.com/" + slug(first + "-" + last) + ".png");
    r.put("language", "EN");
    r.put("status", c.rnd.nextInt(8) > 0 ? "active" : "inactive");
    address(r.putArray("addresses").addObject(), c, "Office", first + " " + last, "fakecrm.example");
    phone(r.putArray("phone_numbers").addObject(), c, "work");
    email(r.putArray("emails").addObject(), c, slug(first) + "." + slug(last) + "@fakecrm.example", "primary");
  }

  private void activity(Ctx c, ObjectNode r) {
    String type = c.pick(ACTIVITY_TYPES);
    Instant start = ANCHOR.minusSeconds(3600L * c.rnd.nextInt(24 * 90));
    int minutes = 15 * (1 + c.rnd.nextInt(8));
    r.put("downstream_id", "ds-" + c.index);
    r.put("activity_datetime", iso(start));
    r.put("duration_seconds", minutes * 60);
    r.put("user_id", c.ref("users"));
    r.putNull("account_id");
    r.put("contact_id", c.ref("contacts"));
    r.put("company_id", c.ref("companies"));
    r.put("opportunity_id", c.ref("opportunities"));
    r.put("lead_id", c.ref("leads"));
    r.put("owner_id", c.ref("users"));
    for (String f : new String[] {"campaign_id", "case_id", "asset_id", "contract_id", "product_id", "solution_id", "custom_object_id"}) {
      r.putNull(f);
    }
    r.put("type", type);
    r.put("title", Character.toUpperCase(type.charAt(0)) + type.substring(1) + ": " + c.pick(NOTE_TOPICS));
    r.put("description", "Discuss " + c.pick(NOTE_TOPICS).toLowerCase(Locale.ROOT));
    r.putNull("note");
    r.put("location", "meeting".equals(type) ? "Head office" : null);
    ObjectNode location = FakeJson.object();
    address(location, c, "Head office", null, "fakecrm.example");
    r.set("location_address", location);
    r.put("all_day_event", false);
    r.put("private", c.rnd.nextInt(5) == 0);
    r.put("group_event", "meeting".equals(type));
    r.putNull("event_sub_type");
    r.putNull("group_event_type");
    r.put("child", false);
    r.put("archived", false);
    r.put("deleted", false);
    r.put("show_as", "busy");
    r.put("done", start.isBefore(ANCHOR.minusSeconds(86400)));
    r.put("start_datetime", iso(start));
    r.put("end_datetime", iso(start.plusSeconds(minutes * 60L)));
    r.put("activity_date", start.atOffset(ZoneOffset.UTC).toLocalDate().toString());
    r.put("end_date", start.plusSeconds(minutes * 60L).atOffset(ZoneOffset.UTC).toLocalDate().toString());
    r.put("recurrent", false);
    r.put("reminder_datetime", iso(start.minusSeconds(900)));
    r.put("reminder_set", c.rnd.nextBoolean());
    r.put("video_conference_url", "meeting".equals(type) ? "https://meet.example.com/" + c.index : null);
    r.putNull("video_conference_id");
    customFields(r, c);
    ArrayNode attendees = r.putArray("attendees");
    String first = c.pick(FIRST);
    String last = c.pick(LAST);
    ObjectNode a = attendees.addObject();
    a.put("id", "att-" + c.index);
    a.put("name", first + " " + last);
    a.put("first_name", first);
    a.putNull("middle_name");
    a.put("last_name", last);
    a.putNull("prefix");
    a.putNull("suffix");
    a.put("email_address", slug(first) + "@" + domain(c.pick(COMPANIES)));
    a.put("is_organizer", true);
    a.put("status", c.pick(new String[] {"accepted", "tentative", "declined"}));
    a.put("user_id", c.ref("users"));
    a.put("contact_id", c.ref("contacts"));
    a.put("updated_at", iso(start.minusSeconds(86400)));
    a.put("created_at", iso(start.minusSeconds(86400 * 2)));
  }

  private void message(Ctx c, ObjectNode r) {
    r.put("from", "+1501712" + String.format(Locale.ROOT, "%04d", c.rnd.nextInt(10000)));
    r.put("to", "+3247" + String.format(Locale.ROOT, "%07d", c.rnd.nextInt(10_000_000)));
    boolean mms = c.rnd.nextInt(5) == 0;
    if (mms) {
      r.put("subject", "Picture");
    }
    r.put("body", c.pick(SMS_BODIES));
    r.put("type", mms ? "mms" : "sms");
    r.put("reference", "CUST" + String.format(Locale.ROOT, "%03d", c.index + 1));
    r.put("messaging_service_id", "MG" + String.format(Locale.ROOT, "%08x", c.rnd.nextInt()));
    r.put("webhook_url", "https://hooks.example.com/sms/" + c.consumerId);
  }

  private void stamps(Ctx c, ObjectNode r, ResourceDef resource) {
    Instant created = ANCHOR.minusSeconds(60L * (c.rnd.nextInt(60 * 24 * 365) + 60 * 24));
    Instant updated = created.plusSeconds(60L * c.rnd.nextInt(60 * 24 * 30));
    if (updated.isAfter(ANCHOR)) {
      updated = ANCHOR;
    }
    if (resource.schema().field("custom_mappings") != null) {
      r.putObject("custom_mappings");
    }
    if (resource.schema().field("created_by") != null) {
      String by = "users".equals(resource.name()) ? null : id(c.consumerId, c.serviceId, "users", 0);
      r.put("updated_by", by);
      r.put("created_by", by);
    }
    r.put("updated_at", iso(updated));
    r.put("created_at", iso(created));
    if (resource == Resources.MESSAGES) {
      r.put("sent_at", iso(created));
    }
  }

  /** The name of seeded company {@code index}: unique per index. */
  private static String companyName(int index) {
    return COMPANIES[index % COMPANIES.length] + (index >= COMPANIES.length ? " " + (index / COMPANIES.length + 1) : "");
  }

  private static void website(ObjectNode w, Ctx c, String url) {
    w.put("id", "web-" + c.index);
    w.put("url", url);
    w.put("type", "primary");
  }

  private static void address(ObjectNode a, Ctx c, String name, String contactName, String domain) {
    String[] city = CITIES[c.rnd.nextInt(CITIES.length)];
    int number = 1 + c.rnd.nextInt(250);
    String street = STREETS[c.rnd.nextInt(STREETS.length)];
    a.put("id", "addr-" + c.index);
    a.put("type", "primary");
    a.put("string", number + " " + street + ", " + city[0] + ", " + city[1] + " " + city[2]);
    a.put("name", name);
    a.put("line1", number + " " + street);
    a.putNull("line2");
    a.putNull("line3");
    a.putNull("line4");
    a.put("street_number", String.valueOf(number));
    a.put("city", city[0]);
    a.put("state", city[1]);
    a.put("postal_code", city[2]);
    a.put("country", city[3]);
    a.put("latitude", city[4]);
    a.put("longitude", city[5]);
    a.put("county", city[6]);
    a.put("contact_name", contactName);
    a.putNull("salutation");
    a.put("phone_number", phoneText(c));
    a.putNull("fax");
    a.put("email", "office@" + domain);
    a.put("website", "https://www." + domain);
    a.putNull("notes");
    a.put("row_version", "1-" + (10000 + c.rnd.nextInt(89999)));
  }

  private static void phone(ObjectNode p, Ctx c, String type) {
    p.put("id", "ph-" + c.index + "-" + type);
    p.put("country_code", "1");
    p.put("area_code", String.valueOf(200 + c.rnd.nextInt(800)));
    p.put("number", (100 + c.rnd.nextInt(900)) + "-" + (1000 + c.rnd.nextInt(9000)));
    p.putNull("extension");
    p.put("type", type);
  }

  private static void email(ObjectNode e, Ctx c, String address, String type) {
    e.put("id", "em-" + c.index);
    e.put("email", address);
    e.put("type", type);
  }

  /** Custom fields of every documented value type: string, number, boolean, object, arrays and null. */
  private static void customFields(ObjectNode r, Ctx c) {
    ArrayNode fields = r.putArray("custom_fields");
    ObjectNode level = field(fields, "cf-level", "employee_level", "Employee Level");
    level.put("value", c.pick(new String[] {"Junior", "Senior", "Director", "C-level"}));
    ObjectNode score = field(fields, "cf-score", "lead_score", "Lead score");
    score.put("value", c.rnd.nextInt(100));
    ObjectNode consent = field(fields, "cf-consent", "marketing_consent", "Marketing consent");
    consent.put("value", c.rnd.nextBoolean());
    int variant = c.rnd.nextInt(4);
    ObjectNode extra = field(fields, "cf-extra", "integration_data", "Integration data");
    switch (variant) {
      case 0 -> {
        ObjectNode v = extra.putObject("value");
        v.put("source", "import");
        v.put("batch", 1 + c.rnd.nextInt(9));
      }
      case 1 -> extra.putArray("value").add("alpha").add("beta");
      case 2 -> {
        ArrayNode v = extra.putArray("value");
        v.addObject().put("key", "plan").put("value", "growth");
        v.addObject().put("key", "seats").put("value", 5 + c.rnd.nextInt(50));
      }
      default -> extra.putNull("value");
    }
  }

  private static ObjectNode field(ArrayNode fields, String id, String name, String description) {
    ObjectNode f = fields.addObject();
    f.put("id", id);
    f.put("name", name);
    f.put("description", description);
    return f;
  }

  private static void tags(ObjectNode r, Ctx c) {
    ArrayNode tags = r.putArray("tags");
    tags.add(TAGS[c.rnd.nextInt(TAGS.length)]);
    if (c.rnd.nextBoolean()) {
      String second = TAGS[c.rnd.nextInt(TAGS.length)];
      if (!second.equals(tags.get(0).textValue())) {
        tags.add(second);
      }
    }
  }

  private static String phoneText(Ctx c) {
    return "+1 " + (200 + c.rnd.nextInt(800)) + " " + (100 + c.rnd.nextInt(900)) + " " + (1000 + c.rnd.nextInt(9000));
  }

  private static String domain(String company) {
    return slug(company.replace(" ", "")) + ".example";
  }

  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
  }

  static String iso(Instant instant) {
    return Timestamps.format(instant);
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
