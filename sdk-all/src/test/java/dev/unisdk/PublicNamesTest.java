package dev.unisdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With {@code sdk-all} a user imports types of every module into one file: no two public types users import
 * (models, params, results, exceptions) may share a simple name across the SDK modules. Services, reached by
 * chaining ({@code crm.users()}, {@code ue.users()}), may. Internal packages are not API and not checked.
 */
class PublicNamesTest {

  @Test
  void noTwoPublicTypesOfTheSdkModulesShareASimpleName() throws IOException {
    Map<String, TreeSet<String>> byName = new TreeMap<>();
    int checked = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("test-classes") || !(entry.contains("sdk-") || entry.contains("unisdk"))) {
        continue;
      }
      for (String className : classNames(Paths.get(entry))) {
        Class<?> c;
        try {
          c = Class.forName(className, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (!Modifier.isPublic(c.getModifiers()) || c.getSimpleName().endsWith("Service")) {
          continue;
        }
        checked++;
        byName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>()).add(c.getName());
      }
    }
    Map<String, TreeSet<String>> clashes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));

    assertThat(checked).as("public SDK types found on the class path").isGreaterThan(100);
    assertThat(byName).containsKeys("Contact", "UeUser", "UeMessage", "UeConnection", "Message", "Connection");
    assertThat(clashes).as("public types sharing a simple name across modules (prefix one, e.g. Ue...)").isEmpty();
  }

  /** Top-level classes under dev/unisdk, outside internal packages, of a class directory or jar. */
  private static List<String> classNames(Path entry) throws IOException {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        files.filter(p -> p.toString().endsWith(".class"))
            .map(p -> entry.relativize(p).toString().replace(File.separatorChar, '/'))
            .forEach(p -> add(out, p));
      }
    } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
      try (JarFile jar = new JarFile(entry.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          add(out, e.nextElement().getName());
        }
      }
    }
    return out;
  }

  private static void add(List<String> out, String path) {
    if (path.startsWith("dev/unisdk/") && path.endsWith(".class") && !path.contains("$")
        && !path.contains("/internal/") && !path.endsWith("package-info.class")) {
      out.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
  }
}
