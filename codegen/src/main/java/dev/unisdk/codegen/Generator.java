package dev.unisdk.codegen;

import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import dev.unisdk.codegen.Defs.EnumDef;
import dev.unisdk.codegen.Defs.ModelDef;
import dev.unisdk.codegen.Defs.TypeDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the model sources of every configured spec ({@code targets.properties}) that exists.
 * Usage: {@code Generator [repoRoot]}; the documented command is
 * {@code ./mvnw -q -pl codegen -am process-classes -Dgenerate}.
 */
public final class Generator {

  private Generator() {
  }

  /**
   * Regenerates all models of the checkout at {@code args[0]} (default: the working directory).
   *
   * @param args optional repository root
   * @throws IOException when a spec cannot be read or a source cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path root = Paths.get(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    for (Target target : Target.all()) {
      Path spec = target.spec(root);
      if (!Files.exists(spec)) {
        System.out.println("codegen: skipping " + target.specFile() + " (no such spec yet)");
        continue;
      }
      Path out = target.sourceRoot(root);
      Map<String, String> files = generate(spec, target.modelPackage());
      deleteGenerated(out);
      write(out, files);
      System.out.println("codegen: " + target.specFile() + " -> " + root.relativize(out) + " (" + files.size() + " files)");
    }
  }

  /**
   * Generates the sources of one spec, in memory.
   *
   * @param spec the OpenAPI 3.0 YAML file
   * @param modelPackage the package of the models
   * @return source text by path relative to the source root (e.g. {@code dev/unisdk/crm/model/Contact.java})
   * @throws IOException when the spec cannot be read
   */
  public static Map<String, String> generate(Path spec, String modelPackage) throws IOException {
    String specName = spec.getFileName().toString();
    SpecReader.Result result = SpecReader.read(Files.readString(spec, StandardCharsets.UTF_8), specName);
    for (String w : result.warnings()) {
      System.err.println("codegen: " + specName + ": " + w);
    }
    Map<String, String> out = generate(specName, result.types(), modelPackage);
    Types types = new Types(modelPackage);
    ParamsEmitter params = new ParamsEmitter(types);
    for (ListParamsReader.ListParamsDef def : result.listParams()) {
      put(out, specName, types.paramsPackage(), params.params(def));
    }
    TypeSpec checks = RequestChecksEmitter.emit(result.api(), result.types(), types);
    if (checks != null) {
      String fqcn = result.api().getExtensions().get(RequestChecksEmitter.EXT_REQUEST_CHECKS).toString();
      put(out, specName, fqcn.substring(0, fqcn.lastIndexOf('.')), checks);
    }
    return out;
  }

  static Map<String, String> generate(String specName, List<TypeDef> defs, String modelPackage) {
    Types types = new Types(modelPackage);
    ModelEmitter models = new ModelEmitter(types);
    EnumEmitter enums = new EnumEmitter(types);
    Map<String, String> out = new TreeMap<>();
    for (TypeDef def : defs) {
      if (def instanceof ModelDef m) {
        put(out, specName, modelPackage, models.model(m));
      } else if (def instanceof EnumDef e) {
        put(out, specName, modelPackage, enums.enumType(e));
      }
    }
    return out;
  }

  private static void put(Map<String, String> out, String specName, String pkg, TypeSpec type) {
    JavaFile file = JavaFile.builder(pkg, type)
        .addFileComment("Generated from $L by unisdk codegen. Do not edit.", specName)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    out.put(pkg.replace('.', '/') + "/" + type.name + ".java", file.toString());
  }

  /**
   * Writes generated sources under a source root.
   *
   * @param sourceRoot e.g. {@code sdk-crm/src/generated/java}
   * @param files source text by relative path
   * @throws IOException when writing fails
   */
  public static void write(Path sourceRoot, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path path = sourceRoot.resolve(f.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, f.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** Removes every previously generated file under a generated source root (so deleted schemas go too). */
  private static void deleteGenerated(Path sourceRoot) throws IOException {
    if (!Files.isDirectory(sourceRoot)) {
      return;
    }
    try (Stream<Path> s = Files.walk(sourceRoot)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
