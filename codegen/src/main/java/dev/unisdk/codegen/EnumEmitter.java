package dev.unisdk.codegen;

import static dev.unisdk.codegen.Types.CODECS;
import static dev.unisdk.codegen.Types.COLLECTIONS;
import static dev.unisdk.codegen.Types.DESER_CONTEXT;
import static dev.unisdk.codegen.Types.IO_EXCEPTION;
import static dev.unisdk.codegen.Types.JSON_DESERIALIZE;
import static dev.unisdk.codegen.Types.JSON_GENERATOR;
import static dev.unisdk.codegen.Types.JSON_PARSER;
import static dev.unisdk.codegen.Types.JSON_SERIALIZE;
import static dev.unisdk.codegen.Types.LIST;
import static dev.unisdk.codegen.Types.OPEN_ENUM;
import static dev.unisdk.codegen.Types.SER_PROVIDER;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.unisdk.codegen.Defs.EnumDef;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes one open enum (constants plus any raw value, no global cache) and its codec. */
final class EnumEmitter {
  /** The private list of constants; a value that would get this constant name gets a suffix. */
  private static final String KNOWN_VALUES = "KNOWN_VALUES";

  private final Types types;

  EnumEmitter(Types types) {
    this.types = types;
  }

  /** Constant name per raw value, made unique. */
  static Map<String, String> constants(EnumDef def) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String v : def.values()) {
      String name = Names.constant(v);
      if (name.equals(KNOWN_VALUES)) {
        name = name + "_VALUE";
      }
      String unique = name;
      for (int i = 2; out.containsValue(unique); i++) {
        unique = name + "_" + i;
      }
      out.put(v, unique);
    }
    return out;
  }

  TypeSpec enumType(EnumDef def) {
    ClassName self = types.model(def.className());
    String d = Names.javadoc(def.description());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(OPEN_ENUM)
        .addAnnotation(AnnotationSpec.builder(JSON_SERIALIZE)
            .addMember("using", "$T.class", types.codec(def.className()).nestedClass("Serializer")).build())
        .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
            .addMember("using", "$T.class", types.codec(def.className()).nestedClass("Deserializer")).build())
        .addJavadoc("$L\n", d.isEmpty() ? "The {@code " + def.className() + "} values." : d)
        .addJavadoc("\n<p>An open enum: the documented values are constants; any other value sent by the server\n")
        .addJavadoc("is kept as is ({@link #isKnown()} is false) and written back unchanged.\n");
    Map<String, String> constants = constants(def);
    CodeBlock.Builder known = CodeBlock.builder();
    String sep = "";
    for (Map.Entry<String, String> c : constants.entrySet()) {
      type.addField(FieldSpec.builder(self, c.getValue(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The value <code>$L</code>.\n", Names.javadoc(c.getKey()))
          .initializer("new $T($S, true)", self, c.getKey())
          .build());
      known.add("$L$N", sep, c.getValue());
      sep = ", ";
    }
    TypeName listType = ParameterizedTypeName.get(LIST, self);
    type.addField(FieldSpec.builder(listType, KNOWN_VALUES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.unmodifiableList($T.asList($L))", COLLECTIONS, ClassName.get("java.util", "Arrays"),
            known.build())
        .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addParameter(TypeName.BOOLEAN, "known")
        .addStatement("super(value, known)")
        .build());
    MethodSpec.Builder of = MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "value")
        .addJavadoc("The constant for a documented value, else a new instance holding {@code value}.\n\n")
        .addJavadoc("@param value the raw value, not null\n@return the enum value\n")
        .beginControlFlow("switch (value)");
    for (Map.Entry<String, String> c : constants.entrySet()) {
      of.addStatement("case $S: return $N", c.getKey(), c.getValue());
    }
    of.addStatement("default: return new $T(value, false)", self).endControlFlow();
    type.addMethod(of.build());
    type.addMethod(MethodSpec.methodBuilder("knownValues")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(listType)
        .addJavadoc("The documented values, in spec order.\n\n@return an unmodifiable list\n")
        .addStatement("return $N", KNOWN_VALUES)
        .build());
    type.addType(codec(def));
    return type.build();
  }

  private TypeSpec codec(EnumDef def) {
    ClassName self = types.model(def.className());
    return TypeSpec.classBuilder("Codec")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Streaming JSON codec of {@link $T}; not public API.\n", self)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.STATIC)
            .returns(self)
            .addParameter(JSON_PARSER, "p")
            .addParameter(DESER_CONTEXT, "ctxt")
            .addException(IO_EXCEPTION)
            .addJavadoc("Reads a value; unknown values are kept, JSON null gives null.\n\n")
            .addJavadoc("@param p the parser\n@param ctxt the context\n@return the value or null\n")
            .addJavadoc("@throws IOException when the value is an object or array\n")
            .addStatement("String s = $T.readString(p, ctxt)", CODECS)
            .addStatement("return s == null ? null : $T.of(s)", self)
            .build())
        .addMethod(MethodSpec.methodBuilder("write")
            .addModifiers(Modifier.STATIC)
            .addParameter(JSON_GENERATOR, "g")
            .addParameter(SER_PROVIDER, "provider")
            .addParameter(self, "value")
            .addException(IO_EXCEPTION)
            .addJavadoc("Writes the raw value or JSON null.\n\n")
            .addJavadoc("@param g the generator\n@param provider the provider\n@param value the value or null\n")
            .addJavadoc("@throws IOException when writing fails\n")
            .addStatement("$T.writeEnum(g, provider, value)", CODECS)
            .build())
        .addType(JacksonAdapters.deserializer(self))
        .addType(JacksonAdapters.serializer(self))
        .build();
  }
}
