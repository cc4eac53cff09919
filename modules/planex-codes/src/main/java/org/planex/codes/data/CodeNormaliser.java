package org.planex.codes.data;

import java.util.Set;

/**
 * A code system's rule for turning raw text from a data file into its spelling of a code.
 *
 * <p>Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface CodeNormaliser {

    /**
     * Normalises {@code trimmed}.
     *
     * @param trimmed the raw text, trimmed, not empty
     * @param codes the codes of the system, to resolve against
     * @return the system's spelling of the code, or {@code trimmed} when no rule applies
     */
    String normalise(String trimmed, Set<String> codes);

    /** Full-width ASCII (U+FF01..U+FF5E, as typed with Chinese input methods) to plain ASCII. */
    static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString();
    }
}
