package dev.unisdk.core.internal;

/** The one exception every client throws for a provider or credential level that was not configured. Not API. */
public final class NotConfigured {
  private NotConfigured() {}

  /**
   * Returns the exception to throw.
   *
   * @param what what cannot be used, e.g. {@code "Unisdk.crm()"}
   * @param howToConfigure what to set, e.g. {@code "apideck(apiKey, appId, consumerId) on Unisdk.builder()"}
   * @return an {@link IllegalStateException} saying what to configure
   */
  public static IllegalStateException exception(String what, String howToConfigure) {
    return new IllegalStateException(what + " is not configured: set " + howToConfigure);
  }
}
