package org.planex.xml;

/**
 * Writes doubles as the shortest decimal text that reads back to the same double, without exponent, so that
 * coordinates round-trip exactly and stay readable ({@code 3456789.12}, not {@code 3.45678912E6}).
 *
 * @since 0.1
 */
public final class CoordinateFormat {

    private CoordinateFormat() {
    }

    /** Appends {@code value} to {@code out}. */
    public static void append(StringBuilder out, double value) {
        if (value == (long) value && Math.abs(value) < 1e15) {
            out.append((long) value);
            return;
        }
        String s = Double.toString(value);
        if (s.indexOf('E') < 0) {
            out.append(s);
        } else {
            out.append(new java.math.BigDecimal(s).toPlainString());
        }
    }
}
