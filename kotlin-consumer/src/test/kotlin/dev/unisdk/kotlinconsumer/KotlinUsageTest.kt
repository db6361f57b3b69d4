package dev.unisdk.kotlinconsumer

import dev.unisdk.Unisdk
import dev.unisdk.core.telemetry.AttemptEnd
import dev.unisdk.crm.model.Contact
import dev.unisdk.crm.model.Email
import dev.unisdk.crm.model.EmailType
import dev.unisdk.fakeserver.FakeServer
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.time.Duration

/** Kotlin code as an Android app writes it, compiled against the SDK and run on the fake server. */
class KotlinUsageTest {

    @Test
    fun `a Kotlin caller creates, reads and lists contacts`() {
        FakeServer.start().use { fake ->
            Unisdk.builder()
                .apideck(FakeServer.DEFAULT_APIDECK_API_KEY, FakeServer.DEFAULT_APIDECK_APP_ID, "kotlin")
                .apideckBaseUrl(fake.baseUrl())
                .build().use { unisdk ->
                    val contacts = unisdk.crm().contacts()
                    val id = contacts.create(
                        Contact.builder()
                            .name("Grace Hopper")
                            .addEmail(Email.builder().email("grace@example.com").type(EmailType.WORK).build())
                            .build()
                    ).id()
                    val grace = contacts.get(id)
                    assertEquals("Grace Hopper", grace.name())
                    val names = contacts.list().map { it.name() }
                    assertTrue("Grace Hopper" in names, names.toString())
                }
        }
    }

    @Test
    fun `a nullable getter is handled the Kotlin way`() {
        val end = AttemptEnd(1, 200, Duration.ofMillis(3), null, 0L, null)
        val requestId: String? = end.requestId()
        assertEquals("none", requestId ?: "none")
        assertEquals(null, end.error()?.message)
    }
}
