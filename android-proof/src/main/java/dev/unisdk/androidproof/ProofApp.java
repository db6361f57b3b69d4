package dev.unisdk.androidproof;

import dev.unisdk.Unisdk;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.Email;
import dev.unisdk.crm.model.EmailType;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.integrations.model.Integration;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UserSession;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A small app-like program as an Android app would use the SDK: CRM, SMS, Integrations and
 * UnificationEngine calls whose models are encoded and decoded by Jackson. The build shrinks it with
 * ProGuard using only the rules shipped in the jars (plus the usual Android defaults), then runs the
 * shrunk jar against the fake server. Prints one line per call and "PROOF OK" at the end; any failure
 * is an exception and a non-zero exit.
 *
 * <p>Arguments: Apideck/UnificationEngine base URL, Integrations base URL, Apideck API key, app id,
 * Integrations token, UnificationEngine app key and secret.
 */
public final class ProofApp {
  private ProofApp() {}

  /** Runs every call; throws on the first failure. */
  public static void main(String[] args) {
    if (args.length != 7) {
      throw new IllegalArgumentException("expected 7 arguments, got " + args.length);
    }
    List<String> done = new ArrayList<>();
    try (Unisdk unisdk = Unisdk.builder()
        .apideck(args[2], args[3], "android-proof").apideckBaseUrl(args[0])
        .integrationsToken(args[4]).integrationsBaseUrl(args[1])
        .unificationEngine(args[5], args[6]).unificationEngineBaseUrl(args[0])
        .build()) {

      // CRM: a model with nested models and an enum goes out through Jackson and comes back.
      String id = unisdk.crm().contacts().create(Contact.builder()
          .name("Ada Lovelace").firstName("Ada").lastName("Lovelace").title("Engineer")
          .addEmail(Email.builder().email("ada@example.com").type(EmailType.WORK).build())
          .build()).id();
      Contact ada = unisdk.crm().contacts().get(id);
      check("Ada Lovelace".equals(ada.name()) && "Engineer".equals(ada.title()), "contact round trip: " + ada);
      check(!ada.emails().isEmpty() && ada.emails().get(0).type() == EmailType.WORK, "nested email: " + ada.emails());
      int listed = 0;
      for (Contact c : unisdk.crm().contacts().list()) {
        listed++;
        check(c.id() != null, "listed contact without id");
      }
      check(listed >= 1, "contacts listed: " + listed);
      unisdk.crm().contacts().delete(id);
      try {
        unisdk.crm().contacts().get(id);
        check(false, "a 404 after delete");
      } catch (NotFoundException expected) {
        check("NotFoundException".equals(expected.getClass().getSimpleName()),
            "exception names survive shrinking: " + expected.getClass().getName());
        done.add("crm 404 mapped to " + expected.getClass().getSimpleName());
      }
      done.add("crm contact " + id + " created, read, listed (" + listed + "), deleted");

      // SMS
      String messageId = unisdk.sms().messages().create(Message.builder()
          .from("+15017122661").to("+15558675310").body("shrunk and still sending").type(MessageType.SMS)
          .build()).id();
      Message sent = unisdk.sms().messages().get(messageId);
      check("shrunk and still sending".equals(sent.body()), "sms body: " + sent.body());
      done.add("sms message " + messageId + " sent and read");

      // Integrations: the catalogue and the start of a connect flow.
      List<Integration> catalogue = unisdk.integrations().integrations().list();
      check(!catalogue.isEmpty(), "integrations catalogue is empty");
      ConnectResponse session = unisdk.integrations().connections().connect(ConnectParams.builder()
          .integrationType("hubspot").categories(Category.CRM)
          .redirectUrl(URI.create("https://app.example.com/connected")).build());
      check(session.url() != null && session.connectionId() != null, "connect session: " + session);
      done.add("integrations catalogue of " + catalogue.size() + ", connect session " + session.connectionId());

      // UnificationEngine
      UeUser user = unisdk.unificationEngine().users().create();
      UserSession me = unisdk.unificationEngine().asUser(user);
      me.connections().add("rss", ConnectorUri.of("rss", "fake-rss-token"));
      check(me.connections().list().size() == 1, "one UE connection");
      check(!me.addresses().list("rss").isEmpty(), "rss addresses");
      unisdk.unificationEngine().users().delete(user);
      done.add("unificationengine user, connection and addresses");
    }
    for (String line : done) {
      System.out.println("ok: " + line);
    }
    System.out.println("PROOF OK");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("check failed: " + what);
    }
  }
}
