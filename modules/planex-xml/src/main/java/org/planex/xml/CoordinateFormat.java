package org.planex.xml;

/**
 * Writes doubles as the shortest decimal text that reads back to the same double, without exponent, so that
 * coordinates round-trip exactly and stay readable ({@code 3456789.12}, not {@code 3.45678912E6}).
 *
 * <p>Coordinates usually have few decimals (millimetres in a projected CRS, 1e-9 degrees at most), so the
 * common case is found without {@link Double#toString(double)}: for k = 1..{@value #MAX_FAST_DIGITS} the
 * integer m nearest to value x 10^k is tried, and the first k where m / 10^k (one correctly rounded IEEE
 * division, the same rounding a parser applies to the decimal m x 10^-k) equals the value gives the text. Values
 * with more digits take the general path.
 *
 * @since 0.1
 */
public final class CoordinateFormat {

    private static final int MAX_FAST_DIGITS = 9;
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long[] LONG_POWERS = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L,
        100000000L, 1000000000L};
    /** m must stay below 2^53 so that it and its quotient are exact or correctly rounded. */
    private static final double FAST_LIMIT = 0x1p53;

    private CoordinateFormat() {
    }

    /** Appends {@code value} to {@code out}. */
    public static void append(StringBuilder out, double value) {
        if (value == (long) value && Math.abs(value) < 1e15) {
            out.append((long) value);
            return;
        }
        if (appendFast(out, value)) {
            return;
        }
        String s = Double.toString(value);
        if (s.indexOf('E') < 0) {
            out.append(s);
        } else {
            out.append(new java.math.BigDecimal(s).toPlainString());
        }
    }

    private static boolean appendFast(StringBuilder out, double value) {
        double abs = Math.abs(value);
        if (!(abs < 1e15)) {
            return false;
        }
        for (int k = 1; k <= MAX_FAST_DIGITS; k++) {
            double scaled = abs * POWERS[k];
            if (scaled >= FAST_LIMIT) {
                return false;
            }
            long m = Math.round(scaled);
            if (m / POWERS[k] == abs) {
                if (value < 0) {
                    out.append('-');
                }
                long unit = LONG_POWERS[k];
                out.append(m / unit).append('.');
                long fraction = m % unit;
                int digits = k;
                while (fraction % 10 == 0) {
                    fraction /= 10;
                    digits--;
                }
                for (long p = LONG_POWERS[digits - 1]; p > fraction; p /= 10) {
                    out.append('0');
                }
                out.append(fraction);
                return true;
            }
        }
        return false;
    }
}
