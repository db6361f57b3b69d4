package dev.unisdk.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every ```java block of the root README.md must appear, whitespace-normalised, in the compiled
 * sources of this package (main or test), so a README snippet that stops compiling fails the build.
 */
class ReadmeSnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java[ \\t]*\\R(.*?)^```[ \\t]*$", Pattern.DOTALL);
  private static final Path MODULE = Paths.get("").toAbsolutePath();
  private static final Path README = MODULE.getParent().resolve("README.md");
  private static final List<Path> SOURCES = List.of(
      MODULE.resolve("src/main/java/dev/unisdk/examples/readme"),
      MODULE.resolve("src/test/java/dev/unisdk/examples/readme"));

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  static String normalise(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }

  private static String sources() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path dir : SOURCES) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
          all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return normalise(all.toString());
  }

  @Test
  void everyJavaSnippetOfTheReadmeIsInTheCompiledSnippetSources() throws IOException {
    List<String> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
    String sources = sources();

    assertThat(blocks).as("java blocks in %s", README).hasSizeGreaterThanOrEqualTo(12);
    List<String> missing = blocks.stream().filter(b -> !sources.contains(normalise(b))).collect(Collectors.toList());
    assertThat(missing).as("README java blocks not found (whitespace-normalised) in %s", SOURCES).isEmpty();
  }

  @Test
  void extractionFindsBlocksAndNormalisationIgnoresOnlyWhitespace() {
    String md = "text\n```java\nint a =  1;\n  foo(a);\n```\n```bash\nls\n```\n```java\nb();\n```\n";

    assertThat(javaBlocks(md)).containsExactly("int a =  1;\n  foo(a);\n", "b();\n");
    assertThat(normalise("int a =  1;\n  foo(a);\n")).isEqualTo("int a = 1; foo(a);");
    assertThat(normalise("foo(a)")).isNotEqualTo(normalise("foo(b)"));
  }
}
