package dev.unisdk.examples;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The services the examples talk to, and the environment variables that switch an example from the
 * embedded fake server to the real service. All of a provider's variables must be set.
 */
public enum Provider {
  /** Apideck Unify (CRM and SMS). */
  APIDECK("APIDECK_API_KEY", "APIDECK_APP_ID", "APIDECK_CONSUMER_ID"),
  /** The Integrations API (Liza over Unified.to). */
  INTEGRATIONS("LIZA_TOKEN"),
  /** UnificationEngine v2. */
  UNIFICATION_ENGINE("UE_APP_KEY", "UE_APP_SECRET");

  private final List<String> variables;

  Provider(String... variables) {
    this.variables = Arrays.asList(variables);
  }

  /** The environment variables holding this provider's credentials, in builder order. */
  public List<String> variables() {
    return variables;
  }

  /** True when every variable is set to a non-blank value. */
  boolean configuredIn(Map<String, String> env) {
    return variables.stream().allMatch(v -> env.get(v) != null && !env.get(v).isBlank());
  }
}
