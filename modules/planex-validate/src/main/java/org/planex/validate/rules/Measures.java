package org.planex.validate.rules;

import java.util.Locale;

/**
 * Formats measures for messages: metres with one decimal, square metres without decimals.
 *
 * @since 0.1
 */
public final class Measures {

    private Measures() {
    }

    /** {@code 12.3 m}. */
    public static String metres(double m) {
        return String.format(Locale.ROOT, "%.1f m", m);
    }

    /** {@code 1,234 m2}. */
    public static String area(double m2) {
        return String.format(Locale.ROOT, "%,.0f m2", m2);
    }
}
