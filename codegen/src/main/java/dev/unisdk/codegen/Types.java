package dev.unisdk.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.unisdk.codegen.Defs.ListOf;
import dev.unisdk.codegen.Defs.MapOf;
import dev.unisdk.codegen.Defs.Named;
import dev.unisdk.codegen.Defs.Scalar;
import dev.unisdk.codegen.Defs.TypeRef;

/** Java types of {@link TypeRef}s and the generated read/write expressions for them. */
final class Types {
  static final ClassName JSON_FIELD = ClassName.get("dev.unisdk.core.model", "JsonField");
  static final ClassName JSON_VALUE = ClassName.get("dev.unisdk.core.model", "JsonValue");
  static final ClassName OPEN_ENUM = ClassName.get("dev.unisdk.core.model", "OpenEnum");
  static final ClassName CODECS = ClassName.get("dev.unisdk.core.model.internal", "Codecs");
  static final ClassName IMMUTABLE_LIST = ClassName.get("dev.unisdk.core.model.internal", "ImmutableList");
  static final ClassName JSON = ClassName.get("dev.unisdk.core.json", "Json");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  static final ClassName DESER_CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");
  static final ClassName SER_PROVIDER = ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  static final ClassName MAPPING_EXCEPTION = ClassName.get("com.fasterxml.jackson.databind", "JsonMappingException");
  static final ClassName STD_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
  static final ClassName STD_SERIALIZER = ClassName.get("com.fasterxml.jackson.databind.ser.std", "StdSerializer");
  static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  private final String modelPackage;
  private final String codecPackage;

  Types(String modelPackage) {
    this.modelPackage = modelPackage;
    this.codecPackage = modelPackage + ".internal";
  }

  ClassName model(String className) {
    return ClassName.get(modelPackage, className);
  }

  /** The package-private codec nested in a generated class. */
  ClassName codec(String className) {
    return model(className).nestedClass("Codec");
  }

  /** The package of generated list parameters: the model package's parent ({@code dev.unisdk.crm}). */
  String paramsPackage() {
    int dot = modelPackage.lastIndexOf('.');
    return dot < 0 ? modelPackage : modelPackage.substring(0, dot);
  }

  String codecPackage() {
    return codecPackage;
  }

  TypeName javaType(TypeRef t) {
    if (t instanceof Scalar s) {
      return switch (s.kind()) {
        case STRING -> ClassName.get(String.class);
        case BOOLEAN -> ClassName.get(Boolean.class);
        case INTEGER -> ClassName.get(Integer.class);
        case LONG -> ClassName.get(Long.class);
        case DECIMAL -> ClassName.get("java.math", "BigDecimal");
        case DATE -> ClassName.get("java.time", "LocalDate");
        case DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
        case JSON_VALUE -> JSON_VALUE;
      };
    }
    if (t instanceof Named n) {
      return model(n.className());
    }
    if (t instanceof ListOf l) {
      return ParameterizedTypeName.get(LIST, javaType(l.element()));
    }
    MapOf m = (MapOf) t;
    return ParameterizedTypeName.get(MAP, ClassName.get(String.class), javaType(m.value()));
  }

  private static String scalarSuffix(Scalar s) {
    return switch (s.kind()) {
      case STRING -> "String";
      case BOOLEAN -> "Boolean";
      case INTEGER -> "Integer";
      case LONG -> "Long";
      case DECIMAL -> "BigDecimal";
      case DATE -> "LocalDate";
      case DATE_TIME -> "OffsetDateTime";
      case JSON_VALUE -> "JsonValue";
    };
  }

  /** An expression reading a value of {@code t} from {@code p}/{@code ctxt}. */
  CodeBlock read(TypeRef t) {
    if (t instanceof Scalar s) {
      return CodeBlock.of("$T.read$L(p, ctxt)", CODECS, scalarSuffix(s));
    }
    if (t instanceof Named n) {
      return CodeBlock.of("$T.read(p, ctxt)", codec(n.className()));
    }
    if (t instanceof ListOf l) {
      return CodeBlock.of("$T.readList(p, ctxt, $L)", CODECS, readerRef(l.element(), 1));
    }
    return CodeBlock.of("$T.readMap(p, ctxt, $L)", CODECS, readerRef(((MapOf) t).value(), 1));
  }

  private CodeBlock readerRef(TypeRef t, int depth) {
    if (t instanceof Scalar s) {
      return CodeBlock.of("$T::read$L", CODECS, scalarSuffix(s));
    }
    if (t instanceof Named n) {
      return CodeBlock.of("$T::read", codec(n.className()));
    }
    String p = "p" + depth;
    String c = "c" + depth;
    String method = t instanceof ListOf ? "readList" : "readMap";
    TypeRef inner = t instanceof ListOf l ? l.element() : ((MapOf) t).value();
    return CodeBlock.of("($L, $L) -> $T.$L($L, $L, $L)", p, c, CODECS, method, p, c, readerRef(inner, depth + 1));
  }

  /** A statement writing {@code value} (an expression of type {@code t}) to {@code g}/{@code provider}. */
  CodeBlock write(TypeRef t, CodeBlock value) {
    if (t instanceof Scalar s) {
      return CodeBlock.of("$T.write$L(g, provider, $L)", CODECS, scalarSuffix(s), value);
    }
    if (t instanceof Named n) {
      return CodeBlock.of("$T.write(g, provider, $L)", codec(n.className()), value);
    }
    if (t instanceof ListOf l) {
      return CodeBlock.of("$T.writeList(g, provider, $L, $L)", CODECS, value, writerRef(l.element(), 1));
    }
    return CodeBlock.of("$T.writeMap(g, provider, $L, $L)", CODECS, value, writerRef(((MapOf) t).value(), 1));
  }

  private CodeBlock writerRef(TypeRef t, int depth) {
    if (t instanceof Scalar s) {
      return CodeBlock.of("$T::write$L", CODECS, scalarSuffix(s));
    }
    if (t instanceof Named n) {
      return CodeBlock.of("$T::write", codec(n.className()));
    }
    String g = "g" + depth;
    String s = "s" + depth;
    String v = "v" + depth;
    String method = t instanceof ListOf ? "writeList" : "writeMap";
    TypeRef inner = t instanceof ListOf l ? l.element() : ((MapOf) t).value();
    return CodeBlock.of("($L, $L, $L) -> $T.$L($L, $L, $L, $L)", g, s, v, CODECS, method, g, s, v,
        writerRef(inner, depth + 1));
  }
}
