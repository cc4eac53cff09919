package org.planex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints the {@code info} tree as indented text for people: one {@code key: value} per line, nested objects
 * indented, arrays of objects as one line per element.
 */
final class InfoText {

    private InfoText() {
    }

    static void print(JsonNode node, PrintWriter out) {
        print(node, out, "");
    }

    private static void print(JsonNode node, PrintWriter out, String indent) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            if (v.isObject()) {
                out.println(indent + e.getKey() + ":");
                print(v, out, indent + "  ");
            } else if (v.isArray()) {
                out.println(indent + e.getKey() + ": " + (v.isEmpty() ? "none" : ""));
                for (JsonNode item : v) {
                    if (item.isObject() && item.has("fields")) {
                        out.println(indent + "  -");
                        print(item, out, indent + "    ");
                    } else {
                        out.println(indent + "  - " + inline(item));
                    }
                }
            } else {
                out.println(indent + e.getKey() + ": " + v.asText());
            }
        }
    }

    private static String inline(JsonNode item) {
        if (!item.isObject()) {
            return item.asText();
        }
        StringBuilder sb = new StringBuilder();
        item.fields().forEachRemaining(f -> {
            if (!f.getValue().isNull()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(f.getKey()).append('=').append(f.getValue().asText());
            }
        });
        return sb.toString();
    }
}
