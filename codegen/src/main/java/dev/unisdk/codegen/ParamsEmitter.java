package dev.unisdk.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.unisdk.codegen.ListParamsReader.FilterDef;
import dev.unisdk.codegen.ListParamsReader.ListParamsDef;
import dev.unisdk.codegen.ListParamsReader.SortDef;
import javax.lang.model.element.Modifier;

/**
 * Writes one list parameters class ({@code ContactListParams}): the base class's common parameters plus,
 * when the operation documents them, a typed {@code filter} and {@code sort}, checked against the spec
 * before any request.
 */
final class ParamsEmitter {
  private static final ClassName SPEC = ClassName.get("dev.unisdk.apideck.internal", "FilterSortSpec");
  private static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");

  private final Types types;

  ParamsEmitter(Types types) {
    this.types = types;
  }

  TypeSpec params(ListParamsDef def) {
    ClassName self = ClassName.get(types.paramsPackage(), def.className());
    ClassName builder = self.nestedClass("Builder");
    ClassName base = ClassName.get(def.basePackage(), def.baseClass());
    FilterDef filter = def.filter();
    SortDef sort = def.sort();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(base)
        .addJavadoc(classDoc(def));
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "b");
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(base.nestedClass("Builder"), builder))
        .addJavadoc("Builds {@link $T}.\n", self);
    MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(self, "params")
        .addStatement("from(params)");
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    if (filter == null && sort == null) {
      ctor.addStatement("super(b, null, null, null)");
    } else {
      if (filter == null || sort == null) {
        throw new IllegalStateException(def.className() + ": a list with a filter needs a sort too (and back)");
      }
      ClassName f = types.model(filter.modelClass());
      ClassName fb = f.nestedClass("Builder");
      ClassName s = types.model(sort.modelClass());
      ClassName by = types.model(sort.byEnum());
      ClassName dir = types.model(sort.directionEnum());
      TypeName specType = ParameterizedTypeName.get(SPEC, f, fb, s, by, dir);
      type.addField(FieldSpec.builder(specType, "SPEC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(CodeBlock.builder()
              .add("$T.<$T, $T, $T, $T, $T>builder($S)\n", SPEC, f, fb, s, by, dir, def.resource())
              .add("$>$>.filter($S, $T::builder, $T::build, $T::additionalProperties)\n",
                  String.join(", ", filter.fields()), f, fb, f)
              .add(".sort($S, $T::sortOf, $T::by, $T::direction, $T::additionalProperties)\n",
                  String.join(", ", sort.byValues()), self, s, s, s)
              .add(".build()$<$<")
              .build())
          .build());
      type.addMethod(MethodSpec.methodBuilder("sortOf")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(s)
          .addParameter(Types.nullable(by), "by")
          .addParameter(Types.nullable(dir), "direction")
          .addStatement("$T.Builder sort = $T.builder()", s, s)
          .beginControlFlow("if (by != null)").addStatement("sort.by(by)").endControlFlow()
          .beginControlFlow("if (direction != null)").addStatement("sort.direction(direction)").endControlFlow()
          .addStatement("return sort.build()")
          .build());
      ctor.addStatement("super(b, b.filter, b.sortBy, b.sortDirection)")
          .addStatement("this.filter = b.filter")
          .addStatement("this.sortBy = b.sortBy")
          .addStatement("this.sortDirection = b.sortDirection");
      type.addField(Types.nullable(f), "filter", Modifier.PRIVATE, Modifier.FINAL);
      type.addField(Types.nullable(by), "sortBy", Modifier.PRIVATE, Modifier.FINAL);
      type.addField(Types.nullable(dir), "sortDirection", Modifier.PRIVATE, Modifier.FINAL);
      type.addMethod(MethodSpec.methodBuilder("filter").addModifiers(Modifier.PUBLIC).returns(Types.nullable(f))
          .addJavadoc("Returns the filter.\n\n@return the filter, or null when none is set\n")
          .addStatement("return filter").build());
      type.addMethod(MethodSpec.methodBuilder("sort").addModifiers(Modifier.PUBLIC).returns(Types.nullable(s))
          .addJavadoc("Returns the sort.\n\n@return the sort field and direction, or null when none is set\n")
          .addStatement("return sortBy == null && sortDirection == null ? null : sortOf(sortBy, sortDirection)")
          .build());

      b.addField(Types.nullable(f), "filter", Modifier.PRIVATE);
      b.addField(Types.nullable(by), "sortBy", Modifier.PRIVATE);
      b.addField(Types.nullable(dir), "sortDirection", Modifier.PRIVATE);
      copy.addStatement("this.filter = params.filter")
          .addStatement("this.sortBy = params.sortBy")
          .addStatement("this.sortDirection = params.sortDirection");
      b.addMethod(MethodSpec.methodBuilder("filter").addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(Types.nullable(f), "filter")
          .addJavadoc("Filters the list ({@code filter[<field>]=<value>}; documented: $L).\n\n",
              String.join(", ", filter.fields()))
          .addJavadoc("@param filter the filter, or null for none\n@return this builder\n")
          .addJavadoc("@throws dev.unisdk.core.errors.ValidationException when it holds a field the resource cannot be\n")
          .addJavadoc("    filtered on\n")
          .addStatement("this.filter = SPEC.checkFilter(filter)")
          .addStatement("return this").build());
      b.addMethod(MethodSpec.methodBuilder("filter").addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(ParameterizedTypeName.get(CONSUMER, fb), "filter")
          .addJavadoc("Filters the list, building the filter in place: {@code filter(f -> f.name(\"...\"))}.\n\n")
          .addJavadoc("@param filter sets the filter fields\n@return this builder\n")
          .addStatement("this.filter = SPEC.buildFilter(filter)")
          .addStatement("return this").build());
      b.addMethod(MethodSpec.methodBuilder("sort").addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(Types.nullable(by), "by")
          .addJavadoc("Sorts by a field ({@code sort[by]}; documented: $L), in the server's default direction.\n\n",
              String.join(", ", sort.byValues()))
          .addJavadoc("@param by the sort field, or null for no sort\n@return this builder\n")
          .addJavadoc("@throws dev.unisdk.core.errors.ValidationException when the field is not a documented sort field\n")
          .addStatement("this.sortBy = SPEC.checkSortBy(by)")
          .addStatement("this.sortDirection = null")
          .addStatement("return this").build());
      b.addMethod(MethodSpec.methodBuilder("sort").addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(Types.nullable(by), "by")
          .addParameter(Types.nullable(dir), "direction")
          .addJavadoc("Sorts by a field in a direction ({@code sort[by]=..&sort[direction]=..}); a null field sends\n")
          .addJavadoc("the direction alone (the server's default field).\n\n")
          .addJavadoc("@param by the sort field, or null for the server's default field\n")
          .addJavadoc("@param direction the direction, or null for the server's default direction\n@return this builder\n")
          .addJavadoc("@throws dev.unisdk.core.errors.ValidationException when the field or the direction is not documented\n")
          .addStatement("this.sortBy = SPEC.checkSortBy(by)")
          .addStatement("this.sortDirection = SPEC.checkDirection(direction)")
          .addStatement("return this").build());
      b.addMethod(MethodSpec.methodBuilder("sortDirection").addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(Types.nullable(dir), "direction")
          .addJavadoc("Sets the sort direction ({@code sort[direction]}), keeping the sort field (none: the server's\n")
          .addJavadoc("default field).\n\n")
          .addJavadoc("@param direction the direction, or null for the server's default direction\n@return this builder\n")
          .addJavadoc("@throws dev.unisdk.core.errors.ValidationException when the direction is not documented\n")
          .addStatement("this.sortDirection = SPEC.checkDirection(direction)")
          .addStatement("return this").build());
      b.addMethod(MethodSpec.methodBuilder("sort").addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(Types.nullable(s), "sort")
          .addJavadoc("Sorts as a sort model says.\n\n@param sort the sort, or null for none\n@return this builder\n")
          .addJavadoc("@throws dev.unisdk.core.errors.ValidationException when it holds an undocumented member or value\n")
          .beginControlFlow("if (sort == null)")
          .addStatement("this.sortBy = null")
          .addStatement("this.sortDirection = null")
          .addStatement("return this")
          .endControlFlow()
          .addStatement("SPEC.checkSort(sort)")
          .addStatement("this.sortBy = SPEC.checkSortBy(sort.by())")
          .addStatement("this.sortDirection = SPEC.checkDirection(sort.direction())")
          .addStatement("return this").build());
    }
    type.addMethod(ctor.build());
    type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("Starts a builder.\n\n@return a builder\n")
        .addStatement("return new $T()", builder).build());
    type.addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addJavadoc("Returns a builder holding these parameters.\n\n@return a builder\n")
        .addStatement("return new $T(this)", builder).build());
    b.addMethod(copy.build());
    b.addMethod(MethodSpec.methodBuilder("self").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(builder)
        .addStatement("return this").build());
    b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("Builds the parameters.\n\n@return the parameters\n")
        .addStatement("return new $T(this)", self).build());
    type.addType(b.build());
    return type.build();
  }

  private static CodeBlock classDoc(ListParamsDef def) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("Parameters of {@code GET $L}: {@code raw}, {@code cursor}, {@code limit} (1..200), ", def.path());
    doc.add(def.passThrough() ? "{@code pass_through[...]}, " : "");
    doc.add("{@code fields}");
    if (def.filter() != null) {
      doc.add(",\n{@code filter[...]} ($L) and {@code sort[by]} ($L) with {@code sort[direction]}",
          String.join(", ", def.filter().fields()), String.join(", ", def.sort().byValues()));
    } else {
      doc.add(" (no filter or sort documented)");
    }
    doc.add(".\n\n<pre>{@code\n$L.builder().limit(50)", def.className());
    if (def.filter() != null) {
      doc.add(".filter(f -> f.$L(\"...\")).sort($L.$L)", Names.property(def.filter().fields().get(0)),
          def.sort().byEnum(), Names.constant(def.sort().byValues().get(0)));
    }
    doc.add(".build();\n}</pre>\n");
    return doc.build();
  }
}
