package dev.unisdk.benchmarks.floor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * The honest floor (issue 14): the least a careful developer would write for the three calls with raw
 * OkHttp 4.12 and Jackson's streaming API. One {@link OkHttpClient}, one {@link JsonFactory}, the common
 * headers built once, the response body parsed token by token straight from the socket stream into small
 * POJOs ({@link FloorContact}) with <b>dates and timestamps kept as strings</b>; no databind, no tree
 * model, no {@code java.time}. Same request bytes as the SDK (checked by {@code SameWorkTest}).
 */
public final class FloorCrmClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http;
  private final JsonFactory json = new JsonFactory();
  private final HttpUrl base;
  private final Headers headers;

  /** A list page: the envelope, the contacts, the cursors and links. */
  public static final class Page {
    public Integer statusCode;
    public String status;
    public String service;
    public String resource;
    public String operation;
    public List<FloorContact> data;
    public Integer itemsOnPage;
    public String previousCursor;
    public String currentCursor;
    public String nextCursor;
    public String previousLink;
    public String currentLink;
    public String nextLink;
  }

  /** A single record answer. */
  public static final class One {
    public Integer statusCode;
    public String status;
    public String service;
    public String resource;
    public String operation;
    public FloorContact data;
  }

  /** A create answer: the envelope and the new record's id. */
  public static final class Created {
    public Integer statusCode;
    public String status;
    public String service;
    public String resource;
    public String operation;
    public String id;
  }

  /**
   * Creates the client; the headers every call sends are built here once.
   *
   * @param userAgent sent as {@code User-Agent} (the SDK's, so both sides send the same bytes)
   */
  public FloorCrmClient(OkHttpClient http, String baseUrl, String apiKey, String appId, String consumerId,
      String userAgent) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.headers = new Headers.Builder()
        .add("Authorization", "Bearer " + apiKey)
        .add("x-apideck-app-id", appId)
        .add("x-apideck-consumer-id", consumerId)
        .add("User-Agent", userAgent)
        .add("Accept", "application/json")
        .build();
  }

  /** GET /crm/contacts?[cursor=C&]limit=N (the SDK's parameter order). */
  public Page listContacts(int limit, String cursor) {
    HttpUrl.Builder url = base.newBuilder().addPathSegment("crm").addPathSegment("contacts");
    if (cursor != null) {
      url.addQueryParameter("cursor", cursor);
    }
    url.addQueryParameter("limit", Integer.toString(limit));
    try (Response response = http.newCall(new Request.Builder().url(url.build()).headers(headers).build()).execute();
        JsonParser p = json.createParser(body(response).byteStream())) {
      return readPage(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET /crm/contacts/{id}. */
  public One getContact(String id) {
    HttpUrl url = base.newBuilder().addPathSegment("crm").addPathSegment("contacts").addPathSegment(id).build();
    try (Response response = http.newCall(new Request.Builder().url(url).headers(headers).build()).execute();
        JsonParser p = json.createParser(body(response).byteStream())) {
      return readOne(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POST /crm/contacts with the contact's non-null fields. */
  public Created createContact(FloorContact contact) {
    HttpUrl url = base.newBuilder().addPathSegment("crm").addPathSegment("contacts").build();
    RequestBody body = RequestBody.create(toJson(contact), JSON);
    try (Response response = http.newCall(new Request.Builder().url(url).headers(headers).post(body).build()).execute();
        JsonParser p = json.createParser(body(response).byteStream())) {
      return readCreated(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The contact as JSON bytes, non-null fields only: generated into an okio {@code Buffer} (pooled
   * segments, no growing array) and copied out once at its exact size.
   */
  public byte[] toJson(FloorContact contact) {
    Buffer buffer = new Buffer();
    try (JsonGenerator g = json.createGenerator(buffer.outputStream())) {
      writeContact(g, contact);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /** Decodes one contact object from JSON bytes (used to build the create body once). */
  public FloorContact contactFromJson(byte[] bytes) {
    try (JsonParser p = json.createParser(bytes)) {
      return readContact(p, p.nextToken());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static okhttp3.ResponseBody body(Response response) {
    if (!response.isSuccessful()) {
      throw new IllegalStateException("HTTP " + response.code());
    }
    return response.body();
  }

  // ---- decoding -------------------------------------------------------------------------------

  private static Page readPage(JsonParser p) throws IOException {
    expectObject(p, p.nextToken());
    Page page = new Page();
    String f;
    while ((f = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (f) {
        case "status_code": page.statusCode = integer(p, t); break;
        case "status": page.status = text(p, t); break;
        case "service": page.service = text(p, t); break;
        case "resource": page.resource = text(p, t); break;
        case "operation": page.operation = text(p, t); break;
        case "data":
          if (t == JsonToken.START_ARRAY) {
            List<FloorContact> data = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              data.add(readContact(p, t));
            }
            page.data = data;
          } else {
            p.skipChildren();
          }
          break;
        case "meta": readMeta(p, t, page); break;
        case "links":
          if (t == JsonToken.START_OBJECT) {
            while ((f = p.nextFieldName()) != null) {
              t = p.nextToken();
              switch (f) {
                case "previous": page.previousLink = text(p, t); break;
                case "current": page.currentLink = text(p, t); break;
                case "next": page.nextLink = text(p, t); break;
                default: p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
          break;
        default: p.skipChildren();
      }
    }
    return page;
  }

  private static void readMeta(JsonParser p, JsonToken t, Page page) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    String f;
    while ((f = p.nextFieldName()) != null) {
      t = p.nextToken();
      if (f.equals("items_on_page")) {
        page.itemsOnPage = integer(p, t);
      } else if (f.equals("cursors") && t == JsonToken.START_OBJECT) {
        while ((f = p.nextFieldName()) != null) {
          t = p.nextToken();
          switch (f) {
            case "previous": page.previousCursor = text(p, t); break;
            case "current": page.currentCursor = text(p, t); break;
            case "next": page.nextCursor = text(p, t); break;
            default: p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private static One readOne(JsonParser p) throws IOException {
    expectObject(p, p.nextToken());
    One one = new One();
    String f;
    while ((f = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (f) {
        case "status_code": one.statusCode = integer(p, t); break;
        case "status": one.status = text(p, t); break;
        case "service": one.service = text(p, t); break;
        case "resource": one.resource = text(p, t); break;
        case "operation": one.operation = text(p, t); break;
        case "data": one.data = readContact(p, t); break;
        default: p.skipChildren();
      }
    }
    return one;
  }

  private static Created readCreated(JsonParser p) throws IOException {
    expectObject(p, p.nextToken());
    Created c = new Created();
    String f;
    while ((f = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (f) {
        case "status_code": c.statusCode = integer(p, t); break;
        case "status": c.status = text(p, t); break;
        case "service": c.service = text(p, t); break;
        case "resource": c.resource = text(p, t); break;
        case "operation": c.operation = text(p, t); break;
        case "data":
          if (t == JsonToken.START_OBJECT) {
            while ((f = p.nextFieldName()) != null) {
              t = p.nextToken();
              if (f.equals("id")) {
                c.id = text(p, t);
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
          break;
        default: p.skipChildren();
      }
    }
    return c;
  }

  /** Reads a contact object whose START_OBJECT is {@code t}; null for a JSON null. */
  static FloorContact readContact(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expectObject(p, t);
    FloorContact c = new FloorContact();
    String f;
    while ((f = p.nextFieldName()) != null) {
      t = p.nextToken();
      switch (f) {
        case "id": c.id = text(p, t); break;
        case "name": c.name = text(p, t); break;
        case "owner_id": c.ownerId = text(p, t); break;
        case "type": c.type = text(p, t); break;
        case "company_id": c.companyId = text(p, t); break;
        case "company_name": c.companyName = text(p, t); break;
        case "lead_id": c.leadId = text(p, t); break;
        case "first_name": c.firstName = text(p, t); break;
        case "middle_name": c.middleName = text(p, t); break;
        case "last_name": c.lastName = text(p, t); break;
        case "prefix": c.prefix = text(p, t); break;
        case "suffix": c.suffix = text(p, t); break;
        case "title": c.title = text(p, t); break;
        case "department": c.department = text(p, t); break;
        case "language": c.language = text(p, t); break;
        case "gender": c.gender = text(p, t); break;
        case "birthday": c.birthday = text(p, t); break;
        case "image": c.image = text(p, t); break;
        case "photo_url": c.photoUrl = text(p, t); break;
        case "lead_source": c.leadSource = text(p, t); break;
        case "fax": c.fax = text(p, t); break;
        case "description": c.description = text(p, t); break;
        case "current_balance": c.currentBalance = decimal(p, t); break;
        case "status": c.status = text(p, t); break;
        case "active": c.active = t == JsonToken.VALUE_NULL ? null : p.getValueAsBoolean(); break;
        case "websites": c.websites = links(p, t); break;
        case "addresses": c.addresses = addresses(p, t); break;
        case "social_links": c.socialLinks = links(p, t); break;
        case "phone_numbers": c.phoneNumbers = phones(p, t); break;
        case "emails": c.emails = emails(p, t); break;
        case "email_domain": c.emailDomain = text(p, t); break;
        case "custom_fields": c.customFields = customFields(p, t); break;
        case "tags": c.tags = strings(p, t); break;
        case "first_call_at": c.firstCallAt = text(p, t); break;
        case "first_email_at": c.firstEmailAt = text(p, t); break;
        case "last_activity_at": c.lastActivityAt = text(p, t); break;
        case "custom_mappings": c.customMappings = map(p, t); break;
        case "updated_at": c.updatedAt = text(p, t); break;
        case "created_at": c.createdAt = text(p, t); break;
        default: p.skipChildren();
      }
    }
    return c;
  }

  private static List<FloorContact.Link> links(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<FloorContact.Link> list = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        list.add(null);
        continue;
      }
      FloorContact.Link l = new FloorContact.Link();
      String f;
      while ((f = p.nextFieldName()) != null) {
        t = p.nextToken();
        switch (f) {
          case "id": l.id = text(p, t); break;
          case "url": l.url = text(p, t); break;
          case "type": l.type = text(p, t); break;
          default: p.skipChildren();
        }
      }
      list.add(l);
    }
    return list;
  }

  private static List<FloorContact.Email> emails(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<FloorContact.Email> list = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        list.add(null);
        continue;
      }
      FloorContact.Email e = new FloorContact.Email();
      String f;
      while ((f = p.nextFieldName()) != null) {
        t = p.nextToken();
        switch (f) {
          case "id": e.id = text(p, t); break;
          case "email": e.email = text(p, t); break;
          case "type": e.type = text(p, t); break;
          default: p.skipChildren();
        }
      }
      list.add(e);
    }
    return list;
  }

  private static List<FloorContact.Phone> phones(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<FloorContact.Phone> list = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        list.add(null);
        continue;
      }
      FloorContact.Phone ph = new FloorContact.Phone();
      String f;
      while ((f = p.nextFieldName()) != null) {
        t = p.nextToken();
        switch (f) {
          case "id": ph.id = text(p, t); break;
          case "country_code": ph.countryCode = text(p, t); break;
          case "area_code": ph.areaCode = text(p, t); break;
          case "number": ph.number = text(p, t); break;
          case "extension": ph.extension = text(p, t); break;
          case "type": ph.type = text(p, t); break;
          default: p.skipChildren();
        }
      }
      list.add(ph);
    }
    return list;
  }

  private static List<FloorContact.CustomField> customFields(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<FloorContact.CustomField> list = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        list.add(null);
        continue;
      }
      FloorContact.CustomField cf = new FloorContact.CustomField();
      String f;
      while ((f = p.nextFieldName()) != null) {
        t = p.nextToken();
        switch (f) {
          case "id": cf.id = text(p, t); break;
          case "name": cf.name = text(p, t); break;
          case "description": cf.description = text(p, t); break;
          case "value": cf.value = any(p, t); break;
          default: p.skipChildren();
        }
      }
      list.add(cf);
    }
    return list;
  }

  private static List<FloorContact.Address> addresses(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<FloorContact.Address> list = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        list.add(null);
        continue;
      }
      FloorContact.Address a = new FloorContact.Address();
      String f;
      while ((f = p.nextFieldName()) != null) {
        t = p.nextToken();
        switch (f) {
          case "id": a.id = text(p, t); break;
          case "type": a.type = text(p, t); break;
          case "string": a.string = text(p, t); break;
          case "name": a.name = text(p, t); break;
          case "line1": a.line1 = text(p, t); break;
          case "line2": a.line2 = text(p, t); break;
          case "line3": a.line3 = text(p, t); break;
          case "line4": a.line4 = text(p, t); break;
          case "street_number": a.streetNumber = text(p, t); break;
          case "city": a.city = text(p, t); break;
          case "state": a.state = text(p, t); break;
          case "postal_code": a.postalCode = text(p, t); break;
          case "country": a.country = text(p, t); break;
          case "latitude": a.latitude = text(p, t); break;
          case "longitude": a.longitude = text(p, t); break;
          case "county": a.county = text(p, t); break;
          case "contact_name": a.contactName = text(p, t); break;
          case "salutation": a.salutation = text(p, t); break;
          case "phone_number": a.phoneNumber = text(p, t); break;
          case "fax": a.fax = text(p, t); break;
          case "email": a.email = text(p, t); break;
          case "website": a.website = text(p, t); break;
          case "notes": a.notes = text(p, t); break;
          case "row_version": a.rowVersion = text(p, t); break;
          default: p.skipChildren();
        }
      }
      list.add(a);
    }
    return list;
  }

  private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<String> list = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      list.add(text(p, t));
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(JsonParser p, JsonToken t) throws IOException {
    return t == JsonToken.START_OBJECT ? (Map<String, Object>) any(p, t) : (Map<String, Object>) skip(p);
  }

  private static Object skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  /** Any JSON value as String, Long/Integer/BigInteger, BigDecimal, Boolean, List, LinkedHashMap or null. */
  static Object any(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING: return p.getText();
      case VALUE_NUMBER_INT: return p.getNumberValue();
      case VALUE_NUMBER_FLOAT: return p.getDecimalValue();
      case VALUE_TRUE: return Boolean.TRUE;
      case VALUE_FALSE: return Boolean.FALSE;
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          list.add(any(p, t));
        }
        return list;
      }
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        String f;
        while ((f = p.nextFieldName()) != null) {
          m.put(f, any(p, p.nextToken()));
        }
        return m;
      }
      default: return null;
    }
  }

  private static String text(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return p.getValueAsString(); // null for null; the text of a number or boolean
  }

  private static Integer integer(JsonParser p, JsonToken t) throws IOException {
    return t == JsonToken.VALUE_NUMBER_INT ? Integer.valueOf(p.getIntValue()) : (Integer) skipNull(p);
  }

  private static BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      return new BigDecimal(p.getText());
    }
    return (BigDecimal) skipNull(p);
  }

  private static Object skipNull(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static void expectObject(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      throw new IOException("expected a JSON object, got " + t + " at " + p.getCurrentLocation());
    }
  }

  // ---- encoding -------------------------------------------------------------------------------

  private static void writeContact(JsonGenerator g, FloorContact c) throws IOException {
    g.writeStartObject();
    str(g, "id", c.id);
    str(g, "name", c.name);
    str(g, "owner_id", c.ownerId);
    str(g, "type", c.type);
    str(g, "company_id", c.companyId);
    str(g, "company_name", c.companyName);
    str(g, "lead_id", c.leadId);
    str(g, "first_name", c.firstName);
    str(g, "middle_name", c.middleName);
    str(g, "last_name", c.lastName);
    str(g, "prefix", c.prefix);
    str(g, "suffix", c.suffix);
    str(g, "title", c.title);
    str(g, "department", c.department);
    str(g, "language", c.language);
    str(g, "gender", c.gender);
    str(g, "birthday", c.birthday);
    str(g, "image", c.image);
    str(g, "photo_url", c.photoUrl);
    str(g, "lead_source", c.leadSource);
    str(g, "fax", c.fax);
    str(g, "description", c.description);
    if (c.currentBalance != null) {
      g.writeNumberField("current_balance", c.currentBalance);
    }
    str(g, "status", c.status);
    if (c.active != null) {
      g.writeBooleanField("active", c.active);
    }
    if (c.websites != null) {
      g.writeArrayFieldStart("websites");
      for (FloorContact.Link l : c.websites) {
        writeLink(g, l);
      }
      g.writeEndArray();
    }
    if (c.addresses != null) {
      g.writeArrayFieldStart("addresses");
      for (FloorContact.Address a : c.addresses) {
        writeAddress(g, a);
      }
      g.writeEndArray();
    }
    if (c.socialLinks != null) {
      g.writeArrayFieldStart("social_links");
      for (FloorContact.Link l : c.socialLinks) {
        writeLink(g, l);
      }
      g.writeEndArray();
    }
    if (c.phoneNumbers != null) {
      g.writeArrayFieldStart("phone_numbers");
      for (FloorContact.Phone ph : c.phoneNumbers) {
        g.writeStartObject();
        str(g, "id", ph.id);
        str(g, "country_code", ph.countryCode);
        str(g, "area_code", ph.areaCode);
        str(g, "number", ph.number);
        str(g, "extension", ph.extension);
        str(g, "type", ph.type);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (c.emails != null) {
      g.writeArrayFieldStart("emails");
      for (FloorContact.Email e : c.emails) {
        g.writeStartObject();
        str(g, "id", e.id);
        str(g, "email", e.email);
        str(g, "type", e.type);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    str(g, "email_domain", c.emailDomain);
    if (c.customFields != null) {
      g.writeArrayFieldStart("custom_fields");
      for (FloorContact.CustomField cf : c.customFields) {
        g.writeStartObject();
        str(g, "id", cf.id);
        str(g, "name", cf.name);
        str(g, "description", cf.description);
        if (cf.value != null) {
          g.writeFieldName("value");
          writeAny(g, cf.value);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (c.tags != null) {
      g.writeArrayFieldStart("tags");
      for (String tag : c.tags) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    str(g, "first_call_at", c.firstCallAt);
    str(g, "first_email_at", c.firstEmailAt);
    str(g, "last_activity_at", c.lastActivityAt);
    if (c.customMappings != null) {
      g.writeFieldName("custom_mappings");
      writeAny(g, c.customMappings);
    }
    str(g, "updated_at", c.updatedAt);
    str(g, "created_at", c.createdAt);
    g.writeEndObject();
  }

  private static void writeLink(JsonGenerator g, FloorContact.Link l) throws IOException {
    g.writeStartObject();
    str(g, "id", l.id);
    str(g, "url", l.url);
    str(g, "type", l.type);
    g.writeEndObject();
  }

  private static void writeAddress(JsonGenerator g, FloorContact.Address a) throws IOException {
    g.writeStartObject();
    str(g, "id", a.id);
    str(g, "type", a.type);
    str(g, "string", a.string);
    str(g, "name", a.name);
    str(g, "line1", a.line1);
    str(g, "line2", a.line2);
    str(g, "line3", a.line3);
    str(g, "line4", a.line4);
    str(g, "street_number", a.streetNumber);
    str(g, "city", a.city);
    str(g, "state", a.state);
    str(g, "postal_code", a.postalCode);
    str(g, "country", a.country);
    str(g, "latitude", a.latitude);
    str(g, "longitude", a.longitude);
    str(g, "county", a.county);
    str(g, "contact_name", a.contactName);
    str(g, "salutation", a.salutation);
    str(g, "phone_number", a.phoneNumber);
    str(g, "fax", a.fax);
    str(g, "email", a.email);
    str(g, "website", a.website);
    str(g, "notes", a.notes);
    str(g, "row_version", a.rowVersion);
    g.writeEndObject();
  }

  private static void str(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void writeAny(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof BigDecimal) {
      g.writeNumber((BigDecimal) v);
    } else if (v instanceof BigInteger) {
      g.writeNumber((BigInteger) v);
    } else if (v instanceof Number) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        writeAny(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeAny(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }
}
