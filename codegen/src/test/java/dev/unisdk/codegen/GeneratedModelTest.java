package dev.unisdk.codegen;

import static dev.unisdk.codegen.GeneratedCode.call;
import static dev.unisdk.codegen.GeneratedCode.constant;
import static dev.unisdk.codegen.GeneratedCode.invokeStatic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.OpenEnum;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates the test spec, compiles it in-process and exercises the generated models through Jackson. */
@SuppressWarnings("unchecked")
class GeneratedModelTest {
  private static final String PKG = "dev.unisdk.testapi.model";
  private static final ObjectMapper MAPPER = Json.mapper();

  @TempDir
  static Path dir;
  static GeneratedCode code;
  static Class<?> contact;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    code = GeneratedCode.compile(spec(), PKG, dir);
    contact = code.type("Contact");
  }

  static Path spec() throws URISyntaxException {
    return Paths.get(GeneratedModelTest.class.getResource("/specs/testapi.yaml").toURI());
  }

  private static Object read(String json) throws Exception {
    return MAPPER.readValue(json, contact);
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static final String FULL = "{"
      + "\"id\":\"c-1\",\"first_name\":\"Ada\",\"last_name\":null,\"type\":\"customer\",\"status\":\"inactive\","
      + "\"birthday\":\"1815-12-10\",\"created_at\":\"2024-01-31T10:15:30Z\",\"updated_at\":\"2024-02-01T08:00:00.123+02:00\","
      + "\"score\":12.50,\"age\":36,\"visits\":12345678901,\"active\":true,"
      + "\"emails\":[{\"email\":\"ada@example.com\",\"type\":\"work\",\"verified\":true},{\"email\":\"b@example.com\",\"type\":\"home\"}],"
      + "\"tags\":[\"vip\",\"math\"],\"labels\":[\"x\"],\"address\":{\"city\":\"London\",\"zip\":\"W1\",\"country\":\"UK\"},"
      + "\"social\":{\"twitter\":\"@ada\"},"
      + "\"custom_fields\":[{\"id\":\"s\",\"value\":\"text\"},{\"id\":\"n\",\"value\":1.25},{\"id\":\"b\",\"value\":false},"
      + "{\"id\":\"o\",\"value\":{\"k\":[1,\"two\",null]}},{\"id\":\"a\",\"value\":[true]},{\"id\":\"z\",\"value\":null}],"
      + "\"metadata\":{\"source\":\"import\",\"n\":3},\"counts\":{\"calls\":4},\"matrix\":[[1,2],[3]],"
      + "\"api_key\":\"sk-secret\",\"token\":\"tok-secret\",\"Status\":\"Fine\",\"rating\":{\"stars\":5},\"class\":\"A\",\"owner\":{\"name\":\"Bob\",\"user_id\":\"u-9\"},\"anything\":[1,{\"x\":null}],"
      + "\"x_unknown\":{\"nested\":[1,2,{\"deep\":true}]},\"x_flag\":null"
      + "}";

  @Test
  void roundTripKeepsEveryFieldIncludingUnknownProperties() throws Exception {
    Object c = read(FULL);

    assertThat(tree(MAPPER.writeValueAsString(c))).isEqualTo(tree(FULL));
    assertThat(call(c, "firstName")).isEqualTo("Ada");
    assertThat(call(c, "birthday")).isEqualTo(LocalDate.of(1815, 12, 10));
    assertThat(call(c, "createdAt")).isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC));
    assertThat(call(c, "score")).isEqualTo(new BigDecimal("12.50"));
    assertThat(call(c, "age")).isEqualTo(36);
    assertThat(call(c, "visits")).isEqualTo(12345678901L);
    assertThat(call(c, "classValue")).isEqualTo("A");
    assertThat(call(c, "statusText")).isEqualTo("Fine");
    assertThat(call(call(c, "rating"), "stars")).isEqualTo(5L);
    assertThat((List<Object>) call(c, "matrix")).isEqualTo(Arrays.asList(Arrays.asList(1L, 2L), Arrays.asList(3L)));
    assertThat((Map<Object, Object>) call(c, "counts")).containsEntry("calls", 4L);
    List<?> emails = (List<Object>) call(c, "emails");
    assertThat(emails).hasSize(2);
    assertThat(call(emails.get(0), "email")).isEqualTo("ada@example.com");
    assertThat(((Map<Object, Object>) call(emails.get(0), "additionalProperties")).keySet()).containsExactly("verified");
    assertThat(call(call(c, "address"), "city")).isEqualTo("London");
    assertThat(call(call(c, "address"), "getClass")).isEqualTo(code.type("ContactAddress"));
    assertThat(call(call(c, "social"), "getClass")).isEqualTo(code.type("SocialLinks"));
    assertThat(call(call(c, "owner"), "userId")).isEqualTo("u-9");
    assertThat(call(call(c, "owner"), "name")).isEqualTo("Bob");
    Map<Object, Object> unknown = (Map<Object, Object>) call(c, "additionalProperties");
    assertThat(unknown.keySet()).containsExactly("x_unknown", "x_flag");
    assertThat(unknown.get("x_flag")).isEqualTo(JsonNodeFactory.instance.nullNode());
  }

  @Test
  void untypedValuesDecideByFirstTokenAndKeepTheirStructure() throws Exception {
    Object c = read(FULL);
    List<?> fields = (List<Object>) call(c, "customFields");
    List<JsonValue.Kind> kinds = fields.stream().map(f -> ((JsonValue) call(f, "value")).kind()).collect(Collectors.toList());

    assertThat(kinds).containsExactly(JsonValue.Kind.STRING, JsonValue.Kind.NUMBER, JsonValue.Kind.BOOLEAN,
        JsonValue.Kind.OBJECT, JsonValue.Kind.ARRAY, JsonValue.Kind.NULL);
    JsonValue object = (JsonValue) call(fields.get(3), "value");
    assertThat(object.asObject().get("k").asArray().get(1).asString()).isEqualTo("two");
    assertThat(object.toString()).isEqualTo("{\"k\":[1,\"two\",null]}");
    assertThat(((JsonValue) call(fields.get(1), "value")).asNumber()).isEqualTo(new BigDecimal("1.25"));
    // explicit JSON null stays distinguishable from absent
    assertThat(((JsonField<?>) call(fields.get(5), "valueField")).isMissing()).isFalse();
    assertThat(((Map<Object, Object>) call(c, "metadata")).get("n")).isEqualTo(JsonValue.of(3));
  }

  @Test
  void builderSendsExactlyWhatWasSetIncludingExplicitNulls() throws Exception {
    Object b = code.builder("Contact");
    call(b, "firstName", "Ada");
    call(b, "lastName", (Object) null);
    call(b, "tags", Arrays.asList("a"));
    Object c = call(b, "build");

    assertThat(tree(MAPPER.writeValueAsString(c))).isEqualTo(tree("{\"first_name\":\"Ada\",\"last_name\":null,\"tags\":[\"a\"]}"));
    assertThat(((JsonField<?>) call(c, "lastNameField")).isNull()).isTrue();
    assertThat(((JsonField<?>) call(c, "typeField")).isMissing()).isTrue();
    assertThat(call(c, "lastName")).isNull();
    assertThat((List<Object>) call(c, "emails")).isEmpty();
    assertThat((Map<Object, Object>) call(c, "counts")).isEmpty();
  }

  @Test
  void codecsAreNestedAndNotPublic() throws Exception {
    Class<?> codec = Class.forName(PKG + ".Contact$Codec", false, contact.getClassLoader());
    assertThat(java.lang.reflect.Modifier.isPublic(codec.getModifiers())).isFalse();
    Class<?> enumCodec = Class.forName(PKG + ".ContactType$Codec", false, contact.getClassLoader());
    assertThat(java.lang.reflect.Modifier.isPublic(enumCodec.getModifiers())).isFalse();
    assertThat(contact.getDeclaredFields()).noneMatch(f -> f.getType() == JsonField.class);
  }

  @Test
  void fieldSettersResetToMissingOrNull() throws Exception {
    Object b = code.builder("Contact");
    call(b, "firstName", "Ada");
    call(b, "lastName", "Lovelace");
    call(b, "tags", Arrays.asList("a"));
    call(b, "addTag", "b");
    java.lang.reflect.Method field = b.getClass().getMethod("firstNameField", JsonField.class);
    field.invoke(b, JsonField.missing());
    b.getClass().getMethod("lastNameField", JsonField.class).invoke(b, JsonField.ofNull());
    b.getClass().getMethod("tagsField", JsonField.class).invoke(b, JsonField.missing());
    Object c = call(b, "build");

    assertThat(tree(MAPPER.writeValueAsString(c))).isEqualTo(tree("{\"last_name\":null}"));
    assertThat(((JsonField<?>) call(c, "firstNameField")).isMissing()).isTrue();
    assertThat(((JsonField<?>) call(c, "tagsField")).isMissing()).isTrue();
    Object again = call(call(c, "toBuilder"), "build");
    assertThat(again).isEqualTo(c).hasSameHashCodeAs(c);
    Object b2 = code.builder("Contact");
    b2.getClass().getMethod("firstNameField", JsonField.class).invoke(b2, JsonField.of("Ada"));
    assertThat(call(call(b2, "build"), "firstName")).isEqualTo("Ada");
    assertThat(call(code.builder("Contact"), "build")).isNotEqualTo(c);
  }

  @Test
  void missingAndExplicitNullAreNotEqual() throws Exception {
    Object missing = read("{}");
    Object nulled = read("{\"first_name\":null}");
    assertThat(missing).isNotEqualTo(nulled);
    assertThat(missing.toString()).isEqualTo("Contact{}");
    assertThat(nulled.toString()).isEqualTo("Contact{firstName=null}");
  }

  @Test
  void decodingKeepsAbsentNullAndValueApart() throws Exception {
    Object c = read("{\"last_name\":null,\"emails\":null,\"first_name\":\"A\"}");

    assertThat(((JsonField<?>) call(c, "firstNameField")).isPresent()).isTrue();
    assertThat(((JsonField<?>) call(c, "lastNameField")).isNull()).isTrue();
    assertThat(((JsonField<?>) call(c, "ageField")).isMissing()).isTrue();
    assertThat(((JsonField<?>) call(c, "emailsField")).isNull()).isTrue();
    assertThat((List<Object>) call(c, "emails")).isEmpty();
    assertThat(tree(MAPPER.writeValueAsString(c))).isEqualTo(tree("{\"last_name\":null,\"emails\":null,\"first_name\":\"A\"}"));
  }

  @Test
  void openEnumKeepsUnknownValuesAndSharesKnownConstants() throws Exception {
    Object c = read("{\"type\":\"prospect\",\"status\":\"active\",\"emails\":[{\"type\":\"home\"}]}");
    OpenEnum type = (OpenEnum) call(c, "type");
    Class<?> contactType = code.type("ContactType");

    assertThat(type.value()).isEqualTo("prospect");
    assertThat(type.isKnown()).isFalse();
    assertThat(type).isEqualTo(invokeStatic(contactType, "of", "prospect"));
    assertThat(call(c, "status")).isSameAs(constant(code.type("ContactStatus"), "ACTIVE"));
    assertThat(invokeStatic(contactType, "of", "in-progress")).isSameAs(constant(contactType, "IN_PROGRESS"));
    assertThat(constant(contactType, "VALUE_1ST_TIER")).isEqualTo(invokeStatic(contactType, "of", "1st-tier"));
    assertThat((List<?>) invokeStatic(contactType, "knownValues")).hasSize(4);
    assertThat(((OpenEnum) call(((List<Object>) call(c, "emails")).get(0), "type")).getClass())
        .isEqualTo(code.type("EmailType"));
    assertThat(MAPPER.writeValueAsString(c)).contains("\"type\":\"prospect\"", "\"type\":\"home\"");
    assertThat(MAPPER.readValue("\"supplier\"", contactType)).isSameAs(constant(contactType, "SUPPLIER"));
  }

  @Test
  void readOnlyFieldsAreSkippedInRequestBodiesButKeptOtherwise() throws Exception {
    Object c = read("{\"id\":\"c-1\",\"created_at\":\"2024-01-31T10:15:30Z\",\"first_name\":\"Ada\",\"owner\":{\"name\":\"B\"},"
        + "\"emails\":[{\"email\":\"e\"}],\"rating\":{\"stars\":1}}");

    assertThat(tree(Json.requestWriter().writeValueAsString(c)))
        .isEqualTo(tree("{\"first_name\":\"Ada\",\"emails\":[{\"email\":\"e\"}]}"));
    assertThat(tree(MAPPER.writeValueAsString(c))).isEqualTo(tree("{\"id\":\"c-1\",\"created_at\":\"2024-01-31T10:15:30Z\","
        + "\"first_name\":\"Ada\",\"owner\":{\"name\":\"B\"},\"emails\":[{\"email\":\"e\"}],\"rating\":{\"stars\":1}}"));
  }

  @Test
  void decodesLenientlyWhereTheMeaningIsUnambiguous() throws Exception {
    Object c = read("{\"age\":\"42\",\"score\":\"12.5\",\"visits\":7.0,\"active\":\"true\",\"first_name\":123,"
        + "\"last_name\":false,\"birthday\":\"2024-03-01T10:00:00Z\",\"updated_at\":\"2024-03-01 10:00:00\","
        + "\"tags\":\"single\",\"counts\":{\"a\":\"5\"}}");

    assertThat(call(c, "age")).isEqualTo(42);
    assertThat(call(c, "score")).isEqualTo(new BigDecimal("12.5"));
    assertThat(call(c, "visits")).isEqualTo(7L);
    assertThat(call(c, "active")).isEqualTo(true);
    assertThat(call(c, "firstName")).isEqualTo("123");
    assertThat(call(c, "lastName")).isEqualTo("false");
    assertThat(call(c, "birthday")).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(call(c, "updatedAt")).isEqualTo(OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    assertThat((List<Object>) call(c, "tags")).containsExactly("single");
    assertThat((Map<Object, Object>) call(c, "counts")).containsEntry("a", 5L);
  }

  @Test
  void undecodableValueFailsNamingTheField() {
    assertFailsAt("{\"first_name\":\"A\",\"birthday\":\"not-a-date\"}", "birthday");
    assertFailsAt("{\"age\":\"forty\"}", "age");
    assertFailsAt("{\"age\":3000000000}", "age");
    assertFailsAt("{\"active\":\"maybe\"}", "active");
    assertFailsAt("{\"first_name\":{\"a\":1}}", "first_name");
    assertFailsAt("{\"address\":\"London\"}", "address");
    assertFailsAt("{\"emails\":[{\"email\":\"a\"},{\"email\":[1]}]}", "emails", 1, "email");
    assertFailsAt("{\"matrix\":[[1],[2,\"x\"]]}", "matrix", 1, 1);
    assertFailsAt("{\"counts\":{\"calls\":\"many\"}}", "counts", "calls");
    assertFailsAt("{\"owner\":{\"name\":\"B\",\"user_id\":[]}}", "owner", "user_id");
  }

  private static void assertFailsAt(String json, Object... path) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(e -> assertThat(((JsonMappingException) e).getPath().stream()
            .map(r -> r.getFieldName() != null ? (Object) r.getFieldName() : (Object) r.getIndex())
            .collect(Collectors.toList()))
            .as("path of %s", json)
            .containsExactly(path));
  }

  @Test
  void valueSemanticsAndCopies() throws Exception {
    Object a = read(FULL);
    Object b = read(FULL);
    Object changed = call(call(call(a, "toBuilder"), "firstName", "Grace"), "build");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(changed).isNotEqualTo(a);
    assertThat(call(changed, "firstName")).isEqualTo("Grace");
    assertThat(call(changed, "emails")).isEqualTo(call(a, "emails"));
    assertThat(call(a, "firstName")).isEqualTo("Ada");
    assertThat(a.toString()).contains("firstName=Ada", "apiKey=***", "token=***", "x_unknown")
        .doesNotContain("sk-secret", "tok-secret");
    assertThatThrownBy(() -> ((List<Object>) call(a, "emails")).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void propertiesNamedLikeGeneratedLocalsStillRoundTripAndCompare() throws Exception {
    Class<?> tricky = code.type("Tricky");
    String json = "{\"o\":\"1\",\"other\":\"2\",\"h\":\"3\",\"sb\":\"4\",\"sep\":\"5\",\"v\":\"6\",\"b\":\"7\","
        + "\"field\":\"8\",\"value\":\"9\",\"p\":\"10\",\"ctxt\":\"11\",\"g\":\"12\",\"provider\":\"13\",\"t\":\"14\","
        + "\"e\":\"15\",\"request_body\":\"16\",\"source\":\"17\",\"this\":\"18\",\"mode\":\"KNOWN_VALUES\"}";
    Object a = MAPPER.readValue(json, tricky);
    Object b = MAPPER.readValue(json.replace("\"2\"", "\"two\""), tricky);

    assertThat(tree(MAPPER.writeValueAsString(a))).isEqualTo(tree(json));
    assertThat(a).isNotEqualTo(b).isEqualTo(MAPPER.readValue(json, tricky)).hasSameHashCodeAs(MAPPER.readValue(json, tricky));
    assertThat(call(a, "other")).isEqualTo("2");
    assertThat(call(a, "thisValue")).isEqualTo("18");
    assertThat(a.toString()).contains("other=2", "v=6");
    assertThat(((OpenEnum) call(a, "mode")).isKnown()).isTrue();
    assertThat((List<Object>) invokeStatic(code.type("TrickyMode"), "knownValues")).hasSize(4);
  }

  @Test
  void builderCopiesCollectionsItIsGiven() {
    List<String> tags = new java.util.ArrayList<>(Arrays.asList("a"));
    Object c = call(call(code.builder("Contact"), "tags", tags), "build");
    tags.add("b");

    assertThat((List<Object>) call(c, "tags")).containsExactly("a");
  }

  @Test
  void generatesOneModelPerSchemaSkippingOptedOutOnesWithHeaderOnEveryFile() {
    assertThat(code.files.keySet()).extracting(p -> p.substring(p.lastIndexOf('/') + 1))
        .contains("Contact.java", "ContactType.java", "ContactStatus.java", "ContactAddress.java",
            "SocialLinks.java", "Email.java", "EmailType.java", "CustomField.java", "User.java", "Person.java")
        .doesNotContain("Envelope.java", "Tags.java");
    assertThat(code.files.keySet()).noneMatch(p -> p.contains("/internal/"));
    assertThat(code.files.values()).allSatisfy(src ->
        assertThat(src).startsWith("// Generated from testapi.yaml by unisdk codegen. Do not edit.\n"));
    assertThat(code.files.get("dev/unisdk/testapi/model/Contact.java"))
        .contains("Given name, e.g. &lt;Ada&gt; &amp; \"friends\" &#64;home.")
        .doesNotContain("import java.lang.reflect");
  }
}
