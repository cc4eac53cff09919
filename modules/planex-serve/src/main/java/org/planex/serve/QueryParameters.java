package org.planex.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of a request ({@code ?report=json&tolerance=0.5}), decoded, checked against the names a
 * route accepts: an unknown or repeated name is refused with 400, so a misspelt option is not silently ignored.
 *
 * <p><b>Thread safety:</b> immutable.
 *
 * @since 0.3
 */
final class QueryParameters {

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses a raw query.
     *
     * @param raw the raw query of the request URI, or {@code null}
     * @param known the names the route accepts
     * @throws HttpProblem 400 for an unknown or repeated name
     */
    static QueryParameters parse(String raw, Set<String> known) throws HttpProblem {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!known.contains(name)) {
                    throw new HttpProblem(400, "unknown query parameter '" + name + "'", name, "use one of "
                            + String.join(", ", new TreeSet<>(known)) + " (GET /openapi.json describes them)");
                }
                if (values.put(name, value) != null) {
                    throw new HttpProblem(400, "query parameter '" + name + "' is given twice", name,
                            "give it once");
                }
            }
        }
        return new QueryParameters(values);
    }

    /** The value of {@code name}, or {@code null} when not given. */
    String get(String name) {
        return values.get(name);
    }

    /**
     * The number given as {@code name}, or {@code null} when not given.
     *
     * @throws HttpProblem 400 if it is not a number
     */
    Double number(String name) throws HttpProblem {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new HttpProblem(400, "query parameter '" + name + "' is '" + v + "', not a number", name,
                    "give a number, e.g. " + name + "=0.5");
        }
    }

    private static String decode(String s) throws HttpProblem {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(400, "the query is not URL-encoded: " + e.getMessage(), s,
                    "percent-encode the query parameters");
        }
    }
}
