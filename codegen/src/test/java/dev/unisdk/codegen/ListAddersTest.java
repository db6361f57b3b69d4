package dev.unisdk.codegen;

import static dev.unisdk.codegen.GeneratedCode.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonField;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated {@code addX(item)} methods of list properties: naming, semantics and wire JSON. */
@SuppressWarnings("unchecked")
class ListAddersTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @TempDir
  static Path dir;
  static GeneratedCode code;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    code = GeneratedCode.compile(GeneratedModelTest.spec(), "dev.unisdk.testapi.model", dir);
  }

  private static JsonNode json(Object model) throws Exception {
    return MAPPER.readTree(MAPPER.writeValueAsString(model));
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static Object email(String address) {
    return call(call(code.builder("Email"), "email", address), "build");
  }

  @Test
  void adderOnAMissingListStartsAListOfThatItemAndSendsExactlyIt() throws Exception {
    Object contact = call(call(call(code.builder("Contact"), "addEmail", email("a@x")), "addTag", "vip"), "build");

    assertThat((List<Object>) call(contact, "emails")).containsExactly(email("a@x"));
    assertThat((List<Object>) call(contact, "tags")).containsExactly("vip");
    assertThat(json(contact)).isEqualTo(tree("{\"emails\":[{\"email\":\"a@x\"}],\"tags\":[\"vip\"]}"));
    assertThat(tree(Json.requestWriter().writeValueAsString(contact))).isEqualTo(json(contact));
  }

  @Test
  void adderAfterSetterAppendsToACopyAndNeverChangesTheCallersList() throws Exception {
    List<String> given = new ArrayList<>(Arrays.asList("a", "b"));
    Object builder = call(code.builder("Contact"), "tags", given);
    call(builder, "addTag", "c");
    call(builder, "addTag", "d");
    Object contact = call(builder, "build");

    assertThat(given).containsExactly("a", "b");
    assertThat((List<Object>) call(contact, "tags")).containsExactly("a", "b", "c", "d");
    assertThat(json(contact)).isEqualTo(tree("{\"tags\":[\"a\",\"b\",\"c\",\"d\"]}"));
  }

  @Test
  void adderAfterExplicitNullStartsANewList() throws Exception {
    Object contact = call(call(call(code.builder("Contact"), "tags", (Object) null), "addTag", "x"), "build");

    assertThat(json(contact)).isEqualTo(tree("{\"tags\":[\"x\"]}"));
  }

  @Test
  void setterAfterAdderReplacesTheAddedItems() throws Exception {
    Object builder = call(call(code.builder("Contact"), "addTag", "old"), "tags", Arrays.asList("new"));
    call(builder, "addTag", "newer");

    assertThat(json(call(builder, "build"))).isEqualTo(tree("{\"tags\":[\"new\",\"newer\"]}"));
    assertThat(json(call(call(builder, "tags", Arrays.asList("only")), "build"))).isEqualTo(tree("{\"tags\":[\"only\"]}"));
  }

  @Test
  void builtModelsKeepTheirListWhenTheBuilderGoesOnAdding() throws Exception {
    Object builder = call(code.builder("Contact"), "addTag", "a");
    Object first = call(builder, "build");
    call(builder, "addTag", "b");
    Object second = call(builder, "build");

    assertThat((List<Object>) call(first, "tags")).containsExactly("a");
    assertThat((List<Object>) call(second, "tags")).containsExactly("a", "b");
    assertThatThrownBy(() -> ((List<Object>) call(second, "tags")).add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void adderOnToBuilderOfADecodedModelLeavesTheOriginalUnchanged() throws Exception {
    String original = "{\"emails\":[{\"email\":\"a@x\",\"verified\":true}],\"first_name\":\"Ada\"}";
    Object decoded = MAPPER.readValue(original, code.type("Contact"));
    Object changed = call(call(call(decoded, "toBuilder"), "addEmail", email("b@x")), "build");

    assertThat(json(decoded)).isEqualTo(tree(original));
    assertThat(json(changed)).isEqualTo(tree(
        "{\"emails\":[{\"email\":\"a@x\",\"verified\":true},{\"email\":\"b@x\"}],\"first_name\":\"Ada\"}"));
    assertThat(changed).isNotEqualTo(decoded);
    assertThat(((JsonField<?>) call(changed, "tagsField")).isMissing()).isTrue();
  }

  @Test
  void nullItemIsRejectedNamingTheProperty() {
    Object builder = code.builder("Contact");

    assertThatThrownBy(() -> call(builder, "addEmail", (Object) null))
        .isInstanceOf(AssertionError.class)
        .cause()
        .isInstanceOf(NullPointerException.class)
        .hasMessage("emails: item must not be null");
    assertThat(((JsonField<?>) call(call(builder, "build"), "emailsField")).isMissing()).isTrue();
  }

  @Test
  void adderNamesAreSingularOrItemSuffixedOrFromTheSpecExtension() {
    Map<String, String> adders = new TreeMap<>();
    for (Method m : code.type("Team$Builder").getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getName().matches("add[A-Z].*")) {
        adders.put(m.getName(), m.getParameterTypes()[0].getSimpleName());
      }
    }

    Map<String, String> expected = new TreeMap<>();
    expected.put("addMember", "Person");          // x-unisdk-item-name: member
    expected.put("addCategory", "String");        // categories
    expected.put("addMailbox", "String");         // mailboxes
    expected.put("addBranch", "String");          // branches
    expected.put("addAddressesItem", "String");   // singular is the property "address"
    expected.put("addDataItem", "String");        // no trailing s
    expected.put("addStatus", "String");          // statuses
    expected.put("addAccessItem", "String");      // access is not a plural
    expected.put("addLabel", "String");           // array alias via $ref
    expected.put("addTag", "String");
    assertThat(adders).isEqualTo(expected);
    assertThat(code.type("Contact$Builder").getDeclaredMethods())
        .extracting(Method::getName)
        .contains("addEmail", "addTag", "addCustomField", "addLabel", "addMatrixItem");
  }

  @Test
  void adderWorksBesidePropertiesNamedLikeItsParameterLocalAndField() throws Exception {
    Object team = call(call(call(call(call(code.builder("Team"), "item", "i"), "current", "c"), "tagsAdded", "f"),
        "addTag", "t"), "build");

    assertThat(json(team)).isEqualTo(tree("{\"item\":\"i\",\"current\":\"c\",\"tags_added\":\"f\",\"tags\":[\"t\"]}"));
  }

  @ParameterizedTest
  @CsvSource({
      "receivers, receiver", "parts, part", "addresses, address", "phoneNumbers, phoneNumber",
      "customFields, customField", "tags, tag", "socialLinks, socialLink", "attendees, attendee",
      "stages, stage", "categories, category", "boxes, box", "branches, branch", "wishes, wish",
      "statuses, status", "causes, cause", "uses, use", "contactIds, contactId"})
  void singularOfPluralNames(String plural, String singular) {
    assertThat(Names.singular(plural)).isEqualTo(singular);
  }

  @ParameterizedTest
  @CsvSource({"data", "access", "status", "analysis", "passThrough", "s", "people"})
  void namesThatAreNotPluralHaveNoSingular(String name) {
    assertThat(Names.singular(name)).isNull();
  }

  @Test
  void itemNameOnANonArrayOrClashingAddersFailGeneration() {
    String nonArray = spec("name: {type: string, x-unisdk-item-name: thing}");
    String clash = spec("add_tag: {type: string}\n        tags: {type: array, items: {type: string}}");
    String twice = spec("a: {type: array, x-unisdk-item-name: x, items: {type: string}}\n"
        + "        b: {type: array, x-unisdk-item-name: x, items: {type: string}}");

    assertThatThrownBy(() -> SpecReader.read(nonArray, "t.yaml"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("x-unisdk-item-name is only for arrays");
    assertThatThrownBy(() -> SpecReader.read(clash, "t.yaml"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("addTag()");
    assertThatThrownBy(() -> SpecReader.read(twice, "t.yaml"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("addX()");
  }

  @Test
  void twoListsWithTheSameSingularBothGetItemAdders() {
    String spec = spec("boxes: {type: array, items: {type: string}}\n        boxs: {type: array, items: {type: string}}");

    Defs.ModelDef model = (Defs.ModelDef) SpecReader.read(spec, "t.yaml").types().get(0);
    assertThat(model.properties()).extracting(Defs.PropDef::adder).containsExactly("addBoxesItem", "addBoxsItem");
  }

  private static String spec(String properties) {
    return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Thing:\n"
        + "      type: object\n      properties:\n        " + properties + "\n";
  }
}
