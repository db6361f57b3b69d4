package dev.unisdk.codegen;

import java.util.Locale;
import java.util.Set;

/** Turns JSON and schema names into Java names, and spec text into Javadoc-safe text. */
final class Names {
  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
      "record", "yield", "sealed", "permits");

  /** Method names every model or builder already has; a property with such a name gets a suffix. */
  private static final Set<String> RESERVED_MEMBERS = Set.of(
      "builder", "toBuilder", "build", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll",
      "wait", "clone", "finalize", "additionalProperties", "putAdditionalProperty", "removeAdditionalProperty");

  private Names() {
  }

  /** {@code first_name}, {@code first-name}, {@code firstName} -> {@code firstName}. */
  static String property(String jsonName) {
    String camel = camel(jsonName, false);
    if (camel.isEmpty()) {
      camel = "value";
    }
    if (Character.isDigit(camel.charAt(0))) {
      camel = "n" + camel;
    }
    if (KEYWORDS.contains(camel) || RESERVED_MEMBERS.contains(camel)) {
      camel = camel + "Value";
    }
    return camel;
  }

  /**
   * The singular of a plural Java name, for list adders: {@code phoneNumbers} -> {@code phoneNumber},
   * {@code categories} -> {@code category}, {@code addresses} -> {@code address}, {@code boxes} -> {@code box},
   * {@code branches} -> {@code branch}, {@code statuses} -> {@code status} (but {@code causes} -> {@code cause}).
   * Null when the name does not look plural: no trailing {@code s}, or
   * one of {@code ss}, {@code us}, {@code is} ({@code access}, {@code status}, {@code analysis}).
   */
  static String singular(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && name.length() > 3) {
      return name.substring(0, name.length() - 3) + (Character.isUpperCase(name.charAt(name.length() - 3)) ? "Y" : "y");
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
        || lower.endsWith("uses") && lower.length() > 4 && "aeiou".indexOf(lower.charAt(lower.length() - 5)) < 0) {
      return name.substring(0, name.length() - 2);
    }
    if (!lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")
        || name.length() < 2) {
      return null;
    }
    return name.substring(0, name.length() - 1);
  }

  /** {@code phoneNumber} -> {@code PhoneNumber}. */
  static String capitalize(String javaName) {
    return javaName.isEmpty() ? javaName : Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }

  /** {@code contact_type}, {@code Contact} -> {@code ContactType}, {@code Contact}. */
  static String type(String name) {
    String pascal = camel(name, true);
    if (pascal.isEmpty() || !Character.isJavaIdentifierStart(pascal.charAt(0))) {
      pascal = "T" + pascal;
    }
    return pascal;
  }

  /** {@code in-progress}, {@code inProgress}, {@code 1} -> {@code IN_PROGRESS}, {@code IN_PROGRESS}, {@code VALUE_1}. */
  static String constant(String value) {
    StringBuilder sb = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev) && sb.length() > 0) {
          sb.append('_');
        }
        sb.append(Character.toUpperCase(c));
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
        sb.append('_');
      }
      prev = c;
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
      sb.setLength(sb.length() - 1);
    }
    String s = sb.toString();
    if (s.isEmpty()) {
      return "EMPTY";
    }
    if (Character.isDigit(s.charAt(0)) || KEYWORDS.contains(s.toLowerCase(Locale.ROOT))) {
      return "VALUE_" + s;
    }
    return s;
  }

  private static String camel(String name, boolean upperFirst) {
    StringBuilder sb = new StringBuilder();
    boolean upperNext = upperFirst;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) || c >= 128) {
        upperNext = sb.length() > 0 || upperFirst;
        continue;
      }
      if (sb.length() == 0) {
        sb.append(upperFirst ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upperNext = false;
      } else if (upperNext) {
        sb.append(Character.toUpperCase(c));
        upperNext = false;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Spec text made safe for Javadoc: HTML and tag characters escaped, no comment terminator. */
  static String javadoc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    String t = text.trim();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '@' -> sb.append("&#64;");
        case '{' -> sb.append("&#123;");
        case '}' -> sb.append("&#125;");
        case '\\' -> sb.append("&#92;");
        case '*' -> sb.append(i + 1 < t.length() && t.charAt(i + 1) == '/' ? "&#42;" : "*");
        case '\r' -> { }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
