package org.planex.codes.data;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalisation of Hong Kong OZP zones: full-width characters become ASCII, spaces go, letters are upper
 * case; then, until the text is a zone, a sub-zone number ({@code R(A)4}, {@code R(B)12}) or a bracketed
 * sub-zone or annotation ({@code CDA(1)}, {@code OU(Railway Depot)}) is removed from the end. Text that does
 * not resolve to a zone is returned as cleaned, so that it is reported as unknown.
 */
public final class ZoneSuffixNormaliser implements CodeNormaliser {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\d+$");
    private static final Pattern TRAILING_GROUP = Pattern.compile("\\([^()]*\\)$");

    @Override
    public String normalise(String trimmed, Set<String> codes) {
        String cleaned = CodeNormaliser.halfWidth(trimmed).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String s = cleaned;
        while (!codes.contains(s)) {
            String shorter = TRAILING_NUMBER.matcher(s).replaceFirst("");
            if (shorter.equals(s)) {
                shorter = TRAILING_GROUP.matcher(s).replaceFirst("");
            }
            if (shorter.equals(s) || shorter.isEmpty()) {
                return cleaned;
            }
            s = shorter;
        }
        return s;
    }
}
