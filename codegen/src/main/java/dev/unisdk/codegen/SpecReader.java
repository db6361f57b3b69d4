package dev.unisdk.codegen;

import dev.unisdk.codegen.Defs.EnumDef;
import dev.unisdk.codegen.Defs.ListOf;
import dev.unisdk.codegen.Defs.MapOf;
import dev.unisdk.codegen.Defs.ModelDef;
import dev.unisdk.codegen.Defs.Named;
import dev.unisdk.codegen.Defs.PropDef;
import dev.unisdk.codegen.Defs.Scalar;
import dev.unisdk.codegen.Defs.ScalarKind;
import dev.unisdk.codegen.Defs.TypeDef;
import dev.unisdk.codegen.Defs.TypeRef;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the component schemas of an OpenAPI 3.0 document into {@link Defs}. Rules: an object schema becomes
 * a model, a string enum an open enum, {@code allOf} parts are merged, {@code oneOf}/{@code anyOf} and
 * untyped schemas become {@code JsonValue}, a free-form object a {@code Map}. Inline enums and objects get a
 * class named {@code <Owner><Property>} unless {@code x-unisdk-name} names it; {@code x-unisdk-generate: false}
 * skips a schema.
 */
final class SpecReader {
  static final String EXT_GENERATE = "x-unisdk-generate";
  static final String EXT_NAME = "x-unisdk-name";
  static final String EXT_SENSITIVE = "x-unisdk-sensitive";
  static final String EXT_JAVA_NAME = "x-unisdk-java-name";
  static final String EXT_ITEM_NAME = "x-unisdk-item-name";

  private final Map<String, Schema<?>> components;
  private final Map<String, TypeDef> defs = new TreeMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();

  private SpecReader(Map<String, Schema<?>> components) {
    this.components = components;
  }

