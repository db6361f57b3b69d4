package dev.unisdk.codegen;

import static dev.unisdk.codegen.Types.CODECS;
import static dev.unisdk.codegen.Types.COLLECTIONS;
import static dev.unisdk.codegen.Types.DESER_CONTEXT;
import static dev.unisdk.codegen.Types.IO_EXCEPTION;
import static dev.unisdk.codegen.Types.JSON;
import static dev.unisdk.codegen.Types.JSON_DESERIALIZE;
import static dev.unisdk.codegen.Types.JSON_FIELD;
import static dev.unisdk.codegen.Types.JSON_GENERATOR;
import static dev.unisdk.codegen.Types.JSON_NODE;
import static dev.unisdk.codegen.Types.JSON_PARSER;
import static dev.unisdk.codegen.Types.JSON_SERIALIZE;
import static dev.unisdk.codegen.Types.JSON_TOKEN;
import static dev.unisdk.codegen.Types.LINKED_HASH_MAP;
import static dev.unisdk.codegen.Types.MAPPING_EXCEPTION;
import static dev.unisdk.codegen.Types.OBJECTS;
import static dev.unisdk.codegen.Types.SERIALIZED_STRING;
import static dev.unisdk.codegen.Types.SER_PROVIDER;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.unisdk.codegen.Defs.ListOf;
import dev.unisdk.codegen.Defs.MapOf;
import dev.unisdk.codegen.Defs.ModelDef;
import dev.unisdk.codegen.Defs.PropDef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes one model class (immutable, builder, tri-state fields) and its streaming codec. */
final class ModelEmitter {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName PROPS_TYPE = ParameterizedTypeName.get(Types.MAP, STRING, JSON_NODE);

  private final Types types;

  ModelEmitter(Types types) {
    this.types = types;
  }

  // ------------------------------------------------------------------ model

