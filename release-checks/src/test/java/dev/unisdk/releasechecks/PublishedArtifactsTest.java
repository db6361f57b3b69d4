package dev.unisdk.releasechecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Every published module ships main, sources and javadoc jars and a POM Maven Central accepts. */
class PublishedArtifactsTest {

  /** The published jar modules; sdk-opentelemetry joins when it is in the tree. */
  static List<String> publishedJarModules() {
    List<String> modules = new ArrayList<>(List.of("sdk-core", "sdk-apideck", "sdk-crm", "sdk-sms",
        "sdk-integrations", "sdk-unificationengine", "sdk-all", "sdk-fakeserver"));
    if (Files.isRegularFile(NestedMaven.REPO_ROOT.resolve("sdk-opentelemetry/pom.xml"))) {
      modules.add("sdk-opentelemetry");
    }
    return modules;
  }

  @Test
  void everyPublishedModuleHasMainSourcesAndJavadocJars() throws Exception {
    for (String module : publishedJarModules()) {
      Path target = NestedMaven.REPO_ROOT.resolve(module).resolve("target");
      String base = module + "-" + NestedMaven.VERSION;
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        Path jar = target.resolve(base + suffix);
        assertThat(jar).as("%s of %s", suffix, module).isRegularFile();
        try (JarFile j = new JarFile(jar.toFile())) {
          assertThat(j.stream().filter(e -> !e.isDirectory()).count()).as("entries of %s", jar).isGreaterThan(2);
        }
      }
      try (JarFile sources = new JarFile(target.resolve(base + "-sources.jar").toFile())) {
        assertThat(sources.stream().anyMatch(e -> e.getName().endsWith(".java")))
            .as("%s sources jar holds .java files", module).isTrue();
      }
      try (JarFile javadoc = new JarFile(target.resolve(base + "-javadoc.jar").toFile())) {
        assertThat(javadoc.getEntry("index.html")).as("%s javadoc index.html", module).isNotNull();
      }
    }
  }

  @Test
  void everyPublishedPomHasCentralMetadata() throws Exception {
    Element parent = read(NestedMaven.REPO_ROOT.resolve("pom.xml"));
    Element bom = read(NestedMaven.REPO_ROOT.resolve("sdk-bom/pom.xml"));
    for (Element pom : List.of(parent, bom)) {
      assertThat(text(pom, "url")).startsWith("https://");
      assertThat(text(pom, "licenses")).contains("Apache-2.0");
      assertThat(text(pom, "developers")).isNotBlank();
      assertThat(text(pom, "scm")).contains("scm:git:");
      assertThat(text(pom, "issueManagement")).contains("https://");
    }
    for (String module : publishedJarModules()) {
      Element pom = read(NestedMaven.REPO_ROOT.resolve(module).resolve("pom.xml"));
      assertThat(text(pom, "name")).as("name of %s", module).isNotBlank();
      assertThat(text(pom, "description")).as("description of %s", module).isNotBlank();
      // url, licenses, developers, scm and issueManagement are inherited from unisdk-parent
      assertThat(child(pom, "parent")).as("%s inherits unisdk-parent", module).isNotNull();
      assertThat(text(child(pom, "parent"), "artifactId")).isEqualTo("unisdk-parent");
    }
    assertThat(NestedMaven.REPO_ROOT.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
  }

  static Element read(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    Document d = f.newDocumentBuilder().parse(pom.toFile());
    return d.getDocumentElement();
  }

  static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  static String text(Element e, String name) {
    Element c = child(e, name);
    return c == null ? "" : c.getTextContent().trim();
  }
}
