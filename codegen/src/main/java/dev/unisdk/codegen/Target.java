package dev.unisdk.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * One spec and where its models go, read from {@code targets.properties}.
 *
 * @param specFile file name under {@code specs/}, e.g. {@code crm.yaml}
 * @param module module directory, e.g. {@code sdk-crm}
 * @param modelPackage Java package of the models; codecs go to its {@code internal} sub-package
 */
record Target(String specFile, String module, String modelPackage) {

  /** Every configured target, sorted by spec file. */
  static List<Target> all() {
    Properties props = new Properties();
    try (InputStream in = Target.class.getResourceAsStream("/targets.properties")) {
      if (in == null) {
        throw new IllegalStateException("targets.properties missing from the class path");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Target> out = new ArrayList<>();
    for (String spec : new TreeSet<>(props.stringPropertyNames())) {
      String[] parts = props.getProperty(spec).split("\\|");
      if (parts.length != 2) {
        throw new IllegalStateException("targets.properties: expected <module>|<package> for " + spec);
      }
      out.add(new Target(spec, parts[0].trim(), parts[1].trim()));
    }
    return out;
  }

  /** The spec file inside a repository checkout. */
  Path spec(Path repoRoot) {
    return repoRoot.resolve("specs").resolve(specFile);
  }

  /** The generated source root inside a repository checkout. */
  Path sourceRoot(Path repoRoot) {
    return repoRoot.resolve(module).resolve("src").resolve("generated").resolve("java");
  }
}
