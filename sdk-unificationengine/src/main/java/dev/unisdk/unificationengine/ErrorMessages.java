package dev.unisdk.unificationengine;

import dev.unisdk.unificationengine.internal.Redact;

/** Builds the message of a {@link UnificationEngineException}; never contains a credential. */
final class ErrorMessages {
  private ErrorMessages() {}

  static String describe(int code, String info, int httpStatus, String requestId) {
    StringBuilder sb = new StringBuilder("UnificationEngine error ").append(code);
    String meaning = meaning(code);
    if (meaning != null) {
      sb.append(" (").append(meaning).append(')');
    }
    if (info != null && !info.trim().isEmpty()) {
      sb.append(": ").append(Redact.uriCredentials(info));
    }
    sb.append(" [HTTP ").append(httpStatus);
    if (requestId != null) {
      sb.append(", request id ").append(requestId);
    }
    return sb.append(']').toString();
  }

  static String meaning(int code) {
    switch (code) {
      case 410:
        return "no receivers specified";
      case 411:
        return "connection not found";
      case 413:
        return "connector not found";
      case 414:
        return "user not found";
      case 415:
        return "feature not supported by connector";
      case 505:
        return "request contains errors";
      case 1000:
        return "internal error";
      default:
        return null;
    }
  }
}
