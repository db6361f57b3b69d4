package dev.unisdk.core.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The fast date parser against the {@code DateTimeFormatter}-based reader it replaces: same value or the same
 * failure, for random near-valid and random invalid texts.
 */
class IsoDatesPropertyTest {

  @Property(tries = 5000)
  void dateTimesMatchTheFormatter(@ForAll("dateLike") String text) {
    check(text, false);
  }

  @Property(tries = 5000)
  void datesMatchTheFormatter(@ForAll("dateLike") String text) {
    check(text, true);
  }

  @Property(tries = 3000)
  void randomCharactersMatchTheFormatter(
      @ForAll @StringLength(min = 1, max = 40) @Chars({'-', ':', 'T', 't', 'Z', 'z', '+', '.', ' '})
      @CharRange(from = '0', to = '9') String text) {
    check(text, false);
    check(text, true);
  }

  @Property(tries = 3000)
  void mutatedValidTextsMatchTheFormatter(@ForAll("dateLike") String text, @ForAll("mutation") int[] edit) {
    if (text.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder(text);
    int at = Math.floorMod(edit[0], sb.length());
    switch (Math.floorMod(edit[1], 3)) {
      case 0:
        sb.deleteCharAt(at);
        break;
      case 1:
        sb.setCharAt(at, (char) ('+' + Math.floorMod(edit[2], 80)));
        break;
      default:
        sb.insert(at, (char) ('+' + Math.floorMod(edit[2], 80)));
        break;
    }
    check(sb.toString(), false);
    check(sb.toString(), true);
  }

  private static void check(String text, boolean dateOnly) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return;
    }
    Object expected;
    try {
      expected = dateOnly ? IsoDates.slowDate(trimmed) : IsoDates.slowDateTime(trimmed);
    } catch (DateTimeParseException e) {
      char[] chars = text.toCharArray();
      assertThatThrownBy(() -> IsoDates.parse(chars, 0, chars.length, dateOnly))
          .as("%s must fail like the formatter", text)
          .isInstanceOf(DateTimeParseException.class);
      return;
    }
    char[] padded = ("xx" + text + "yy").toCharArray();
    assertThat(IsoDates.parse(padded, 2, 2 + text.length(), dateOnly)).as(text).isEqualTo(expected);
    Object viaString = dateOnly ? IsoDates.parseLocalDate(text) : IsoDates.parseOffsetDateTime(text);
    assertThat(viaString).as(text).isEqualTo(expected);
  }

  @Provide
  Arbitrary<int[]> mutation() {
    return Arbitraries.integers().array(int[].class).ofSize(3);
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> year = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
        Arbitraries.of("1600", "1900", "2000", "2023", "2024", "2100", "+12024", "-0001", "10000", "999"));
    Arbitrary<String> two = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 61).map(v -> String.format("%02d", v)),
        Arbitraries.of("1", "001", "a1", "--"));
    Arbitrary<String> date = Combinators.combine(year, two, two)
        .as((y, m, d) -> y + "-" + m + "-" + d);
    Arbitrary<String> sep = Arbitraries.of("T", "T", "T", " ", "t", "x", "");
    Arbitrary<String> fraction = Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.just("."),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map(f -> "." + f));
    Arbitrary<String> time = Combinators.combine(two, two, two, fraction, Arbitraries.of(true, true, true, false))
        .as((h, mi, s, f, withSeconds) -> withSeconds ? h + ":" + mi + ":" + s + f : h + ":" + mi);
    Arbitrary<String> offset = Arbitraries.oneOf(
        Arbitraries.of("", "Z", "z", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+05", "+0530",
            "+05:30:15", "[UTC]", "Z ", "+5:30"),
        Combinators.combine(Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, 60)).as((s, h, m) -> String.format("%s%02d:%02d", s, h, m)));
    Arbitrary<String> pad = Arbitraries.of("", "", "", " ", "\t", " \n");
    Arbitrary<String> dateTime = Combinators.combine(pad, date, sep, time, offset, pad)
        .as((a, d, s, t, o, b) -> a + d + s + t + o + b);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Combinators.combine(pad, date, pad).as((a, d, b) -> a + d + b)),
        net.jqwik.api.Tuple.of(4, dateTime));
  }
}
