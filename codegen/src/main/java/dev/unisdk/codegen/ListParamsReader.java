package dev.unisdk.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the list parameter classes a spec asks for: {@code x-unisdk-list-params: <ClassName>} on a
 * {@code GET} operation, with the base class named once at the root
 * ({@code x-unisdk-list-params-base: dev.unisdk.crm.CrmListParams}; the classes go to its package). The
 * operation's {@code filter} and {@code sort} deepObject parameters give the filter model (its properties
 * are the documented filter fields) and the sort model (its {@code by} enum and {@code direction} enum).
 */
final class ListParamsReader {
  static final String EXT_LIST_PARAMS = "x-unisdk-list-params";
  static final String EXT_LIST_PARAMS_BASE = "x-unisdk-list-params-base";

  private ListParamsReader() {
  }

  /** A filter: the generated filter model and its documented fields (JSON names, spec order). */
  record FilterDef(String modelClass, List<String> fields) {
  }

  /** A sort: the sort model, its {@code by} enum with its values, and its {@code direction} enum. */
  record SortDef(String modelClass, String byEnum, List<String> byValues, String directionEnum) {
  }

  /** One list parameters class. */
  record ListParamsDef(String className, String basePackage, String baseClass, String path, String resource,
      boolean passThrough, FilterDef filter, SortDef sort) {
  }

  static List<ListParamsDef> read(OpenAPI api) {
    List<ListParamsDef> out = new ArrayList<>();
    if (api.getPaths() == null) {
      return out;
    }
    Object base = api.getExtensions() == null ? null : api.getExtensions().get(EXT_LIST_PARAMS_BASE);
    for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
      Operation get = e.getValue().getGet();
      Object name = get == null || get.getExtensions() == null ? null : get.getExtensions().get(EXT_LIST_PARAMS);
      if (name == null) {
        continue;
      }
      if (base == null) {
        throw new IllegalStateException(EXT_LIST_PARAMS + " on GET " + e.getKey() + " needs " + EXT_LIST_PARAMS_BASE
            + " at the root of the spec");
      }
      String baseName = base.toString();
      int dot = baseName.lastIndexOf('.');
      FilterDef filter = null;
      SortDef sort = null;
      boolean passThrough = false;
      for (Parameter p : parameters(api, get)) {
        if (!"query".equals(p.getIn())) {
          continue;
        }
        if ("pass_through".equals(p.getName())) {
          passThrough = true;
        } else if ("filter".equals(p.getName())) {
          String model = refName(p.getSchema());
          Schema<?> s = schema(api, model);
          filter = new FilterDef(Names.type(model), new ArrayList<>(s.getProperties().keySet()));
        } else if ("sort".equals(p.getName())) {
          String model = refName(p.getSchema());
          Schema<?> s = schema(api, model);
          Schema<?> by = s.getProperties().get("by");
          Schema<?> direction = s.getProperties().get("direction");
          if (by == null || direction == null || by.get$ref() == null || direction.get$ref() == null) {
            throw new IllegalStateException("sort model " + model + " needs by and direction enums ($ref)");
          }
          String byEnum = refName(by);
          List<String> values = new ArrayList<>();
          for (Object v : schema(api, byEnum).getEnum()) {
            values.add(v.toString());
          }
          sort = new SortDef(Names.type(model), Names.type(byEnum), values, Names.type(refName(direction)));
        }
      }
      String path = e.getKey();
      String resource = path.substring(path.lastIndexOf('/') + 1);
      out.add(new ListParamsDef(name.toString(), baseName.substring(0, dot), baseName.substring(dot + 1), path,
          resource, passThrough, filter, sort));
    }
    return out;
  }

  private static List<Parameter> parameters(OpenAPI api, Operation op) {
    List<Parameter> out = new ArrayList<>();
    if (op.getParameters() == null) {
      return out;
    }
    for (Parameter p : op.getParameters()) {
      if (p.get$ref() != null) {
        String ref = p.get$ref();
        p = api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
        if (p == null) {
          throw new IllegalStateException("unresolved parameter " + ref);
        }
      }
      out.add(p);
    }
    return out;
  }

  private static String refName(Schema<?> s) {
    if (s == null || s.get$ref() == null) {
      throw new IllegalStateException("filter/sort parameters must $ref a component schema");
    }
    return s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
  }

  private static Schema<?> schema(OpenAPI api, String name) {
    Schema<?> s = api.getComponents().getSchemas().get(name);
    if (s == null) {
      throw new IllegalStateException("no component schema " + name);
    }
    return s;
  }
}
