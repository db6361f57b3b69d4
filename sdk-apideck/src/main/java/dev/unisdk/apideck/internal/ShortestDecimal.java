package dev.unisdk.apideck.internal;

import java.math.BigInteger;

/**
 * The decimal that JavaScript's {@code Number#toString} writes for a double (ECMA-262
 * Number::toString): the fewest significant digits that read back as the double, and among those the
 * closest to its exact value. {@code Double.toString} is not that before Java 19 (it writes 1e23 as
 * {@code 9.999999999999999E22}), but it always reads back, so it bounds the search.
 *
 * <p>The search works on small integers only: a candidate {@code D x 10^F} is compared exactly with
 * the bounds of the double's rounding interval {@code B x 2^g}, using a table of powers of ten. A
 * few dozen such comparisons per number at most; no arithmetic on the double's full binary expansion
 * (hundreds of digits for very small or very large values). Not API.
 */
final class ShortestDecimal {
  private static final BigInteger[] POW10 = new BigInteger[400];

  static {
    POW10[0] = BigInteger.ONE;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
    }
  }

  /** The significant digits, without leading or trailing zeros. */
  final String digits;
  /** The value is {@code 0.<digits> x 10^n}. */
  final int n;

  ShortestDecimal(String digits, int n) {
    this.digits = digits;
    this.n = n;
  }

  /**
   * Parses a decimal number's text ({@code -1.50e+3}, {@code 0.001}, {@code 2.0E-5}).
   *
   * @param text the number, with optional sign and exponent
   * @param maxDigits the most significant digits accepted
   * @return the digits and position, or null when the value is zero, has more than {@code maxDigits}
   *     significant digits, or an exponent beyond +-100000
   */
  static ShortestDecimal parse(String text, int maxDigits) {
    int len = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    int e = len;
    for (int j = i; j < len; j++) {
      char c = text.charAt(j);
      if (c == 'e' || c == 'E') {
        e = j;
        break;
      }
    }
    long exponent = 0;
    if (e < len) {
      String exp = text.substring(e + 1 < len && text.charAt(e + 1) == '+' ? e + 2 : e + 1);
      if (exp.length() > 7) {
        return null;
      }
      exponent = Long.parseLong(exp);
    }
    StringBuilder digits = new StringBuilder(18);
    int pointAt = -1;
    int leadingZeros = 0;
    int pendingZeros = 0;
    int count = 0;
    for (int j = i; j < e; j++) {
      char c = text.charAt(j);
      if (c == '.') {
        pointAt = count;
        continue;
      }
      count++;
      if (c == '0') {
        if (digits.length() > 0) {
          pendingZeros++;
        } else {
          leadingZeros++;
        }
        continue;
      }
      if (digits.length() + pendingZeros + 1 > maxDigits) {
        return null;
      }
      for (; pendingZeros > 0; pendingZeros--) {
        digits.append('0');
      }
      digits.append(c);
    }
    if (digits.length() == 0) {
      return null;
    }
    long n = (pointAt < 0 ? count : pointAt) - leadingZeros + exponent;
    if (n > 100_000 || n < -100_000) {
      return null;
    }
    return new ShortestDecimal(digits.toString(), (int) n);
  }

  /**
   * Finds the shortest decimal of a positive finite double.
   *
   * @param d the double, greater than 0 and finite
   * @return its shortest, closest decimal
   */
  static ShortestDecimal of(double d) {
    return of(d, null);
  }

  /**
   * Finds the shortest decimal of a positive finite double, starting from a decimal known to read back
   * as it (the text the number was written with), which saves formatting the double.
   *
   * @param d the double, greater than 0 and finite
   * @param readsBack a decimal that reads back as {@code d}, or null to use {@code Double.toString(d)}
   * @return its shortest, closest decimal
   */
  static ShortestDecimal of(double d, ShortestDecimal readsBack) {
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    long fraction = bits & ((1L << 52) - 1);
    long m = biased == 0 ? fraction : fraction | (1L << 52);
    int e = biased == 0 ? -1074 : biased - 1075;
    ShortestDecimal bound = readsBack != null ? readsBack : parse(Double.toString(d), 40);
    if (biased != 0 && bound.digits.length() <= 15) {
      return bound; // a normal double has one decimal of 15 digits or fewer that reads back: this one
    }
    Interval interval = new Interval(m, e, fraction == 0 && biased > 1);
    String s = bound.digits;
    // the shortest length: a digit count j works when the candidate below or above the bound,
    // truncated to j digits, is in the interval; both tests can only turn true as j grows
    int lo = 1;
    int hi = s.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (interval.contains(floor(s, mid), bound.n - mid) || interval.contains(ceil(s, mid), bound.n - mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int k = lo;
    int f = bound.n - k;
    BigInteger below = floor(s, k);
    BigInteger best = null;
    for (BigInteger candidate : new BigInteger[] {
        below.subtract(BigInteger.ONE), below, ceil(s, k), ceil(s, k).add(BigInteger.ONE)}) {
      if (candidate.signum() > 0 && interval.contains(candidate, f)
          && (best == null || interval.closer(candidate, best, f))) {
        best = candidate;
      }
    }
    String digits = best.toString();
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    return new ShortestDecimal(digits.substring(0, end), f + digits.length());
  }

  private static BigInteger floor(String digits, int j) {
    return new BigInteger(digits.substring(0, j));
  }

  private static BigInteger ceil(String digits, int j) {
    BigInteger f = floor(digits, j);
    return j < digits.length() ? f.add(BigInteger.ONE) : f; // the digits end in a non-zero digit
  }

  /** The reals that round to the double {@code m x 2^e}, as bounds {@code B x 2^(e-2)}. */
  private static final class Interval {
    private final BigInteger low;
    private final BigInteger high;
    private final BigInteger twiceExact;
    private final boolean inclusive;
    private final int g;

    Interval(long m, int e, boolean lowerGapHalved) {
      this.low = BigInteger.valueOf(lowerGapHalved ? 4 * m - 1 : 4 * m - 2);
      this.high = BigInteger.valueOf(4 * m + 2);
      this.twiceExact = BigInteger.valueOf(8 * m);
      this.inclusive = (m & 1) == 0; // round-half-even reads a bound back as this double when m is even
      this.g = e - 2;
    }

    boolean contains(BigInteger d, int f) {
      int cl = compare(d, f, low);
      int ch = compare(d, f, high);
      return inclusive ? cl >= 0 && ch <= 0 : cl > 0 && ch < 0;
    }

    /** Whether {@code a x 10^f} is closer to the exact value than {@code b x 10^f} (ties: the even one). */
    boolean closer(BigInteger a, BigInteger b, int f) {
      int c = compare(a.add(b), f, twiceExact); // (a + b) / 2 against the exact value
      boolean aBelow = a.compareTo(b) < 0;
      if (c == 0) {
        return !a.testBit(0);
      }
      return aBelow ? c > 0 : c < 0;
    }

    /** Compares {@code d x 10^f} with {@code b x 2^g} exactly. */
    private int compare(BigInteger d, int f, BigInteger b) {
      BigInteger left = d;
      BigInteger right = b;
      if (f >= 0) {
        left = left.multiply(POW10[f]);
      } else {
        right = right.multiply(POW10[-f]);
      }
      if (g >= 0) {
        right = right.shiftLeft(g);
      } else {
        left = left.shiftLeft(-g);
      }
      return left.compareTo(right);
    }
  }
}
