package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.internal.RequestChecks;
import dev.unisdk.crm.model.Activity;
import dev.unisdk.crm.model.ActivityType;
import dev.unisdk.crm.model.Lead;
import dev.unisdk.crm.model.User;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The request checks generated from crm.yaml's required: and minimum:. */
class GeneratedRequestChecksTest {

  private static void refused(Runnable r, String parameter, String message) {
    assertThatThrownBy(r::run).isInstanceOf(ValidationException.class)
        .hasFieldOrPropertyWithValue("parameter", parameter).hasMessageContaining(message);
  }

  @Test
  void createNeedsEveryRequiredField() {
    refused(() -> RequestChecks.forCreate(Lead.builder().name("Elon").build()), "company_name", "is required");
    refused(() -> RequestChecks.forCreate(Lead.builder().name(" ").companyName("X").build()), "name", "blank");
    refused(() -> RequestChecks.forCreate(User.builder().emails(Collections.emptyList()).build()), "emails", "empty");
    assertThatCode(() -> RequestChecks.forCreate(Lead.builder().name("Elon").companyName("X").build()))
        .doesNotThrowAnyException();
  }

  @Test
  void updateMayOmitButNotClearARequiredField() {
    assertThatCode(() -> RequestChecks.forUpdate(Lead.builder().build())).doesNotThrowAnyException();
    refused(() -> RequestChecks.forUpdate(Lead.builder().name(null).build()), "name", "cannot be cleared");
    // a field reset to missing is left out again
    assertThatCode(() -> RequestChecks.forUpdate(Lead.builder().name(null).nameField(JsonField.missing()).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void minimumIsChecked() {
    refused(() -> RequestChecks.forCreate(Activity.builder().type(ActivityType.CALL).durationSeconds(-1L).build()),
        "duration_seconds", "at least 0 (was -1)");
    assertThatCode(() -> RequestChecks.forCreate(Activity.builder().type(ActivityType.TASK).durationSeconds(0L).build()))
        .doesNotThrowAnyException();
  }
}
