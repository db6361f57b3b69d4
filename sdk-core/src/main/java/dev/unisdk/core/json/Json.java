package dev.unisdk.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one shared, configured Jackson {@link ObjectMapper}: java.time support with ISO-8601 text,
 * unknown properties ignored, floating point read as {@link java.math.BigDecimal}, offsets kept.
 */
public final class Json {
  /**
   * Writer attribute set to {@link Boolean#TRUE} by {@link #requestWriter()}; generated serializers
   * skip read-only fields when it is present.
   */
  public static final String REQUEST_BODY_ATTRIBUTE = "dev.unisdk.core.json.requestBody";

  private static final ObjectMapper MAPPER = createMapper();
  private static final ObjectWriter REQUEST_WRITER =
      MAPPER.writer().withAttribute(REQUEST_BODY_ATTRIBUTE, Boolean.TRUE);

  private Json() {}

  /**
   * Returns a new mapper configured like the shared one (for callers that need their own).
   *
   * @return a fresh, configured mapper
   */
  public static ObjectMapper createMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    return mapper;
  }

  /**
   * Returns the shared mapper. Do not reconfigure it.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns the writer used for request bodies: it carries {@link #REQUEST_BODY_ATTRIBUTE}.
   *
   * @return the request-body writer
   */
  public static ObjectWriter requestWriter() {
    return REQUEST_WRITER;
  }

  /**
   * Tells a serializer whether it is writing a request body (read-only fields must then be skipped).
   *
   * @param provider the serializer provider passed to {@code serialize}
   * @return true when writing through {@link #requestWriter()}
   */
  public static boolean isRequestBody(SerializerProvider provider) {
    return provider != null && Boolean.TRUE.equals(provider.getAttribute(REQUEST_BODY_ATTRIBUTE));
  }
}
