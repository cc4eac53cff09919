package org.planex.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Breaks plan.xml documents: truncation at every tag, deep nesting, huge attributes, wrong namespaces, DTDs
 * with entity expansion or external entities, invalid UTF-8, hostile numbers in coordinates and wrong GML
 * geometry elements.
 */
public final class PlanXmlMutators {

    private static final String[] NAMESPACES = {"urn:wrong", "", "http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2",
        "urn:planex:plan:9"};
    private static final String[] GEOMETRY_TAGS = {"gml:Polygon", "gml:MultiSurface", "gml:Point", "gml:LineString",
        "gml:posList", "gml:pos", "gml:exterior", "gml:interior", "gml:LinearRing", "gml:surfaceMember"};
    private static final String[] WRONG_TAGS = {"gml:Point", "gml:LineString", "gml:Polygon", "gml:Curve",
        "gml:MultiSurface", "gml:posList", "gml:Bogus", "x:Polygon", "gml:Envelope"};
    private static final String BILLION_LAUGHS = "<!DOCTYPE lolz [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";
    private static final String EXTERNAL = "<!DOCTYPE x [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>";

    private PlanXmlMutators() {
    }

    /** Every plan.xml mutator, on files ending with {@code suffix}. */
    public static List<Mutator> all(String suffix) {
        return List.of(
                Mutator.onFile("xml-bitflip", suffix, Bytes::flipBits),
                Mutator.onFile("xml-truncate", suffix, (d, r) -> TextEdits.truncateAtStructure(d, "<>\"", r)),
                Mutator.onFile("xml-deep-nesting", suffix, (d, r) -> {
                    int n = TextEdits.depth(r);
                    return insertBeforeTag(d, "<x>".repeat(n) + "</x>".repeat(n), r);
                }),
                Mutator.onFile("xml-deep-unclosed", suffix, (d, r) -> insertBeforeTag(d,
                        "<x>".repeat(TextEdits.depth(r)), r)),
                Mutator.onFile("xml-huge-attribute", suffix, (d, r) -> TextEdits.insertAfter(d, "=\"",
                        "属".repeat(1 + r.nextInt(3_000_000)), r)),
                Mutator.onFile("xml-many-attributes", suffix, (d, r) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0, n = 1 + r.nextInt(50_000); i < n; i++) {
                        sb.append(" a").append(i).append("=\"1\"");
                    }
                    return TextEdits.insertAfter(d, "<gml:Polygon", sb.toString(), r);
                }),
                Mutator.onFile("xml-wrong-namespace", suffix, (d, r) -> wrongNamespace(d, r)),
                Mutator.onFile("xml-entity-expansion", suffix, (d, r) -> withDoctype(d, r.nextBoolean()
                        ? BILLION_LAUGHS : EXTERNAL, r.nextBoolean() ? "&e;" : "&ext;")),
                Mutator.onFile("xml-bad-utf8", suffix, (d, r) -> Bytes.badText(d, 0, d.length, r)),
                Mutator.onFile("xml-huge-number", suffix, TextEdits::hostileNumber),
                Mutator.onFile("xml-wrong-geometry", suffix, (d, r) -> TextEdits.replaceToken(d, GEOMETRY_TAGS,
                        WRONG_TAGS, r)),
                Mutator.onFile("xml-drop-element", suffix, (d, r) -> dropElement(d, r)),
                Mutator.onFile("xml-attribute-value", suffix, (d, r) -> TextEdits.replaceToken(d,
                        new String[] {"srsDimension=\"2\"", "srsName=\"", "=\"", "id=\""},
                        new String[] {"srsDimension=\"0\"", "srsDimension=\"-1\"", "srsDimension=\"99999999\"",
                            "srsName=\"EPSG:99999999", "=\"&#0;", "=\"&bogus;", "id=\"\" id=\""}, r)));
    }

    private static byte[] insertBeforeTag(byte[] d, String text, SplittableRandom r) {
        List<Integer> tags = Bytes.find(d, "<");
        if (tags.size() < 3) {
            return d;
        }
        int at = tags.get(2 + r.nextInt(tags.size() - 2));
        return Bytes.splice(d, at, at, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] wrongNamespace(byte[] d, SplittableRandom r) {
        List<Integer> hits = Bytes.find(d, "xmlns");
        if (hits.isEmpty()) {
            return d;
        }
        int quote = indexOf(d, (byte) '"', hits.get(r.nextInt(hits.size())));
        int end = quote < 0 ? -1 : indexOf(d, (byte) '"', quote + 1);
        return end < 0 ? d : Bytes.splice(d, quote + 1, end,
                NAMESPACES[r.nextInt(NAMESPACES.length)].getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withDoctype(byte[] d, String doctype, String reference) {
        int root = indexOf(d, (byte) '<', 1);
        while (root >= 0 && root + 1 < d.length && (d[root + 1] == '?' || d[root + 1] == '!')) {
            root = indexOf(d, (byte) '<', root + 1);
        }
        if (root < 0) {
            return d;
        }
        byte[] withDtd = Bytes.splice(d, root, root, doctype.getBytes(StandardCharsets.UTF_8));
        int text = indexOf(withDtd, (byte) '>', root + doctype.length()) + 1;
        return text <= 0 ? withDtd : Bytes.splice(withDtd, text, text, reference.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] dropElement(byte[] d, SplittableRandom r) {
        List<Integer> opens = Bytes.find(d, "<");
        if (opens.size() < 2) {
            return d;
        }
        int from = opens.get(1 + r.nextInt(opens.size() - 1));
        int to = indexOf(d, (byte) '>', from);
        return to < 0 ? d : Bytes.splice(d, from, to + 1, new byte[0]);
    }

    private static int indexOf(byte[] d, byte b, int from) {
        for (int i = Math.max(0, from); i < d.length; i++) {
            if (d[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
