package org.planex.fuzz;

import java.util.List;

/**
 * Breaks GeoJSON files: truncation at every structural character, deep nesting of arrays and objects, huge
 * numbers, invalid UTF-8 in strings, wrong geometry types and shapes, values of the wrong JSON type and
 * missing members.
 */
public final class GeoJsonMutators {

    private static final String[] TYPES = {"\"Polygon\"", "\"MultiPolygon\"", "\"Point\"", "\"Feature\"",
        "\"FeatureCollection\""};
    private static final String[] WRONG_TYPES = {"\"Point\"", "\"LineString\"", "\"MultiPoint\"", "\"Polygon\"",
        "\"GeometryCollection\"", "\"Bogus\"", "\"\"", "null", "7", "{}", "\"Feature\"", "\"MultiLineString\""};
    private static final String[] KEYS = {"\"type\"", "\"features\"", "\"geometry\"", "\"properties\"",
        "\"coordinates\"", "\"id\"", "\"crs\""};
    private static final String[] WRONG_KEYS = {"\"tyqe\"", "\"\"", "\"features\"", "\"coordinates\"", "\"id\"",
        "\"geometries\"", "\"bbox\""};
    private static final String[] VALUES = {"null", "{}", "[]", "\"s\"", "true", "-0", "[[]]", "[null]",
        "{\"type\":null}", "[[[1]]]", "[1,2,3,4,5]"};

    private GeoJsonMutators() {
    }

    /** Every GeoJSON mutator. */
    public static List<Mutator> all() {
        return List.of(
                Mutator.onFile("json-bitflip", ".geojson", Bytes::flipBits),
                Mutator.onFile("json-truncate", ".geojson", (d, r) -> TextEdits.truncateAtStructure(d, "{}[],:\"", r)),
                Mutator.onFile("json-deep-array", ".geojson", (d, r) -> TextEdits.insertAfter(d, "\"coordinates\":",
                        "[".repeat(TextEdits.depth(r)), r)),
                Mutator.onFile("json-deep-object", ".geojson", (d, r) -> TextEdits.insertAfter(d, "\"properties\":",
                        "{\"a\":".repeat(TextEdits.depth(r)), r)),
                Mutator.onFile("json-deep-balanced", ".geojson", (d, r) -> {
                    int n = TextEdits.depth(r);
                    return TextEdits.insertAfter(d, "\"properties\":{", "\"deep\":" + "[".repeat(n) + "]".repeat(n)
                            + ",", r);
                }),
                Mutator.onFile("json-huge-number", ".geojson", TextEdits::hostileNumber),
                Mutator.onFile("json-bad-utf8", ".geojson", (d, r) -> Bytes.badText(d, 0, d.length, r)),
                Mutator.onFile("json-wrong-type", ".geojson", (d, r) -> TextEdits.replaceToken(d, TYPES, WRONG_TYPES, r)),
                Mutator.onFile("json-wrong-key", ".geojson", (d, r) -> TextEdits.replaceToken(d, KEYS, WRONG_KEYS, r)),
                Mutator.onFile("json-wrong-value", ".geojson", (d, r) -> TextEdits.insertAfter(d, ":",
                        VALUES[r.nextInt(VALUES.length)] + (r.nextBoolean() ? "," : ""), r)),
                Mutator.onFile("json-wrong-shape", ".geojson", (d, r) -> TextEdits.replaceToken(d,
                        new String[] {"[[", "]]", "],[", ","}, new String[] {"[", "]", ",", "],[", "[[[", ""}, r)),
                Mutator.onFile("json-long-string", ".geojson", (d, r) -> TextEdits.insertAfter(d, "\"名称\":\"",
                        "字".repeat(1 + r.nextInt(2_000_000)), r)));
    }
}
