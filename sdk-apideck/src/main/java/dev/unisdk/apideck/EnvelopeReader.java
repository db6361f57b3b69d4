package dev.unisdk.apideck;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads an Apideck envelope in one streaming pass: envelope members token by token, {@code data}
 * straight into the model type with the shared mapper, {@code _raw} as a tree. No intermediate tree or
 * String of the whole body.
 */
final class EnvelopeReader {
  private EnvelopeReader() {}

  /** The decoded members, before they become an immutable response. */
  static final class Envelope<D> {
    Integer statusCode;
    String status;
    String service;
    String resource;
    String operation;
    D data;
    JsonNode raw;
    ApideckMeta meta;
    ApideckLinks links;
    int httpStatusCode;
    java.util.Map<String, List<String>> headers;
    String requestId;
  }

  /**
   * A decoder of single-record envelopes.
   *
   * @param dataType the type of {@code data}
   * @param <T> the data type
   * @return the decoder
   */
  static <T> ResponseDecoder<ApideckResponse<T>> single(JavaType dataType) {
    ObjectReader dataReader = Json.mapper().readerFor(dataType);
    return response -> {
      Envelope<T> e = EnvelopeReader.<T>read(response, dataReader);
      if (e.data == null) {
        throw invalid(response, "data", "has no 'data' (a record is documented)");
      }
      if (e.data instanceof UnifiedId && ((UnifiedId) e.data).id() == null) {
        throw invalid(response, "data.id", "has no 'data.id' (the id of the record is documented)");
      }
      return new ApideckResponse<T>(e);
    };
  }

  /**
   * A decoder of list envelopes.
   *
   * @param itemType the type of each element of {@code data}
   * @param <T> the item type
   * @return the decoder
   */
  static <T> ResponseDecoder<ApideckListResponse<T>> list(JavaType itemType) {
    JavaType listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
    ObjectReader dataReader = Json.mapper().readerFor(listType);
    return response -> {
      Envelope<List<T>> e = read(response, dataReader);
      if (e.data == null) {
        throw invalid(response, "data", "has no 'data' (a list is documented)");
      }
      e.data = e.data == null ? Collections.<T>emptyList() : Collections.unmodifiableList(new ArrayList<>(e.data));
      return new ApideckListResponse<T>(e);
    };
  }

  private static <D> Envelope<D> read(RawResponse response, ObjectReader dataReader) throws IOException {
    Envelope<D> e = new Envelope<>();
    e.httpStatusCode = response.statusCode();
    e.headers = response.headers();
    e.requestId = response.requestId();
    byte[] body = response.bodyBytes();
    if (body.length == 0) {
      throw invalid(response, null, "is empty (an Apideck envelope is documented)");
    }
    try (JsonParser p = Json.mapper().createParser(body)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw invalid(response, null, "is blank (an Apideck envelope is documented)");
      }
      if (first != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(p, "expected an Apideck response envelope (a JSON object), got " + first);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "status_code":
            e.statusCode = readInt(p);
            break;
          case "status":
            e.status = readText(p);
            break;
          case "service":
            e.service = readText(p);
            break;
          case "resource":
            e.resource = readText(p);
            break;
          case "operation":
            e.operation = readText(p);
            break;
          case "data":
            e.data = readData(p, dataReader);
            break;
          case "_raw":
            e.raw = p.currentToken() == JsonToken.VALUE_NULL ? null : Json.mapper().readTree(p);
            break;
          case "meta":
            e.meta = readMeta(p);
            break;
          case "links":
            e.links = readLinks(p);
            break;
          default:
            p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw invalid(response, null, "has content after the envelope (a second JSON document)");
      }
    }
    return e;
  }

  /** A success response that cannot be right; carries the raw body. */
  private static InvalidResponseException invalid(RawResponse response, String field, String problem) {
    String id = response.requestId();
    return new InvalidResponseException(
        "The Apideck response (status " + response.statusCode() + ") " + problem
            + (id == null ? "" : " (request id " + id + ")"),
        response.statusCode(), response.bodyString(), field, null);
  }

  private static <D> D readData(JsonParser p, ObjectReader dataReader) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    try {
      return dataReader.readValue(p);
    } catch (JsonMappingException ex) {
      throw JsonMappingException.wrapWithPath(ex, ApideckResponse.class, "data");
    }
  }

  private static ApideckMeta readMeta(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    Integer itemsOnPage = null;
    ApideckCursors cursors = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if ("items_on_page".equals(name)) {
        itemsOnPage = readInt(p);
      } else if ("cursors".equals(name) && p.currentToken() == JsonToken.START_OBJECT) {
        String[] c = readTriple(p);
        cursors = new ApideckCursors(c[0], c[1], c[2]);
      } else {
        p.skipChildren();
      }
    }
    return new ApideckMeta(itemsOnPage, cursors);
  }

  private static ApideckLinks readLinks(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    String[] l = readTriple(p);
    return new ApideckLinks(l[0], l[1], l[2]);
  }

  /** Reads {@code previous}, {@code current}, {@code next} of the object the parser is at. */
  private static String[] readTriple(JsonParser p) throws IOException {
    String[] values = new String[3];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "previous":
          values[0] = readText(p);
          break;
        case "current":
          values[1] = readText(p);
          break;
        case "next":
          values[2] = readText(p);
          break;
        default:
          p.skipChildren();
      }
    }
    return values;
  }

  private static String readText(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t.isScalarValue()) {
      return p.getValueAsString();
    }
    p.skipChildren();
    return null;
  }

  private static Integer readInt(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      try {
        return Integer.valueOf(p.getText().trim());
      } catch (NumberFormatException ignored) {
        return null;
      }
    }
    p.skipChildren();
    return null;
  }
}
