package dev.unisdk.core.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
  private static final Pattern DATE_LIKE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  @Test
  void readsTheDocumentedForms() {
    assertThat(IsoDates.parseOffsetDateTime("2020-09-30T07:43:32.000Z"))
        .isEqualTo(OffsetDateTime.of(2020, 9, 30, 7, 43, 32, 0, ZoneOffset.UTC));
    assertThat(IsoDates.parseOffsetDateTime("2024-01-31T10:15:30.123456789-05:30"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 30, 123_456_789, ZoneOffset.ofHoursMinutes(-5, -30)));
    assertThat(IsoDates.parseOffsetDateTime(" 2024-02-29 23:59:59 "))
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 0, ZoneOffset.UTC));
    assertThat(IsoDates.parseOffsetDateTime("2024-01-31"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(IsoDates.parseLocalDate("2024-01-31T23:00:00-02:00")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(IsoDates.parseLocalDate("2000-08-12")).isEqualTo(LocalDate.of(2000, 8, 12));
    // unusual forms go to java.time and keep its answer
    assertThat(IsoDates.parseOffsetDateTime("2024-01-31t10:15z"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 0, 0, ZoneOffset.UTC));
    assertThat(IsoDates.parseOffsetDateTime("+12024-01-31T10:15:00Z").getYear()).isEqualTo(12024);
  }

  @Test
  void refusesWhatTheFormatterRefuses() {
    for (String bad : new String[] {"2023-02-29", "2024-13-01", "2024-01-31T24:00:00Z", "2024-01-31T10:15:30+19:00",
        "2024-01-31T10:15:30.1234567890Z", "2024-1-31", "31/01/2024", "2024-01-31T10:15:30ZZ"}) {
      assertThatThrownBy(() -> IsoDates.parseOffsetDateTime(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
    }
    assertThatThrownBy(() -> IsoDates.parseLocalDate("2023-02-29")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void everyDateInTheSpecsAndApiDocsParsesAsTheFormatterDoes() throws IOException {
    Set<String> found = new LinkedHashSet<>();
    Path root = Paths.get("..").toAbsolutePath().normalize();
    for (Path dir : new Path[] {root.resolve("specs"), root.resolve("../shared/api-docs").normalize(),
        root.resolve("../../shared/api-docs").normalize()}) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
          Matcher m = DATE_LIKE.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
          while (m.find()) {
            found.add(m.group());
          }
        }
      }
    }
    assertThat(found).as("documented examples found under %s", root).hasSizeGreaterThan(10);
    for (String s : found) {
      Object expectedDateTime = referenceOrError(s, false);
      Object expectedDate = referenceOrError(s, true);
      assertThat(actualOrError(s, false)).as(s).isEqualTo(expectedDateTime);
      assertThat(actualOrError(s, true)).as(s).isEqualTo(expectedDate);
    }
  }

  private static Object referenceOrError(String s, boolean dateOnly) {
    try {
      return dateOnly ? IsoDates.slowDate(s) : IsoDates.slowDateTime(s);
    } catch (DateTimeParseException e) {
      return "error";
    }
  }

  private static Object actualOrError(String s, boolean dateOnly) {
    try {
      return dateOnly ? IsoDates.parseLocalDate(s) : IsoDates.parseOffsetDateTime(s);
    } catch (DateTimeParseException e) {
      return "error";
    }
  }
}
