package dev.unisdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No type of an {@code .internal} package may appear in the public API: in a public or protected
 * method, constructor or field, or as a supertype, of a public type of a non-internal package, in
 * every SDK module on the test class path (class directories of a reactor build, or jars).
 */
class PublicSignatureTest {
  private static final String ROOT = "dev/unisdk/";

  @Test
  void noInternalTypeInAnyPublicOrProtectedSignature() throws Exception {
    List<String> classNames = sdkClassNames();
    assertThat(classNames).as("SDK classes found on the class path")
        .anyMatch(n -> n.startsWith("dev.unisdk.crm."))
        .anyMatch(n -> n.startsWith("dev.unisdk.sms."))
        .anyMatch(n -> n.startsWith("dev.unisdk.integrations."))
        .anyMatch(n -> n.startsWith("dev.unisdk.unificationengine."))
        .anyMatch(n -> n.startsWith("dev.unisdk.apideck."))
        .anyMatch(n -> n.startsWith("dev.unisdk.core."));
    Set<String> violations = new TreeSet<>();
    ClassLoader loader = getClass().getClassLoader();
    for (String name : classNames) {
      if (isInternal(name)) {
        continue;
      }
      Class<?> c = Class.forName(name, false, loader);
      if (!isExported(c)) {
        continue;
      }
      violations.addAll(violationsOf(c));
    }
    assertThat(violations).as("public/protected signatures mentioning an internal type").isEmpty();
  }

  @Test
  void theCheckSeesAnInternalTypeInASignature() {
    assertThat(violationsOf(Leaky.class)).anyMatch(v -> v.contains("dev.unisdk.core.internal.Checks"));
  }

  /** A deliberate violation: proves the scan finds one. */
  public static class Leaky {
    /**
     * Leaks an internal type.
     *
     * @return null
     */
    public java.util.List<dev.unisdk.core.internal.Checks> leak() {
      return null;
    }
  }

  static Set<String> violationsOf(Class<?> c) {
    Set<String> out = new TreeSet<>();
    String where = c.getName();
    check(c.getGenericSuperclass(), where + " extends", out);
    for (Type t : c.getGenericInterfaces()) {
      check(t, where + " implements", out);
    }
    for (Method m : c.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        String at = where + "#" + m.getName();
        check(m.getGenericReturnType(), at, out);
        for (Type p : m.getGenericParameterTypes()) {
          check(p, at, out);
        }
        for (Type e : m.getGenericExceptionTypes()) {
          check(e, at, out);
        }
        for (TypeVariable<Method> v : m.getTypeParameters()) {
          check(v, at, out);
        }
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (visible(k.getModifiers()) && !k.isSynthetic()) {
        for (Type p : k.getGenericParameterTypes()) {
          check(p, where + "#<init>", out);
        }
      }
    }
    for (Field f : c.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        check(f.getGenericType(), where + "." + f.getName(), out);
      }
    }
    return out;
  }

  private static void check(Type type, String where, Set<String> out) {
    walk(type, where, out, new HashSet<>());
  }

  private static void walk(Type type, String where, Set<String> out, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (isInternal(c.getName())) {
        out.add(where + " -> " + c.getName());
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      walk(p.getRawType(), where, out, seen);
      walk(p.getOwnerType(), where, out, seen);
      for (Type a : p.getActualTypeArguments()) {
        walk(a, where, out, seen);
      }
    } else if (type instanceof WildcardType) {
      for (Type b : ((WildcardType) type).getUpperBounds()) {
        walk(b, where, out, seen);
      }
      for (Type b : ((WildcardType) type).getLowerBounds()) {
        walk(b, where, out, seen);
      }
    } else if (type instanceof TypeVariable) {
      for (Type b : ((TypeVariable<?>) type).getBounds()) {
        walk(b, where, out, seen);
      }
    } else if (type instanceof GenericArrayType) {
      walk(((GenericArrayType) type).getGenericComponentType(), where, out, seen);
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** A public type, nested only in public types (a protected nested type of a final class is not reachable). */
  private static boolean isExported(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isSynthetic() || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInternal(String className) {
    return className.contains(".internal.");
  }

  /** Every main class under dev/unisdk of the class path's class directories and jars (test classes left out). */
  private static List<String> sdkClassNames() throws IOException {
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      if (entry.contains("test-classes") || entry.contains("fakeserver") || !Files.exists(path)) {
        continue;
      }
      if (Files.isDirectory(path)) {
        Path root = path.resolve(ROOT);
        if (Files.isDirectory(root)) {
          try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f ->
                names.add(toClassName(path.relativize(f).toString().replace(File.separatorChar, '/'))));
          }
        }
      } else if (entry.endsWith(".jar") && path.getFileName().toString().startsWith("sdk-")) {
        try (JarFile jar = new JarFile(path.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.startsWith(ROOT) && n.endsWith(".class")) {
              names.add(toClassName(n));
            }
          }
        }
      }
    }
    names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
    return names;
  }

  private static String toClassName(String resource) {
    return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
  }
}
