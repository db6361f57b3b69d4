package dev.unisdk.core.telemetry;

import java.util.Objects;

/** What an operation calls: a stable name, the HTTP method and the URL template. No ids, no secrets. */
public final class OperationInfo {
  private final String name;
  private final String method;
  private final String urlTemplate;
  private final String serverAddress;
  private final int serverPort;

  /**
   * Creates the description of an operation.
   *
   * @param name stable operation name, e.g. {@code crm.contacts.list}
   * @param method HTTP method
   * @param urlTemplate path with ids as placeholders, e.g. {@code /crm/contacts/{id}}
   * @param serverAddress host of the base URL
   * @param serverPort port of the base URL
   */
  public OperationInfo(String name, String method, String urlTemplate, String serverAddress, int serverPort) {
    this.name = Objects.requireNonNull(name, "name");
    this.method = Objects.requireNonNull(method, "method");
    this.urlTemplate = Objects.requireNonNull(urlTemplate, "urlTemplate");
    this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress");
    this.serverPort = serverPort;
  }

  /** @return stable operation name, {@code <api>.<resource>.<action>}, e.g. {@code ue.message.send} */
  public String name() {
    return name;
  }

  /** @return HTTP method, upper case */
  public String method() {
    return method;
  }

  /** @return path template with ids as placeholders, e.g. {@code /crm/contacts/{id}} */
  public String urlTemplate() {
    return urlTemplate;
  }

  /** @return host of the server called */
  public String serverAddress() {
    return serverAddress;
  }

  /** @return port of the server called */
  public int serverPort() {
    return serverPort;
  }

  @Override
  public String toString() {
    return "OperationInfo{" + name + " " + method + " " + urlTemplate + " @" + serverAddress + ":" + serverPort + "}";
  }
}
