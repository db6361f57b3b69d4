package dev.unisdk.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unisdk.benchmarks.baseline.BaselineContact;
import dev.unisdk.benchmarks.baseline.BaselineCrmClient;
import dev.unisdk.benchmarks.floor.FloorContact;
import dev.unisdk.benchmarks.floor.FloorCrmClient;
import dev.unisdk.core.json.Json;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import java.io.IOException;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One loopback server and the three clients (SDK, databind baseline, streaming floor), shared by every
 * benchmark method of a trial. The create bodies are decoded once from the documents' create example,
 * each side into its own model.
 */
@State(Scope.Benchmark)
public class CrmState {
  FixedResponseServer server;
  OkHttpClient baselineHttp;
  BaselineCrmClient baseline;
  OkHttpClient floorHttp;
  FloorCrmClient floor;
  FloorContact floorNewContact;
  CrmClient sdk;
  ContactListParams pageParams;
  Contact sdkNewContact;
  BaselineContact baselineNewContact;

  /** Starts the server and builds the clients. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new FixedResponseServer(Routes.fixed());
    baselineHttp = new OkHttpClient();
    baseline = Clients.baseline(baselineHttp, server.baseUrl());
    floorHttp = new OkHttpClient();
    floor = Clients.floor(floorHttp, server.baseUrl());
    sdk = Clients.sdk(server.baseUrl());
    pageParams = ContactListParams.builder().limit(Routes.PAGE_SIZE).build();
    try {
      sdkNewContact = Json.mapper().treeToValue(Fixtures.createRequest(), Contact.class);
      baselineNewContact = BaselineCrmClient.newMapper().treeToValue(Fixtures.createRequest(), BaselineContact.class);
      floorNewContact = floor.contactFromJson(Json.mapper().writeValueAsBytes(Fixtures.createRequest()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the server and releases the clients. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    sdk.close();
    Clients.shutdown(baselineHttp);
    Clients.shutdown(floorHttp);
    server.close();
  }
}
