package dev.unisdk.codegen;

import java.util.List;

/** The generator's view of a spec: the classes to write, independent of OpenAPI and of JavaPoet. */
final class Defs {
  private Defs() {
  }

  /** A class to generate. */
  sealed interface TypeDef permits ModelDef, EnumDef {
    String className();
  }

  /** An object schema: an immutable model with a builder and a streaming codec. */
  record ModelDef(String className, String description, List<PropDef> properties) implements TypeDef {
  }

  /** A string enum: an open enum with one constant per documented value. */
  record EnumDef(String className, String description, List<String> values) implements TypeDef {
  }

  /**
   * One property of a model. {@code adder} is the name of the builder method adding one item to a list
   * property ({@code addEmail}); null for other types.
   */
  record PropDef(String jsonName, String javaName, TypeRef type, String description, boolean readOnly,
      boolean secret, boolean required, String adder, java.math.BigDecimal minimum) {
  }

  /** The Java type of a property. */
  sealed interface TypeRef permits Scalar, Named, ListOf, MapOf {
  }

  /** A scalar or untyped value. */
  enum ScalarKind { STRING, BOOLEAN, INTEGER, LONG, DECIMAL, DATE, DATE_TIME, JSON_VALUE }

  /** A scalar type. */
  record Scalar(ScalarKind kind) implements TypeRef {
  }

  /** A generated class (model or enum). */
  record Named(String className, boolean isEnum) implements TypeRef {
  }

  /** A JSON array. */
  record ListOf(TypeRef element) implements TypeRef {
  }

  /** A JSON object with free keys. */
  record MapOf(TypeRef value) implements TypeRef {
  }
}
