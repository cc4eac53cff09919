package org.planex.codes.data;

import java.util.Locale;
import java.util.Set;

/**
 * The normalisation of the Chinese land-use codes ({@code cn-ydyh-*}, {@code cn-gbt21010-*}): full-width
 * characters become ASCII, spaces go, letters are upper case ({@code 0201k} becomes {@code 0201K}), and an
 * all-digit code of odd length gets back the leading zero a numeric database field dropped ({@code 70102}
 * becomes {@code 070102}; every code of these systems has an even number of digits).
 */
public final class NumericCodeNormaliser implements CodeNormaliser {

    @Override
    public String normalise(String trimmed, Set<String> codes) {
        String s = CodeNormaliser.halfWidth(trimmed).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!s.isEmpty() && s.length() % 2 == 1 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            s = "0" + s;
        }
        return s;
    }
}
