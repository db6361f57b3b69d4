package dev.unisdk.codegen;

import static dev.unisdk.codegen.Types.DESER_CONTEXT;
import static dev.unisdk.codegen.Types.IO_EXCEPTION;
import static dev.unisdk.codegen.Types.JSON_GENERATOR;
import static dev.unisdk.codegen.Types.JSON_PARSER;
import static dev.unisdk.codegen.Types.SER_PROVIDER;
import static dev.unisdk.codegen.Types.STD_DESERIALIZER;
import static dev.unisdk.codegen.Types.STD_SERIALIZER;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Deserializer} / {@code Serializer} classes of a generated codec: thin Jackson
 * adapters over the codec's static {@code read(p, ctxt)} and {@code write(g, provider, value)}.
 * Shared by the model and enum emitters.
 */
final class JacksonAdapters {
  private JacksonAdapters() {}

  /** {@code public static final class Deserializer extends StdDeserializer<self>} calling {@code read}. */
  static TypeSpec deserializer(ClassName self) {
    return TypeSpec.classBuilder("Deserializer")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, self))
        .addJavadoc("Jackson deserializer of {@link $T}.\n", self)
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the deserializer.\n")
            .addStatement("super($T.class)", self).build())
        .addMethod(MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(JSON_PARSER, "p")
            .addParameter(DESER_CONTEXT, "ctxt")
            .addException(IO_EXCEPTION)
            .addStatement("return read(p, ctxt)")
            .build())
        .build();
  }

  /** {@code public static final class Serializer extends StdSerializer<self>} calling {@code write}. */
  static TypeSpec serializer(ClassName self) {
    return TypeSpec.classBuilder("Serializer")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(STD_SERIALIZER, self))
        .addJavadoc("Jackson serializer of {@link $T}.\n", self)
        .addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the serializer.\n")
            .addStatement("super($T.class)", self).build())
        .addMethod(MethodSpec.methodBuilder("serialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(self, "value")
            .addParameter(JSON_GENERATOR, "g")
            .addParameter(SER_PROVIDER, "provider")
            .addException(IO_EXCEPTION)
            .addStatement("write(g, provider, value)")
            .build())
        .build();
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L").build();
  }
}