  /** Parses YAML text and returns every class to generate, sorted by class name. */
  static Result read(String yaml, String specName) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(yaml, null, options);
    OpenAPI api = parsed.getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException(specName + " is not a readable OpenAPI document: " + parsed.getMessages());
    }
    Map<String, Schema<?>> components = new LinkedHashMap<>();
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().forEach((k, v) -> components.put(k, v));
    }
    SpecReader reader = new SpecReader(components);
    for (Map.Entry<String, Schema<?>> e : components.entrySet()) {
      reader.component(e.getKey(), e.getValue());
    }
    return new Result(new ArrayList<>(reader.defs.values()), reader.warnings, ListParamsReader.read(api), api);
  }

  /** The classes of one spec, its list parameter classes and the problems worth reporting. */
  record Result(List<TypeDef> types, List<String> warnings, List<ListParamsReader.ListParamsDef> listParams,
      OpenAPI api) {
  }

  private void component(String name, Schema<?> s) {
    if (!generated(s)) {
      return;
    }
    String className = className(name, s);
    if (isStringEnum(s)) {
      add(new EnumDef(className, s.getDescription(), enumValues(s)));
    } else if (isModel(s)) {
      buildModel(className, s);
    }
    // anything else (arrays, scalars, free-form objects) is an alias, resolved where referenced
  }

  private static boolean generated(Schema<?> s) {
    Object flag = s.getExtensions() == null ? null : s.getExtensions().get(EXT_GENERATE);
    return !(Boolean.FALSE.equals(flag) || "false".equals(flag));
  }

  private static String className(String name, Schema<?> s) {
    Object custom = s.getExtensions() == null ? null : s.getExtensions().get(EXT_NAME);
    return custom != null ? Names.type(custom.toString()) : Names.type(name);
  }

  private static boolean isStringEnum(Schema<?> s) {
    return s.getEnum() != null && !s.getEnum().isEmpty() && (s.getType() == null || "string".equals(s.getType()));
  }

  private static boolean isModel(Schema<?> s) {
    return (s.getProperties() != null && !s.getProperties().isEmpty())
        || (s.getAllOf() != null && !s.getAllOf().isEmpty() && !isSingleRefWrapper(s));
  }

  private static boolean isSingleRefWrapper(Schema<?> s) {
    return s.getAllOf() != null && s.getAllOf().size() == 1 && s.getAllOf().get(0).get$ref() != null
        && (s.getProperties() == null || s.getProperties().isEmpty());
  }

  private static List<String> enumValues(Schema<?> s) {
    Set<String> values = new LinkedHashSet<>();
    for (Object v : s.getEnum()) {
      if (v != null) {
        values.add(v.toString());
      }
    }
    return new ArrayList<>(values);
  }

  private void add(TypeDef def) {
    TypeDef existing = defs.putIfAbsent(def.className(), def);
    if (existing != null && !existing.equals(def)) {
      throw new IllegalStateException("two schemas generate the class " + def.className()
          + "; rename one with " + EXT_NAME);
    }
  }

  private void buildModel(String className, Schema<?> s) {
    if (defs.containsKey(className) || !inProgress.add(className)) {
      return;
    }
    Map<String, Schema<?>> props = new LinkedHashMap<>();
    Set<String> required = new HashSet<>();
    collect(s, props, required, new HashSet<>());
    List<PropDef> out = new ArrayList<>();
    Map<String, Object> itemNames = new HashMap<>();
    Set<String> javaNames = new HashSet<>();
    for (Map.Entry<String, Schema<?>> e : props.entrySet()) {
      String json = e.getKey();
      Schema<?> p = e.getValue();
      Object customJava = ext(p, EXT_JAVA_NAME);
      String javaName = Names.property(customJava != null ? customJava.toString() : json);
      while (!javaNames.add(javaName)) {
        javaName = javaName + "2";
      }
      TypeRef type = typeOf(p, className + Names.type(json));
      boolean readOnly = flag(p, Schema::getReadOnly);
      boolean secret = flag(p, Schema::getWriteOnly) || "password".equals(p.getFormat())
          || flag(p, x -> isTrue(ext(x, EXT_SENSITIVE)));
      out.add(new PropDef(json, javaName, type, description(p), readOnly, secret, required.contains(json), null, p.getMinimum()));
      Object itemName = ext(p, EXT_ITEM_NAME);
      if (itemName != null) {
        if (!(type instanceof ListOf)) {
          throw new IllegalStateException(className + "." + json + ": " + EXT_ITEM_NAME + " is only for arrays");
        }
        itemNames.put(javaName, itemName);
      }
    }
    out = withAdders(className, out, itemNames);
    checkAccessorClashes(className, out);
    inProgress.remove(className);
    add(new ModelDef(className, s.getDescription(), out));
  }

  /**
   * Names the list adders: {@code add} + the {@code x-unisdk-item-name} of the property, else + the singular of
   * its Java name ({@code phoneNumbers} -> {@code addPhoneNumber}); {@code add<Name>Item} when the name has no
   * singular, when the singular is another property's name or when two lists would get the same adder.
   */
  private static List<PropDef> withAdders(String className, List<PropDef> props, Map<String, Object> itemNames) {
    Set<String> javaNames = new HashSet<>();
    for (PropDef p : props) {
      javaNames.add(p.javaName());
    }
    Map<String, String> adders = new LinkedHashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (PropDef p : props) {
      if (!(p.type() instanceof ListOf)) {
        continue;
      }
      Object custom = itemNames.get(p.javaName());
      String singular = custom != null ? Names.property(custom.toString()) : Names.singular(p.javaName());
      String adder = custom == null && (singular == null || javaNames.contains(singular))
          ? itemAdder(p) : "add" + Names.capitalize(singular);
      adders.put(p.javaName(), adder);
      uses.merge(adder, 1, Integer::sum);
    }
    List<PropDef> out = new ArrayList<>();
    Set<String> taken = new HashSet<>(javaNames);
    for (PropDef p : props) {
      String adder = adders.get(p.javaName());
      if (adder != null && uses.get(adder) > 1 && !itemNames.containsKey(p.javaName())) {
        adder = itemAdder(p);
      }
      if (adder != null && !taken.add(adder)) {
        throw new IllegalStateException(className + ": list adder " + adder + "() of " + p.jsonName()
            + " clashes with another member; name it with " + EXT_ITEM_NAME);
      }
      out.add(new PropDef(p.jsonName(), p.javaName(), p.type(), p.description(), p.readOnly(), p.secret(),
          p.required(), adder, p.minimum()));
    }
    return out;
  }

  private static String itemAdder(PropDef p) {
    return "add" + Names.capitalize(p.javaName()) + "Item";
  }

  private static void checkAccessorClashes(String className, List<PropDef> props) {
    Set<String> names = new HashSet<>();
    for (PropDef p : props) {
      names.add(p.javaName());
    }
    for (PropDef p : props) {
      if (names.contains(p.javaName() + "Field")) {
        throw new IllegalStateException(className + ": accessor " + p.javaName() + "Field() clashes with a property");
      }
    }
  }

  /** The property's description, else that of its allOf parts or of the schema its $ref points to. */
  private String description(Schema<?> p) {
    if (p.getDescription() != null) {
      return p.getDescription();
    }
    if (p.get$ref() != null) {
      Schema<?> target = components.get(refName(p.get$ref()));
      return target == null ? null : target.getDescription();
    }
    if (p.getAllOf() != null) {
      for (Schema<?> part : p.getAllOf()) {
        String d = description(part);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * A boolean property attribute, looked up on the property, on its allOf parts and on the schema a
   * {@code $ref} points to (OpenAPI 3.0 ignores siblings of {@code $ref}, so specs put it on the target).
   */
  private boolean flag(Schema<?> p, java.util.function.Function<Schema<?>, Object> attribute) {
    if (isTrue(attribute.apply(p))) {
      return true;
    }
    if (p.get$ref() != null) {
      Schema<?> target = components.get(refName(p.get$ref()));
      return target != null && isTrue(attribute.apply(target));
    }
    if (p.getAllOf() != null) {
      for (Schema<?> part : p.getAllOf()) {
        if (flag(part, attribute)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTrue(Object o) {
    return Boolean.TRUE.equals(o) || "true".equals(o);
  }

  private static Object ext(Schema<?> s, String name) {
    return s.getExtensions() == null ? null : s.getExtensions().get(name);
  }

  /** Merges the properties of a schema and of its allOf parts (referenced or inline), in order. */
  private void collect(Schema<?> s, Map<String, Schema<?>> props, Set<String> required, Set<String> seenRefs) {
    if (s.get$ref() != null) {
      String ref = refName(s.get$ref());
      if (!seenRefs.add(ref)) {
        return;
      }
      Schema<?> target = components.get(ref);
      if (target == null) {
        throw new IllegalStateException("unresolved $ref " + s.get$ref());
      }
      collect(target, props, required, seenRefs);
      return;
    }
    if (s.getAllOf() != null) {
      for (Schema<?> part : s.getAllOf()) {
        collect(part, props, required, seenRefs);
      }
    }
    if (s.getProperties() != null) {
      s.getProperties().forEach((k, v) -> props.put(k, v));
    }
    if (s.getRequired() != null) {
      required.addAll(s.getRequired());
    }
  }

  /**
   * The type of a property schema; {@code inlineName} is the class an inline enum or object gets unless the
   * schema carries {@code x-unisdk-name}.
   */
  private TypeRef typeOf(Schema<?> p, String inlineName) {
    String name = customName(p, inlineName);
    if (p.get$ref() != null) {
      return refType(refName(p.get$ref()));
    }
    if (isSingleRefWrapper(p)) {
      return refType(refName(p.getAllOf().get(0).get$ref()));
    }
    if ((p.getOneOf() != null && !p.getOneOf().isEmpty()) || (p.getAnyOf() != null && !p.getAnyOf().isEmpty())) {
      return new Scalar(ScalarKind.JSON_VALUE);
    }
    if (isStringEnum(p)) {
            add(new EnumDef(name, p.getDescription(), enumValues(p)));
      return new Named(name, true);
    }
    if (isModel(p)) {
            buildModel(name, p);
      return new Named(name, false);
    }
    String type = p.getType();
    if (type == null && p.getTypes() != null && p.getTypes().size() == 1) {
      type = p.getTypes().iterator().next();
    }
    if (type == null) {
      return p.getItems() != null ? new ListOf(typeOf(p.getItems(), name)) : new Scalar(ScalarKind.JSON_VALUE);
    }
    String format = p.getFormat();
    switch (type) {
      case "string":
        if ("date".equals(format)) {
          return new Scalar(ScalarKind.DATE);
        }
        if ("date-time".equals(format)) {
          return new Scalar(ScalarKind.DATE_TIME);
        }
        if ("decimal".equals(format)) {
          return new Scalar(ScalarKind.DECIMAL);
        }
        return new Scalar(ScalarKind.STRING);
      case "integer":
        return new Scalar("int32".equals(format) ? ScalarKind.INTEGER : ScalarKind.LONG);
      case "number":
        return new Scalar(ScalarKind.DECIMAL);
      case "boolean":
        return new Scalar(ScalarKind.BOOLEAN);
      case "array":
        if (p.getItems() == null) {
          return new ListOf(new Scalar(ScalarKind.JSON_VALUE));
        }
        return new ListOf(typeOf(p.getItems(), name));
      case "object":
        Object ap = p.getAdditionalProperties();
        if (ap instanceof Schema<?> apSchema) {
          return new MapOf(typeOf(apSchema, name));
        }
        return new MapOf(new Scalar(ScalarKind.JSON_VALUE));
      default:
        return new Scalar(ScalarKind.JSON_VALUE);
    }
  }

  private static String customName(Schema<?> p, String fallback) {
    Object custom = p.getExtensions() == null ? null : p.getExtensions().get(EXT_NAME);
    return custom != null ? Names.type(custom.toString()) : fallback;
  }

  private TypeRef refType(String ref) {
    Schema<?> target = components.get(ref);
    if (target == null) {
      throw new IllegalStateException("unresolved $ref to schema " + ref);
    }
    if (!generated(target)) {
      warnings.add("a generated model refers to the skipped schema " + ref + "; typed as JsonValue");
      return new Scalar(ScalarKind.JSON_VALUE);
    }
    if (isStringEnum(target)) {
      return new Named(className(ref, target), true);
    }
    if (isModel(target)) {
      return new Named(className(ref, target), false);
    }
    if (!inProgress.add("$alias:" + ref)) {
      return new Scalar(ScalarKind.JSON_VALUE); // self-referencing alias
    }
    try {
      return typeOf(target, className(ref, target));
    } finally {
      inProgress.remove("$alias:" + ref);
    }
  }

  private static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
