package dev.unisdk.core.errors;

/** A client-side argument check failed; thrown before any request is sent. */
public class ValidationException extends UnisdkException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  /**
   * Creates a validation failure.
   *
   * @param parameter the name of the offending parameter
   * @param message why the value is refused (never echoes a secret value)
   */
  public ValidationException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  /**
   * Returns the name of the offending parameter.
   *
   * @return the parameter name, e.g. {@code "baseUrl"}
   */
  public String parameter() {
    return parameter;
  }
}
