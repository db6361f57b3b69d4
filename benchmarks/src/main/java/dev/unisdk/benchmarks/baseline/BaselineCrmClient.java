package dev.unisdk.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The physical floor: the least code a careful developer would write with OkHttp 4.12 and Jackson to make
 * the same three calls (same headers, same URL shape, same binding into POJOs). Readers and writers are
 * created once.
 */
public final class BaselineCrmClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http;
  private final HttpUrl base;
  private final String apiKey;
  private final String appId;
  private final String consumerId;
  private final String userAgent;
  private final ObjectReader listReader;
  private final ObjectReader getReader;
  private final ObjectReader mutationReader;
  private final ObjectWriter contactWriter;

  /**
   * Creates the client.
   *
   * @param userAgent sent as {@code User-Agent} (the SDK's, so both sides send the same bytes)
   */
  public BaselineCrmClient(OkHttpClient http, String baseUrl, String apiKey, String appId, String consumerId,
      String userAgent) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.apiKey = apiKey;
    this.appId = appId;
    this.consumerId = consumerId;
    this.userAgent = userAgent;
    ObjectMapper mapper = newMapper();
    this.listReader = mapper.readerFor(BaselineEnvelopes.ListContacts.class);
    this.getReader = mapper.readerFor(BaselineEnvelopes.GetContact.class);
    this.mutationReader = mapper.readerFor(BaselineEnvelopes.Mutation.class);
    this.contactWriter = mapper.writerFor(BaselineContact.class);
  }

  /** The baseline's Jackson configuration: snake_case, java.time, unknown properties ignored, ISO dates. */
  public static ObjectMapper newMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** {@code GET /crm/contacts?[cursor=C&]limit=N} (the SDK's parameter order). */
  public BaselineEnvelopes.ListContacts listContacts(int limit, String cursor) {
    HttpUrl.Builder url = base.newBuilder().addPathSegment("crm").addPathSegment("contacts");
    if (cursor != null) {
      url.addQueryParameter("cursor", cursor);
    }
    url.addQueryParameter("limit", Integer.toString(limit));
    return call(request(url.build()).get().build(), listReader);
  }

  /** GET /crm/contacts/{id}. */
  public BaselineEnvelopes.GetContact getContact(String id) {
    HttpUrl url = base.newBuilder().addPathSegment("crm").addPathSegment("contacts").addPathSegment(id).build();
    return call(request(url).get().build(), getReader);
  }

  /** POST /crm/contacts. */
  public BaselineEnvelopes.Mutation createContact(BaselineContact contact) {
    HttpUrl url = base.newBuilder().addPathSegment("crm").addPathSegment("contacts").build();
    byte[] body;
    try {
      body = contactWriter.writeValueAsBytes(contact);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return call(request(url).post(RequestBody.create(body, JSON)).build(), mutationReader);
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder().url(url)
        .header("Authorization", "Bearer " + apiKey)
        .header("x-apideck-app-id", appId)
        .header("x-apideck-consumer-id", consumerId)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json");
  }

  private <T> T call(Request request, ObjectReader reader) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return reader.readValue(response.body().byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
