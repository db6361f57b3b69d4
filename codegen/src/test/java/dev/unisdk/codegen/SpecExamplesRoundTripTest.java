package dev.unisdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unisdk.core.json.Json;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON example of every operation in the real specs (request bodies and 2xx responses; for an
 * envelope, its {@code data}) decodes into the generated model and serializes back to the same JSON:
 * no field is lost. Request examples are written with the request writer (read-only fields left out).
 * Date-times compare by instant and numbers by value.
 */
class SpecExamplesRoundTripTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @TempDir
  Path tmp;

  private static Path repoRoot() {
    return Paths.get(System.getProperty("unisdk.repo.root", "..")).toAbsolutePath().normalize();
  }

  @TestFactory
  List<DynamicTest> everyExampleRoundTripsThroughTheGeneratedModels() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : Target.all()) {
      Path spec = target.spec(repoRoot());
      if (!Files.exists(spec)) {
        continue;
      }
      GeneratedCode code = GeneratedCode.compile(spec, target.modelPackage(), tmp.resolve(target.module()), false);
      ParseOptions options = new ParseOptions();
      options.setResolve(false);
      OpenAPI api = new OpenAPIParser().readContents(Files.readString(spec), null, options).getOpenAPI();
      Map<String, PathItem> paths = new java.util.LinkedHashMap<>(api.getPaths());
      Object webhooks = api.getExtensions() == null ? null : api.getExtensions().get("x-webhooks");
      if (webhooks instanceof Map<?, ?> events) {
        // OpenAPI 3.0 has no webhooks: the specs keep them as 3.1-style path items under x-webhooks
        for (Map.Entry<?, ?> e : events.entrySet()) {
          paths.put("webhook " + e.getKey(), io.swagger.v3.core.util.Json.mapper().convertValue(e.getValue(), PathItem.class));
        }
      }
      for (Map.Entry<String, PathItem> path : paths.entrySet()) {
        boolean webhook = path.getKey().startsWith("webhook ");
        for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
          String name = target.specFile() + " " + op.getKey() + " " + path.getKey();
          Operation operation = op.getValue();
          if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            addCases(tests, name + " request", operation.getRequestBody().getContent().get("application/json"),
                api, code, spec, !webhook);
          }
          if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> r : operation.getResponses().entrySet()) {
              if (r.getKey().startsWith("2") && r.getValue().getContent() != null) {
                addCases(tests, name + " " + r.getKey(), r.getValue().getContent().get("application/json"),
                    api, code, spec, false);
              }
            }
          }
        }
      }
    }
    return tests;
  }

  private static void addCases(List<DynamicTest> tests, String name, MediaType media, OpenAPI api, GeneratedCode code,
      Path spec, boolean request) throws Exception {
    if (media == null || media.getSchema() == null) {
      return;
    }
    List<JsonNode> examples = new ArrayList<>();
    if (media.getExample() != null) {
      examples.add(MAPPER.valueToTree(media.getExample()));
    }
    if (media.getExamples() != null) {
      for (Example e : media.getExamples().values()) {
        if (e.getValue() != null) {
          examples.add(MAPPER.valueToTree(e.getValue()));
        } else if (e.getExternalValue() != null) {
          examples.add(MAPPER.readTree(Files.readString(spec.resolveSibling(e.getExternalValue()), StandardCharsets.UTF_8)));
        }
      }
    }
    for (JsonNode example : examples) {
      Schema<?> schema = media.getSchema();
      String model = refName(schema);
      JsonNode node = example;
      if (model != null && !exists(code, model)) {
        // a hand-written envelope: the model is in its data property
        Schema<?> envelope = api.getComponents().getSchemas().get(model);
        Schema<?> data = envelope == null || envelope.getProperties() == null ? null : envelope.getProperties().get("data");
        model = null;
        if (data != null && example.has("data")) {
          node = example.get("data");
          model = refName(data.getItems() != null ? data.getItems() : data);
        }
      }
      if (model == null || !exists(code, model)) {
        continue;
      }
      Class<?> type = code.type(model);
      String modelName = model;
      List<JsonNode> values = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(values::add);
      } else {
        values.add(node);
      }
      for (int i = 0; i < values.size(); i++) {
        JsonNode value = values.get(i);
        tests.add(DynamicTest.dynamicTest(name + " -> " + modelName + (values.size() > 1 ? "[" + i + "]" : ""), () -> {
          Object decoded = MAPPER.readValue(value.toString(), type);
          String written = request ? Json.requestWriter().writeValueAsString(decoded) : MAPPER.writeValueAsString(decoded);
          JsonNode back = MAPPER.readTree(written);
          List<String> undocumented = new ArrayList<>();
          undocumentedFields(decoded, modelName, undocumented);
          assertThat(undocumented).as("example fields without a generated accessor").isEmpty();
          assertThat(equivalent(value, back)).as("round trip of %s%n expected %s%n      got %s", modelName, value, back)
              .isTrue();
        }));
      }
    }
  }

  /** Collects the JSON names that landed in additionalProperties anywhere in a decoded model graph. */
  private static void undocumentedFields(Object value, String path, List<String> out) throws Exception {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        undocumentedFields(list.get(i), path + "[" + i + "]", out);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        undocumentedFields(e.getValue(), path + "." + e.getKey(), out);
      }
      return;
    }
    if (value == null || Arrays.stream(value.getClass().getMethods()).noneMatch(m -> m.getName().equals("toBuilder"))) {
      return; // scalars, JsonValue, open enums: not a generated model
    }
    for (Object name : ((Map<?, ?>) value.getClass().getMethod("additionalProperties").invoke(value)).keySet()) {
      out.add(path + "." + name);
    }
    for (java.lang.reflect.Method m : value.getClass().getDeclaredMethods()) {
      if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0 && !m.getName().endsWith("Field") && !m.getName().equals("additionalProperties")
          && !m.getName().equals("toBuilder") && !m.getName().equals("hashCode") && !m.getName().equals("toString")) {
        undocumentedFields(m.invoke(value), path + "." + m.getName(), out);
      }
    }
  }

  private static boolean exists(GeneratedCode code, String simpleName) {
    return code.files.keySet().stream().anyMatch(p -> p.endsWith("/model/" + simpleName + ".java")
        || p.endsWith("/model/internal/" + simpleName + ".java"));
  }

  private static String refName(Schema<?> s) {
    return s.get$ref() == null ? null : s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
  }

  /** Same JSON, numbers by value and date-time strings by instant (the models normalise both). */
  static boolean equivalent(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.asText().equals(b.asText()) || sameInstant(a.asText(), b.asText());
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!b.has(e.getKey()) || !equivalent(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equivalent(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static boolean sameInstant(String a, String b) {
    try {
      return OffsetDateTime.parse(a).toInstant().equals(OffsetDateTime.parse(b).toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
