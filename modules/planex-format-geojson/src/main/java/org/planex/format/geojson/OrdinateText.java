package org.planex.format.geojson;

/**
 * Writes the common coordinates quickly as the shortest decimal text that reads back to the same double:
 * integers below 10^15 and values with at most {@value #MAX_DIGITS} decimals (millimetres in a projected CRS,
 * 1e-9 degrees). For k = 1..{@value #MAX_DIGITS} the integer m nearest to |v| x 10^k is tried; the first k
 * where m / 10^k (one correctly rounded division, the rounding a parser applies to m x 10^-k) equals |v| gives
 * the text. Anything else is left to the general path.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class OrdinateText {

    /** Enough room for a sign, 16 digits and a point. */
    static final int MAX_LENGTH = 24;

    private static final int MAX_DIGITS = 9;
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final double EXACT_LIMIT = 0x1p53;

    private OrdinateText() {
    }

    /**
     * Writes {@code v} into {@code out} from index 0.
     *
     * @param out at least {@link #MAX_LENGTH} characters
     * @return the number of characters written, or -1 when {@code v} needs the general path
     */
    static int format(double v, char[] out) {
        double abs = Math.abs(v);
        if (!(abs < 1e15)) {
            return -1;
        }
        int n = 0;
        if (v < 0) {
            out[n++] = '-';
        }
        long whole = (long) abs;
        if (whole == abs) {
            return whole == 0 ? writeZero(out) : n + digits(whole, out, n, 0);
        }
        for (int k = 1; k <= MAX_DIGITS; k++) {
            double scaled = abs * POWERS[k];
            if (scaled >= EXACT_LIMIT) {
                return -1;
            }
            long m = Math.round(scaled);
            if (m / POWERS[k] == abs) {
                int decimals = k;
                while (m % 10 == 0) {
                    m /= 10;
                    decimals--;
                }
                return n + digits(m, out, n, decimals);
            }
        }
        return -1;
    }

    private static int writeZero(char[] out) {
        out[0] = '0';
        return 1;
    }

    /** Writes m x 10^-decimals (m > 0) at {@code at}; returns the number of characters. */
    private static int digits(long m, char[] out, int at, int decimals) {
        int count = 1;
        for (long t = m / 10; t > 0; t /= 10) {
            count++;
        }
        int intDigits = Math.max(count - decimals, 1);
        int length = decimals > 0 ? intDigits + 1 + decimals : count;
        int end = at + length;
        int i = end;
        long rest = m;
        for (int d = 0; d < decimals; d++) {
            out[--i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        if (decimals > 0) {
            out[--i] = '.';
        }
        do {
            out[--i] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (i > at);
        return length;
    }
}
