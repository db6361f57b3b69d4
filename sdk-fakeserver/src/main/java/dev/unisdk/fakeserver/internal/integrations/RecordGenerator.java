package dev.unisdk.fakeserver.internal.integrations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.Seeds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates realistic records for a (connection, category, object type), deterministically from a
 * seed: the same inputs always give the same records. Records are created in id order, one every
 * few hours from {@link #EPOCH}, each updated some time after its creation.
 */
final class RecordGenerator {
  /** Creation time of the first record. */
  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private static final String[] FIRST = {"Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara",
      "Ken", "Frances", "Edsger", "Radia", "Tim", "Hedy", "John", "Katherine", "Niklaus", "Sophie", "Donald",
      "Shafi", "Leslie", "Annie", "Guido", "Jean", "Bjarne"};
  private static final String[] LAST = {"Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie",
      "Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Lamarr", "McCarthy", "Johnson",
      "Wirth", "Wilson", "Knuth", "Goldwasser", "Lamport", "Easley", "van Rossum", "Bartik", "Stroustrup"};
  private static final String[] COMPANY = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries",
      "Wayne Enterprises", "Soylent", "Tyrell", "Cyberdyne", "Vandelay", "Wonka", "Pied Piper", "Aperture"};
  private static final String[] SUFFIX = {"Inc", "GmbH", "Ltd", "BV", "SA", "LLC"};
  private static final String[] CITY = {"Amsterdam", "Berlin", "Boston", "Lisbon", "London", "Paris",
      "San Francisco", "Toronto", "Tokyo", "Zurich"};
  private static final String[] COUNTRY = {"NL", "DE", "US", "PT", "GB", "FR", "US", "CA", "JP", "CH"};
  private static final String[] INDUSTRY = {"Software", "Manufacturing", "Retail", "Finance", "Healthcare",
      "Logistics", "Education"};
  private static final String[] TITLE = {"CEO", "CTO", "Engineer", "Sales Manager", "Account Executive",
      "Recruiter", "Designer", "Support Lead"};
  private static final String[] WORDS = {"quarterly", "review", "renewal", "onboarding", "invoice", "roadmap",
      "kickoff", "migration", "integration", "workshop", "follow-up", "proposal", "launch", "audit"};

  private RecordGenerator() {}

  /** {@code count} records of one object type, oldest (and lowest id) first. Unmodifiable. */
  static List<ObjectNode> generate(long seed, String connectionId, String category, String objectType, int count) {
    long base = Seeds.derive(seed, connectionId, category, objectType);
    List<ObjectNode> out = new ArrayList<>(count);
    Instant created = EPOCH;
    for (int i = 0; i < count; i++) {
      SplittableRandom rnd = new SplittableRandom(Seeds.nth(base, i));
      created = created.plus(Duration.ofMinutes(60 + rnd.nextInt(6 * 60)));
      Instant updated = created.plus(Duration.ofMinutes(rnd.nextInt(90 * 24 * 60)));
      ObjectNode node = FakeJson.object();
      node.put("id", String.format(Locale.ROOT, "%s_%s_%05d", objectType, shortId(base), i + 1));
      node.put("created_at", created.toString());
      node.put("updated_at", updated.toString());
      fill(node, category, objectType, rnd, i);
      out.add(node);
    }
    return Collections.unmodifiableList(out);
  }

  private static String shortId(long base) {
    return Long.toString(base & 0xffffffL, 36);
  }

  private static String pick(SplittableRandom rnd, String[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private static void fill(ObjectNode n, String category, String objectType, SplittableRandom rnd, int i) {
    String first = pick(rnd, FIRST);
    String last = pick(rnd, LAST);
    String company = pick(rnd, COMPANY);
    String domain = company.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
    String email = (first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '-') + (i + 1) + "@" + domain;
    switch (objectType) {
      case "contact", "person", "customer", "candidate", "employee", "member" -> {
        n.put("name", first + " " + last);
        n.put("first_name", first);
        n.put("last_name", last);
        ArrayNode emails = n.putArray("emails");
        emails.addObject().put("email", email).put("type", "WORK");
        if (!objectType.equals("member")) {
          n.putArray("telephones").addObject()
              .put("telephone", String.format(Locale.ROOT, "+1-555-%03d-%04d", rnd.nextInt(1000), i))
              .put("type", "WORK");
          n.put("title", pick(rnd, TITLE));
          n.put("company", company + " " + pick(rnd, SUFFIX));
        }
        if (objectType.equals("employee")) {
          n.put("employment_status", rnd.nextInt(10) == 0 ? "INACTIVE" : "ACTIVE");
        }
        address(n, rnd);
      }
      case "company" -> {
        n.put("name", company + " " + pick(rnd, SUFFIX) + " " + (i + 1));
        n.putArray("domains").add(domain);
        n.put("industry", pick(rnd, INDUSTRY));
        n.put("employees", 10 + rnd.nextInt(5000));
        address(n, rnd);
      }
      case "lead" -> {
        n.put("name", first + " " + last);
        n.put("company_name", company + " " + pick(rnd, SUFFIX));
        n.putArray("emails").addObject().put("email", email).put("type", "WORK");
        n.put("status", rnd.nextBoolean() ? "NEW" : "QUALIFIED");
      }
      case "deal", "transaction", "invoice" -> {
        n.put("name", capital(pick(rnd, WORDS)) + " " + company + " " + (i + 1));
        n.put("amount", money(rnd));
        n.put("currency", "USD");
        switch (objectType) {
          case "deal" -> {
            n.put("stage", pick(rnd, new String[] {"Qualification", "Proposal", "Negotiation", "Won", "Lost"}));
            n.put("probability", rnd.nextInt(101));
          }
          case "invoice" -> {
            n.put("invoice_number", String.format(Locale.ROOT, "INV-%05d", i + 1));
            n.put("status", rnd.nextBoolean() ? "PAID" : "AUTHORIZED");
          }
          default -> n.put("memo", pick(rnd, WORDS) + " payment");
        }
      }
      case "event" -> {
        n.put("name", capital(pick(rnd, WORDS)) + " with " + first + " " + last);
        n.put("subject", n.get("name").asText());
        Instant start = EPOCH.plus(Duration.ofHours(24L * i + 9 + rnd.nextInt(8)));
        n.put("start_at", start.toString());
        n.put("end_at", start.plus(Duration.ofMinutes(30L * (1 + rnd.nextInt(4)))).toString());
        n.put("location", pick(rnd, CITY));
      }
      case "ticket" -> {
        n.put("name", capital(pick(rnd, WORDS)) + " issue #" + (i + 1));
        n.put("subject", n.get("name").asText());
        n.put("description", "Customer " + first + " " + last + " reports a " + pick(rnd, WORDS) + " problem");
        n.put("status", rnd.nextBoolean() ? "ACTIVE" : "CLOSED");
        n.put("priority", pick(rnd, new String[] {"LOW", "MEDIUM", "HIGH"}));
      }
      case "file" -> {
        String word = pick(rnd, WORDS);
        n.put("name", word + "-" + (i + 1) + ".pdf");
        n.put("size", 1024 + rnd.nextInt(10_000_000));
        n.put("mime_type", "application/pdf");
        n.put("type", "FILE");
      }
      case "message" -> {
        n.put("name", capital(pick(rnd, WORDS)));
        n.put("subject", n.get("name").asText());
        n.put("message", "Hello from " + first + " about the " + pick(rnd, WORDS));
        n.putObject("author_member").put("name", first + " " + last).put("email", email);
      }
      default -> {
        n.put("name", capital(pick(rnd, WORDS)) + " " + objectType + " " + (i + 1));
        n.put("description", "A " + category + " " + objectType + " of " + company);
      }
    }
  }

  private static void address(ObjectNode n, SplittableRandom rnd) {
    int city = rnd.nextInt(CITY.length);
    n.putObject("address").put("city", CITY[city]).put("country", COUNTRY[city]);
  }

  private static BigDecimal money(SplittableRandom rnd) {
    return BigDecimal.valueOf(100 + rnd.nextInt(1_000_000), 2);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
