package dev.unisdk.kotlinconsumer

import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

/**
 * The SDK's JSpecify annotations reach Kotlin: using a `@Nullable` getter as non-null does not
 * compile. Each case compiles a snippet with the Kotlin compiler against this module's test class
 * path; the control snippet (the same call, handled as nullable) must compile, so a failure of the
 * negative snippet is the type error and not a broken set-up.
 */
class NullnessSeenByKotlinTest {

    private val work: Path = Paths.get(System.getProperty("unisdk.target", "target"), "kotlin-snippets")

    private fun compile(name: String, source: String): Pair<ExitCode, String> {
        val dir = work.resolve(name)
        Files.createDirectories(dir)
        val file = dir.resolve("$name.kt")
        Files.writeString(file, source)
        val classpath = System.getProperty("java.class.path")
            .split(File.pathSeparator)
            .filter { it.isNotEmpty() }
            .joinToString(File.pathSeparator)
        val messages = ByteArrayOutputStream()
        val code = K2JVMCompiler().exec(
            PrintStream(messages, true, "UTF-8"),
            "-no-stdlib", "-no-reflect", "-jvm-target", "11", "-Xjspecify-annotations=strict",
            "-classpath", classpath, "-d", dir.resolve("out").toString(), file.toString()
        )
        return code to messages.toString("UTF-8")
    }

    @Test
    fun `handling the nullable request id compiles`() {
        val (code, messages) = compile(
            "Control",
            """
            import dev.unisdk.core.telemetry.AttemptEnd
            fun requestIdOf(end: AttemptEnd): String = end.requestId() ?: "none"
            """.trimIndent()
        )
        assertEquals(ExitCode.OK, code, messages)
    }

    @Test
    fun `using the nullable request id as non-null does not compile`() {
        val (code, messages) = compile(
            "Negative",
            """
            import dev.unisdk.core.telemetry.AttemptEnd
            fun requestIdOf(end: AttemptEnd): String = end.requestId()
            """.trimIndent()
        )
        assertEquals(ExitCode.COMPILATION_ERROR, code, messages)
        assertTrue(messages.contains("Negative.kt:2"), messages)
        assertTrue(messages.contains("String?") && messages.contains("String"), messages)
    }

    @Test
    fun `dereferencing the nullable error without a safe call does not compile`() {
        val (code, messages) = compile(
            "NegativeDeref",
            """
            import dev.unisdk.core.telemetry.AttemptEnd
            fun messageOf(end: AttemptEnd): String? = end.error().message
            """.trimIndent()
        )
        assertEquals(ExitCode.COMPILATION_ERROR, code, messages)
        assertTrue(messages.contains("NegativeDeref.kt:2"), messages)
    }
}
