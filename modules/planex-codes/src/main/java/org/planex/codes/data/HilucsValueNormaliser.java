package org.planex.codes.data;

import java.util.Set;

/**
 * The normalisation of INSPIRE HILUCS values: the code list URI prefix
 * ({@code http://inspire.ec.europa.eu/codelist/HILUCSValue/}) is removed, case is corrected
 * ({@code 1_1_agriculture} becomes {@code 1_1_Agriculture}), and a bare number ({@code 1_1}) becomes the
 * value it numbers.
 */
public final class HilucsValueNormaliser implements CodeNormaliser {

    private static final String URI_PREFIX = "inspire.ec.europa.eu/codelist/HILUCSValue/";

    @Override
    public String normalise(String trimmed, Set<String> codes) {
        String s = trimmed;
        int at = s.indexOf(URI_PREFIX);
        if (at >= 0) {
            s = s.substring(at + URI_PREFIX.length());
        }
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String numberPrefix = s.matches("\\d+(_\\d+)*") ? s + "_" : null;
        for (String code : codes) {
            if (code.equalsIgnoreCase(s)) {
                return code;
            }
            if (numberPrefix != null && code.startsWith(numberPrefix)
                    && !Character.isDigit(code.charAt(numberPrefix.length()))) {
                return code;
            }
        }
        return s;
    }
}
