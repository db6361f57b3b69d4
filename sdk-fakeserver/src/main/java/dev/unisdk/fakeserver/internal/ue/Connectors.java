package dev.unisdk.fakeserver.internal.ue;

import java.util.Map;

/** The connectors the fake knows: default host and whether they can send messages. */
final class Connectors {
  /** One connector type. */
  record Connector(String name, String host, String displayName, boolean canSend) {}

  static final Map<String, Connector> ALL = Map.ofEntries(
      entry("facebook", "facebook.com", "Facebook", true),
      entry("twitter", "twitter.com", "Twitter", true),
      entry("linkedin", "linkedin.com", "LinkedIn", true),
      entry("instagram", "instagram.com", "Instagram", true),
      entry("gmail", "gmail.com", "Gmail", true),
      entry("email", "mail.example", "E-mail", true),
      entry("smtp", "smtp.example", "SMTP", true),
      entry("sms", "sms.example", "SMS", true),
      entry("slack", "slack.com", "Slack", true),
      entry("telegram", "telegram.org", "Telegram", true),
      entry("whatsapp", "whatsapp.com", "WhatsApp", true),
      entry("rss", "rss.example", "RSS feed (read only)", false));

  private Connectors() {}

  private static Map.Entry<String, Connector> entry(String name, String host, String display, boolean canSend) {
    return Map.entry(name, new Connector(name, host, display, canSend));
  }
}
