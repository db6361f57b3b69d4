package dev.unisdk.examples.readme;

import dev.unisdk.apideck.ApideckError;
import dev.unisdk.apideck.ApideckErrorType;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.errors.TimeoutException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.unificationengine.MessageNotSentException;
import dev.unisdk.unificationengine.SendResult;
import dev.unisdk.unificationengine.UnificationEngineException;
import dev.unisdk.unificationengine.UserNotFoundException;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.UeMessage;
import java.time.Duration;

/** README: "Errors". */
final class ErrorSnippets {
  private ErrorSnippets() {}

  static String apideck(CrmClient crm, String id) {
    try {
      Contact c = crm.contacts().get(id);
    } catch (NotFoundException e) {                         // 404
      ApideckError error = ApideckError.of(e);              // the Apideck error body, typed
      return error.type() + ": " + error.message() + " (request id " + e.requestId() + ")";
    } catch (UnprocessableEntityException e) {              // 422
      if (ApideckError.of(e).is(ApideckErrorType.REQUEST_VALIDATION_ERROR)) {
        return "invalid: " + ApideckError.of(e).detailText();
      }
    } catch (RateLimitException e) {                        // 429, after the retries
      Duration wait = e.retryAfter();                       // null when the server did not say
    } catch (ApiException e) {                              // any other non-2xx
      return e.statusCode() + " " + e.body();
    } catch (ConnectionException | TimeoutException e) {    // network failure, timeout
      return "network: " + e.getMessage();
    } catch (ValidationException e) {                       // bad argument, no request sent
      return "fix parameter " + e.parameter();
    }
    return "ok";
  }

  static String unificationEngine(UserSession me, UeMessage message) {
    try {
      SendResult result = me.messages().send(message);     // partial success is a result, not an error
      return "sent via " + result.succeededConnections();
    } catch (MessageNotSentException e) {                   // every connection failed
      return "not sent: " + e.result().statuses();
    } catch (UserNotFoundException e) {                     // code 414
      return "gone: " + e.info();
    } catch (UnificationEngineException e) {                // any other code, from an HTTP 200 body or status
      return e.code() + " " + e.info();
    }
  }
}
