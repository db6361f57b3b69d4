package dev.unisdk.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.unisdk.codegen.Defs.ListOf;
import dev.unisdk.codegen.Defs.MapOf;
import dev.unisdk.codegen.Defs.ModelDef;
import dev.unisdk.codegen.Defs.PropDef;
import dev.unisdk.codegen.Defs.Scalar;
import dev.unisdk.codegen.Defs.ScalarKind;
import dev.unisdk.codegen.Defs.TypeDef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes the request checks a spec asks for ({@code x-unisdk-request-checks: <class>} at the root): for
 * each model sent as a {@code POST} body a {@code forCreate(model)} that requires every {@code required:}
 * property (present, not blank, not empty), and for each model sent as a {@code PATCH}/{@code PUT} body a
 * {@code forUpdate(model)} that lets them be left out but not cleared; both check {@code minimum:}. Thrown
 * before any request as {@code ValidationException} naming the JSON property.
 */
final class RequestChecksEmitter {
  static final String EXT_REQUEST_CHECKS = "x-unisdk-request-checks";
  private static final ClassName FIELD_CHECKS = ClassName.get("dev.unisdk.core.model.internal", "FieldChecks");

  private RequestChecksEmitter() {
  }

  /** The class to write, or null when the spec does not ask for one. */
  static TypeSpec emit(OpenAPI api, List<TypeDef> defs, Types types) {
    Object name = api.getExtensions() == null ? null : api.getExtensions().get(EXT_REQUEST_CHECKS);
    if (name == null) {
      return null;
    }
    String fqcn = name.toString();
    ClassName self = ClassName.get(fqcn.substring(0, fqcn.lastIndexOf('.')), fqcn.substring(fqcn.lastIndexOf('.') + 1));
    Map<String, ModelDef> models = new TreeMap<>();
    for (TypeDef d : defs) {
      if (d instanceof ModelDef m) {
        models.put(m.className(), m);
      }
    }
    Map<String, ModelDef> creates = new TreeMap<>();
    Map<String, ModelDef> updates = new TreeMap<>();
    for (PathItem item : api.getPaths().values()) {
      body(item.getPost(), models, creates);
      body(item.getPatch(), models, updates);
      body(item.getPut(), models, updates);
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Checks of request bodies generated from the spec's {@code required:} and {@code minimum:};\n")
        .addJavadoc("not public API. Each throws {@code ValidationException} naming the JSON property.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ModelDef m : creates.values()) {
      type.addMethod(method("forCreate", m, true, types));
    }
    for (ModelDef m : updates.values()) {
      type.addMethod(method("forUpdate", m, false, types));
    }
    return type.build();
  }

  private static void body(Operation op, Map<String, ModelDef> models, Map<String, ModelDef> out) {
    if (op == null || op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return;
    }
    MediaType json = op.getRequestBody().getContent().get("application/json");
    Schema<?> s = json == null ? null : json.getSchema();
    if (s == null || s.get$ref() == null) {
      return;
    }
    ModelDef m = models.get(Names.type(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1)));
    if (m != null && m.properties().stream().anyMatch(p -> p.required() || p.minimum() != null)) {
      out.put(m.className(), m);
    }
  }

  private static MethodSpec method(String name, ModelDef m, boolean create, Types types) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(types.model(m.className()), "body")
        .addJavadoc(create ? "Checks a create body of {@link $T}.\n\n" : "Checks an update body of {@link $T}.\n\n",
            types.model(m.className()))
        .addJavadoc("@param body the body\n")
        .addJavadoc("@throws dev.unisdk.core.errors.ValidationException when a check fails\n");
    for (PropDef p : m.properties()) {
      if (p.readOnly()) {
        continue;
      }
      if (p.required()) {
        String check = textual(p) ? "requiredText" : "requiredValue";
        b.addStatement("$T.$L(body.$NField(), $S)", FIELD_CHECKS, create ? check : check + "IfSet", p.javaName(),
            p.jsonName());
      }
      if (p.minimum() != null) {
        b.addStatement("$T.atLeast(body.$NField(), new $T($S), $S)", FIELD_CHECKS, p.javaName(),
            java.math.BigDecimal.class, p.minimum().toPlainString(), p.jsonName());
      }
    }
    return b.build();
  }

  private static boolean textual(PropDef p) {
    return p.type() instanceof Scalar s && s.kind() == ScalarKind.STRING
        && !(p.type() instanceof ListOf) && !(p.type() instanceof MapOf);
  }
}
