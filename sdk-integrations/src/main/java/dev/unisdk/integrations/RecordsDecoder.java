package dev.unisdk.integrations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one page of records, a JSON array of objects, element by element straight from the body
 * bytes into {@link DataRecord}s. Anything else is an {@link IOException} (the transport reports it
 * as an {@code InvalidResponseException}).
 */
final class RecordsDecoder implements ResponseDecoder<List<DataRecord>> {
  static final RecordsDecoder INSTANCE = new RecordsDecoder();

  private RecordsDecoder() {}

  @Override
  public List<DataRecord> decode(RawResponse response) throws IOException {
    try (JsonParser p = Json.mapper().getFactory().createParser(response.bodyBytes())) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw JsonMappingException.from(p,
            "expected a JSON array of records but found " + (first == null ? "no content" : first));
      }
      List<DataRecord> records = new ArrayList<>();
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw JsonMappingException.from(p,
              "record [" + index + "] is not a JSON object but " + p.currentToken());
        }
        JsonNode node = Json.mapper().readTree(p);
        records.add(DataRecord.wrap((ObjectNode) node));
        index++;
      }
      return records;
    }
  }
}