  TypeSpec model(ModelDef def) {
    ClassName self = types.model(def.className());
    ClassName builder = self.nestedClass("Builder");
    ClassName codec = self.nestedClass("Codec");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(JSON_SERIALIZE)
            .addMember("using", "$T.class", codec.nestedClass("Serializer")).build())
        .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
            .addMember("using", "$T.class", codec.nestedClass("Deserializer")).build())
        .addJavadoc("$L\n", classDoc(def))
        .addJavadoc("\n<p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.\n");

    Presence presence = new Presence(def);
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "b");
    Map<String, String> buffers = addedItemFields(def);
    for (PropDef p : def.properties()) {
      type.addField(FieldSpec.builder(valueType(p), p.javaName(), Modifier.PRIVATE, Modifier.FINAL).build());
      String buffer = buffers.get(p.javaName());
      if (buffer == null) {
        ctor.addStatement("this.$N = b.$N", p.javaName(), p.javaName());
      } else {
        ctor.addStatement("this.$N = b.$N == null ? b.$N : $T.copyOf(b.$N)", p.javaName(), buffer,
            p.javaName(), Types.IMMUTABLE_LIST, buffer);
      }
    }
    for (String word : presence.words()) {
      type.addField(FieldSpec.builder(TypeName.LONG, word, Modifier.PRIVATE, Modifier.FINAL).build());
      ctor.addStatement("this.$N = b.$N", word, word);
    }
    type.addField(FieldSpec.builder(PROPS_TYPE, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL).build());
    ctor.addStatement("this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty()"
        + " ? $T.<$T, $T>emptyMap() : $T.unmodifiableMap(new $T<>(b.additionalProperties))",
        COLLECTIONS, STRING, JSON_NODE, COLLECTIONS, LINKED_HASH_MAP);
    type.addMethod(ctor.build());

    for (PropDef p : def.properties()) {
      type.addMethod(valueAccessor(p));
      type.addMethod(MethodSpec.methodBuilder(p.javaName() + "Field")
          .addModifiers(Modifier.PUBLIC)
          .returns(fieldType(p))
          .addJavadoc("The <code>$L</code> field in its three states: missing, null or present.\n\n", Names.javadoc(p.jsonName()))
          .addJavadoc("@return the field, never null\n")
          .addStatement("return $L ? $T.of(this.$N) : $T.missing()", presence.isSet("this", p), JSON_FIELD,
              p.javaName(), JSON_FIELD)
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("additionalProperties")
        .addModifiers(Modifier.PUBLIC)
        .returns(PROPS_TYPE)
        .addJavadoc("Properties the spec does not document, kept as received and written back on serialization.\n\n")
        .addJavadoc("@return an unmodifiable map, empty when there are none\n")
        .addStatement("return additionalProperties")
        .build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A builder with every field missing.\n\n@return a new builder\n")
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc("A builder holding this instance's fields, to build a changed copy.\n\n@return a new builder\n")
        .addStatement("return new $T(this)", builder)
        .build());
    type.addMethod(equalsMethod(def, self, presence));
    type.addMethod(hashCodeMethod(def, presence));
    type.addMethod(toStringMethod(def, presence));
    type.addType(builderType(def, self, builder, presence));
    type.addType(codec(def, self, presence));
    return type.build();
  }

  /**
   * Which fields were set (present or explicit null): one bit per property in {@code long} words, so a
   * model holds its values directly and builds a {@link dev.unisdk.core.model.JsonField} only on request.
   * A field is missing when its bit is clear, null when its bit is set and its value null.
   */
  static final class Presence {
    private final java.util.List<String> words = new java.util.ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    Presence(ModelDef def) {
      Set<String> taken = new HashSet<>();
      for (PropDef p : def.properties()) {
        taken.add(p.javaName());
      }
      taken.add("additionalProperties");
      int n = def.properties().size();
      for (int w = 0; w < Math.max(1, (n + 63) / 64); w++) {
        String name = "set" + w;
        while (!taken.add(name)) {
          name = name + "_";
        }
        words.add(name);
      }
      for (int i = 0; i < n; i++) {
        index.put(def.properties().get(i).javaName(), i);
      }
    }

    java.util.List<String> words() {
      return words;
    }

    private String word(PropDef p) {
      return words.get(index.get(p.javaName()) / 64);
    }

    private String mask(PropDef p) {
      return "0x" + Long.toHexString(1L << (index.get(p.javaName()) % 64)) + "L";
    }

    /** {@code (<owner>.setN & MASK) != 0}. */
    CodeBlock isSet(String owner, PropDef p) {
      return CodeBlock.of("($L.$N & $L) != 0", owner, word(p), mask(p));
    }

    /** {@code <owner>.setN |= MASK}. */
    CodeBlock markSet(String owner, PropDef p) {
      return CodeBlock.of("$L.$N |= $L", owner, word(p), mask(p));
    }

    /** {@code <owner>.setN &= ~MASK}. */
    CodeBlock markMissing(String owner, PropDef p) {
      return CodeBlock.of("$L.$N &= ~$L", owner, word(p), mask(p));
    }
  }

  /**
   * The builder field holding a list property's items while its adder is used (a list the builder owns,
   * frozen by {@code build()}), by property; named so that it clashes with no property.
   */
  private static Map<String, String> addedItemFields(ModelDef def) {
    Set<String> taken = new HashSet<>();
    for (PropDef p : def.properties()) {
      taken.add(p.javaName());
    }
    taken.add("additionalProperties");
    Map<String, String> fields = new HashMap<>();
    for (PropDef p : def.properties()) {
      if (p.adder() != null) {
        String name = p.javaName() + "Added";
        while (!taken.add(name)) {
          name = name + "_";
        }
        fields.put(p.javaName(), name);
      }
    }
    return fields;
  }

  private static String classDoc(ModelDef def) {
    String d = Names.javadoc(def.description());
    return d.isEmpty() ? "The {@code " + def.className() + "} model." : d;
  }

  private TypeName fieldType(PropDef p) {
    return ParameterizedTypeName.get(JSON_FIELD, types.javaType(p.type()));
  }

  private TypeName valueType(PropDef p) {
    return types.javaType(p.type());
  }

  private MethodSpec valueAccessor(PropDef p) {
    TypeName t = types.javaType(p.type());
    MethodSpec.Builder m = MethodSpec.methodBuilder(p.javaName())
        .addModifiers(Modifier.PUBLIC)
        .returns(t)
        .addJavadoc(propertyDoc(p));
    if (p.type() instanceof ListOf l) {
      TypeName e = types.javaType(l.element());
      m.addJavadoc("@return the value, an empty list when missing or null\n");
      m.addStatement("$T v = this.$N", t, p.javaName());
      m.addStatement("return v == null ? $T.<$T>emptyList() : v", COLLECTIONS, e);
    } else if (p.type() instanceof MapOf mo) {
      TypeName v = types.javaType(mo.value());
      m.addJavadoc("@return the value, an empty map when missing or null\n");
      m.addStatement("$T v = this.$N", t, p.javaName());
      m.addStatement("return v == null ? $T.<$T, $T>emptyMap() : v", COLLECTIONS, STRING, v);
    } else {
      m.addJavadoc("@return the value, or null when missing or null\n");
      m.addStatement("return this.$N", p.javaName());
    }
    return m.build();
  }

  private static CodeBlock propertyDoc(PropDef p) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String d = Names.javadoc(p.description());
    doc.add("$L\n", d.isEmpty() ? "The <code>" + Names.javadoc(p.jsonName()) + "</code> field." : d);
    if (p.readOnly()) {
      doc.add("\n<p>Read-only: set by the server, never sent in a request body.\n");
    }
    if (p.required()) {
      doc.add("\n<p>Required by the API (not enforced by the model, so partial responses still decode).\n");
    }
    doc.add("\n");
    return doc.build();
  }

  private static MethodSpec equalsMethod(ModelDef def, ClassName self, Presence presence) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "o")
        .beginControlFlow("if (this == o)").addStatement("return true").endControlFlow()
        .beginControlFlow("if (!(o instanceof $T))", self).addStatement("return false").endControlFlow()
        .addStatement("$T other = ($T) o", self, self);
    CodeBlock.Builder expr = CodeBlock.builder();
    for (String w : presence.words()) {
      expr.add("this.$N == other.$N\n&& ", w, w);
    }
    for (PropDef p : def.properties()) {
      expr.add("$T.equals(this.$N, other.$N)\n&& ", OBJECTS, p.javaName(), p.javaName());
    }
    expr.add("this.additionalProperties.equals(other.additionalProperties)");
    m.addStatement("return $L", expr.build());
    return m.build();
  }

  private static MethodSpec hashCodeMethod(ModelDef def, Presence presence) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("int h = 1");
    for (String w : presence.words()) {
      m.addStatement("h = 31 * h + Long.hashCode(this.$N)", w);
    }
    for (PropDef p : def.properties()) {
      m.addStatement("h = 31 * h + $T.hashCode(this.$N)", OBJECTS, p.javaName());
    }
    m.addStatement("h = 31 * h + this.additionalProperties.hashCode()");
    m.addStatement("return h");
    return m.build();
  }

  private static MethodSpec toStringMethod(ModelDef def, Presence presence) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(STRING)
        .addStatement("$T sb = new $T($S)", StringBuilder.class, StringBuilder.class, def.className() + "{")
        .addStatement("String sep = $S", "");
    for (PropDef p : def.properties()) {
      m.beginControlFlow("if ($L)", presence.isSet("this", p));
      if (p.secret()) {
        m.addStatement("sb.append(sep).append($S).append(this.$N == null ? $S : $S)",
            p.javaName() + "=", p.javaName(), "null", "***");
      } else {
        m.addStatement("sb.append(sep).append($S).append(this.$N)", p.javaName() + "=", p.javaName());
      }
      m.addStatement("sep = $S", ", ");
      m.endControlFlow();
    }
    m.beginControlFlow("if (!additionalProperties.isEmpty())")
        .addStatement("sb.append(sep).append($S).append(additionalProperties)", "additionalProperties=")
        .endControlFlow();
    m.addStatement("return sb.append('}').toString()");
    return m.build();
  }

  private TypeSpec builderType(ModelDef def, ClassName self, ClassName builder, Presence presence) {
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}. A setter never called leaves its field missing (not sent);\n", self)
        .addJavadoc("a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}\n")
        .addJavadoc("setter given {@link $T#missing()} makes the field missing again.\n", JSON_FIELD);
    MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(self, "source");
    Map<String, String> buffers = addedItemFields(def);
    for (PropDef p : def.properties()) {
      b.addField(FieldSpec.builder(valueType(p), p.javaName(), Modifier.PRIVATE).build());
      if (buffers.containsKey(p.javaName())) {
        b.addField(FieldSpec.builder(ParameterizedTypeName.get(Types.ARRAY_LIST, types.javaType(((ListOf) p.type()).element())),
            buffers.get(p.javaName()), Modifier.PRIVATE).build());
      }
      copy.addStatement("this.$N = source.$N", p.javaName(), p.javaName());
    }
    for (String w : presence.words()) {
      b.addField(FieldSpec.builder(TypeName.LONG, w, Modifier.PRIVATE).build());
      copy.addStatement("this.$N = source.$N", w, w);
    }
    b.addField(FieldSpec.builder(PROPS_TYPE, "additionalProperties", Modifier.PRIVATE).build());
    copy.beginControlFlow("if (!source.additionalProperties.isEmpty())")
        .addStatement("this.additionalProperties = new $T<>(source.additionalProperties)", LINKED_HASH_MAP)
        .endControlFlow();
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    b.addMethod(copy.build());

    for (PropDef p : def.properties()) {
      TypeName t = types.javaType(p.type());
      MethodSpec.Builder m = MethodSpec.methodBuilder(p.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(t, p.javaName())
          .addJavadoc(propertyDoc(p))
          .addJavadoc("@param $N the value; {@code null} sends an explicit JSON null\n", p.javaName())
          .addJavadoc("@return this builder\n");
      m.addStatement("this.$N = $L", p.javaName(), copied(p, CodeBlock.of("$N", p.javaName())));
      if (buffers.containsKey(p.javaName())) {
        m.addStatement("this.$N = null", buffers.get(p.javaName()));
      }
      m.addStatement(presence.markSet("this", p));
      b.addMethod(m.addStatement("return this").build());

      MethodSpec.Builder f = MethodSpec.methodBuilder(p.javaName() + "Field")
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(fieldType(p), "field")
          .addJavadoc("Sets <code>$L</code> in one of its three states: {@link $T#missing()} (not sent, e.g. to\n",
              Names.javadoc(p.jsonName()), JSON_FIELD)
          .addJavadoc("undo an earlier setter call), {@link $T#ofNull()} (sent as JSON null) or a value.\n\n", JSON_FIELD)
          .addJavadoc("@param field the field, not null\n@return this builder\n")
          .addJavadoc("@throws NullPointerException when {@code field} is null\n")
          .addStatement("$T.requireNonNull(field, $S)", OBJECTS, p.javaName() + "Field: field must not be null")
          .addStatement("this.$N = $L", p.javaName(), copied(p, CodeBlock.of("field.value()")));
      if (buffers.containsKey(p.javaName())) {
        f.addStatement("this.$N = null", buffers.get(p.javaName()));
      }
      f.beginControlFlow("if (field.isMissing())")
          .addStatement(presence.markMissing("this", p))
          .nextControlFlow("else")
          .addStatement(presence.markSet("this", p))
          .endControlFlow();
      b.addMethod(f.addStatement("return this").build());
      if (p.adder() != null) {
        b.addMethod(adder(p, builder, buffers.get(p.javaName()), presence));
      }
    }
    b.addMethod(MethodSpec.methodBuilder("putAdditionalProperty")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(STRING, "name")
        .addParameter(JSON_NODE, "value")
        .addJavadoc("Adds a property the spec does not document; it is serialized as given.\n\n")
        .addJavadoc("@param name the JSON name\n@param value the JSON value\n@return this builder\n")
        .addStatement("$T.requireNonNull(name, $S)", OBJECTS, "name")
        .beginControlFlow("if (additionalProperties == null)")
        .addStatement("additionalProperties = new $T<>()", LINKED_HASH_MAP)
        .endControlFlow()
        .addStatement("additionalProperties.put(name, value)")
        .addStatement("return this")
        .build());
    b.addMethod(MethodSpec.methodBuilder("removeAdditionalProperty")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(STRING, "name")
        .addJavadoc("Removes an undocumented property.\n\n@param name the JSON name\n@return this builder\n")
        .beginControlFlow("if (additionalProperties != null)")
        .addStatement("additionalProperties.remove(name)")
        .endControlFlow()
        .addStatement("return this")
        .build());
    b.addMethod(MethodSpec.methodBuilder("additionalProperties")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(PROPS_TYPE, "properties")
        .addJavadoc("Replaces all undocumented properties.\n\n@param properties the properties\n@return this builder\n")
        .addStatement("this.additionalProperties = new $T<>(properties)", LINKED_HASH_MAP)
        .addStatement("return this")
        .build());
    b.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addJavadoc("Builds the immutable instance.\n\n@return the model\n")
        .addStatement("return new $T(this)", self)
        .build());
    return b.build();
  }

  /** The value a builder stores for {@code value}: lists and maps copied into unmodifiable ones. */
  private static CodeBlock copied(PropDef p, CodeBlock value) {
    if (p.type() instanceof ListOf) {
      return CodeBlock.of("$T.copyOf($L)", Types.IMMUTABLE_LIST, value);
    }
    if (p.type() instanceof MapOf) {
      return CodeBlock.of("$L == null ? null : $T.unmodifiableMap(new $T<>($L))", value, COLLECTIONS,
          LINKED_HASH_MAP, value);
    }
    return value;
  }

  private MethodSpec adder(PropDef p, ClassName builder, String buffer, Presence presence) {
    TypeName list = types.javaType(p.type());
    TypeName element = types.javaType(((ListOf) p.type()).element());
    return MethodSpec.methodBuilder(p.adder())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(element, "item")
        .addJavadoc("Adds one item to <code>$L</code>: a missing or null list becomes a list of this item, ",
            Names.javadoc(p.jsonName()))
        .addJavadoc("else the item is\nappended to a copy of the current list (a list passed to ")
        .addJavadoc("{@link #$N($T)} is never modified).\n\n", p.javaName(), Types.LIST)
        .addJavadoc("@param item the item, not null\n@return this builder\n")
        .addJavadoc("@throws NullPointerException when {@code item} is null\n")
        .addStatement("$T.requireNonNull(item, $S)", OBJECTS, p.javaName() + ": item must not be null")
        .beginControlFlow("if (this.$N == null)", buffer)
        .addStatement("$T current = this.$N", list, p.javaName())
        .addStatement("this.$N = current == null ? new $T<>() : new $T<>(current)", buffer, Types.ARRAY_LIST,
            Types.ARRAY_LIST)
        .endControlFlow()
        .addStatement("this.$N.add(item)", buffer)
        .addStatement(presence.markSet("this", p))
        .addStatement("return this")
        .build();
  }

  // ------------------------------------------------------------------ codec

  /**
   * The nested, package-private streaming codec: not public API; it reads into the builder's fields and
   * writes from the model's fields directly (no {@code JsonField} per field).
   */
  private TypeSpec codec(ModelDef def, ClassName self, Presence presence) {
    TypeSpec.Builder type = TypeSpec.classBuilder("Codec")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Streaming JSON codec of {@link $T}; not public API.\n", self)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (PropDef p : def.properties()) {
      type.addField(FieldSpec.builder(SERIALIZED_STRING, nameConstant(p), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S)", SERIALIZED_STRING, p.jsonName()).build());
    }
    type.addMethod(readMethod(def, self, presence));
    type.addMethod(writeMethod(def, self, presence));
    type.addType(JacksonAdapters.deserializer(self));
    type.addType(JacksonAdapters.serializer(self));
    return type.build();
  }

  private static String nameConstant(PropDef p) {
    return "F_" + Names.constant(p.javaName());
  }

  private MethodSpec readMethod(ModelDef def, ClassName self, Presence presence) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addParameter(JSON_PARSER, "p")
        .addParameter(DESER_CONTEXT, "ctxt")
        .addException(IO_EXCEPTION)
        .addJavadoc("Reads one {@link $T} from a parser on its first token; JSON null gives null.\n\n", self)
        .addJavadoc("@param p the parser\n@param ctxt the context\n@return the model or null\n")
        .addJavadoc("@throws IOException when a field cannot be decoded (its name is in the exception path)\n")
        .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T t = $T.enterObject(p, ctxt, $T.class)", JSON_TOKEN, CODECS, self)
        .addStatement("$T.Builder b = $T.builder()", self, self)
        .addStatement("$T field = null", STRING)
        .beginControlFlow("try")
        .beginControlFlow("for (; t == $T.FIELD_NAME; t = p.nextToken())", JSON_TOKEN)
        .addStatement("field = p.currentName()")
        .addStatement("p.nextToken()")
        .beginControlFlow("switch (field)");
    for (PropDef p : def.properties()) {
      m.addCode("case $S:\n", p.jsonName());
      m.addStatement("$>b.$N = $L", p.javaName(), types.read(p.type()));
      m.addStatement(presence.markSet("b", p));
      m.addStatement("break$<");
    }
    m.addCode("default:\n");
    m.addStatement("$>b.putAdditionalProperty(field, $T.readTree(p, ctxt))", CODECS);
    m.addStatement("break$<");
    m.endControlFlow()
        .endControlFlow()
        .nextControlFlow("catch ($T e)", MAPPING_EXCEPTION)
        .addStatement("throw $T.withField(e, $T.class, field)", CODECS, self)
        .endControlFlow()
        .addStatement("return b.build()");
    return m.build();
  }

  private MethodSpec writeMethod(ModelDef def, ClassName self, Presence presence) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("write")
        .addModifiers(Modifier.STATIC)
        .addParameter(JSON_GENERATOR, "g")
        .addParameter(SER_PROVIDER, "provider")
        .addParameter(self, "value")
        .addException(IO_EXCEPTION)
        .addJavadoc("Writes a {@link $T}: missing fields are left out, read-only fields too when\n", self)
        .addJavadoc("writing a request body; null gives JSON null.\n\n")
        .addJavadoc("@param g the generator\n@param provider the provider\n@param value the model or null\n")
        .addJavadoc("@throws IOException when writing fails\n")
        .beginControlFlow("if (value == null)")
        .addStatement("g.writeNull()")
        .addStatement("return")
        .endControlFlow();
    boolean anyReadOnly = def.properties().stream().anyMatch(PropDef::readOnly);
    if (anyReadOnly) {
      m.addStatement("boolean requestBody = $T.isRequestBody(provider)", JSON);
    }
    m.addStatement("g.writeStartObject()");
    for (PropDef p : def.properties()) {
      if (p.readOnly()) {
        m.beginControlFlow("if (!requestBody && $L)", presence.isSet("value", p));
      } else {
        m.beginControlFlow("if ($L)", presence.isSet("value", p));
      }
      m.addStatement("g.writeFieldName($N)", nameConstant(p));
      m.addStatement(types.write(p.type(), CodeBlock.of("value.$N", p.javaName())));
      m.endControlFlow();
    }
    m.addStatement("$T.writeAdditionalProperties(g, provider, value.additionalProperties)", CODECS);
    m.addStatement("g.writeEndObject()");
    return m.build();
  }
}
