package org.planex.validate.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.planex.spi.PlanexException;

/**
 * The JSON Schema of case files ({@value #RESOURCE}, shipped beside this class) and the check of a document
 * against it. The check implements the keywords the schema uses: {@code type}, {@code enum}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code minItems}, {@code maxItems},
 * {@code minLength}, {@code pattern}, {@code minimum}, {@code exclusiveMinimum} and local {@code $ref}s;
 * a schema using any other keyword is refused, so the check never silently skips a rule of the schema.
 *
 * <p><b>Thread safety:</b> immutable.
 */
final class CaseSchema {

    /** The schema's resource name, relative to this class. */
    static final String RESOURCE = "case.schema.json";

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description");
    private static final Set<String> KEYWORDS = Set.of("type", "enum", "properties", "required",
            "additionalProperties", "items", "minItems", "maxItems", "minLength", "pattern", "minimum",
            "exclusiveMinimum", "$ref");
    private static final CaseSchema STANDARD = new CaseSchema(load());

    private final JsonNode schema;

    CaseSchema(JsonNode schema) {
        this.schema = schema;
        requireKnownKeywords(schema, "#");
    }

    /** The shipped schema. */
    static CaseSchema standard() {
        return STANDARD;
    }

    private static JsonNode load() {
        try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + CaseSchema.class.getName());
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireKnownKeywords(JsonNode s, String where) {
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            String k = e.getKey();
            if (!ANNOTATIONS.contains(k) && !KEYWORDS.contains(k)) {
                throw new IllegalStateException("the case schema uses '" + k + "' at " + where
                        + ", which the check does not implement");
            }
            if (k.equals("properties") || k.equals("$defs")) {
                e.getValue().properties().forEach(p -> requireKnownKeywords(p.getValue(), where + "/" + k + "/"
                        + p.getKey()));
            } else if ((k.equals("items") || k.equals("additionalProperties")) && e.getValue().isObject()) {
                requireKnownKeywords(e.getValue(), where + "/" + k);
            }
        }
    }

    /**
     * Checks a document.
     *
     * @throws PlanexException at the first value that breaks the schema, with its pointer and line
     */
    void check(LocatedJson doc) throws PlanexException {
        check(schema, doc.root(), "", doc);
    }

    private void check(JsonNode s, JsonNode v, String at, LocatedJson doc) throws PlanexException {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            check(schema.at(ref.substring(1)), v, at, doc);
            return;
        }
        if (s.has("type") && !hasType(s.get("type"), v)) {
            throw doc.invalid(at, "expected " + s.get("type").toString().replace("\"", "") + ", found "
                    + describe(v));
        }
        if (s.has("enum") && !contains(s.get("enum"), v)) {
            throw doc.invalid(at, describe(v) + " is not one of " + s.get("enum").toString().replace("\"", ""));
        }
        if (v.isObject()) {
            checkObject(s, v, at, doc);
        } else if (v.isArray()) {
            checkArray(s, v, at, doc);
        } else if (v.isTextual()) {
            if (s.has("minLength") && v.asText().length() < s.get("minLength").asInt()) {
                throw doc.invalid(at, "the text must not be empty");
            }
            if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
                throw doc.invalid(at, describe(v) + " does not match " + s.get("pattern").asText());
            }
        } else if (v.isNumber()) {
            if (s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) {
                throw doc.invalid(at, v.asText() + " is below the minimum " + s.get("minimum").asText());
            }
            if (s.has("exclusiveMinimum") && v.asDouble() <= s.get("exclusiveMinimum").asDouble()) {
                throw doc.invalid(at, v.asText() + " must be above " + s.get("exclusiveMinimum").asText());
            }
        }
    }

    private void checkObject(JsonNode s, JsonNode v, String at, LocatedJson doc) throws PlanexException {
        JsonNode props = s.path("properties");
        for (JsonNode r : s.path("required")) {
            if (!v.has(r.asText())) {
                throw doc.invalid(at, "the property '" + r.asText() + "' is required");
            }
        }
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String child = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode extra = s.get("additionalProperties");
            if (props.has(e.getKey())) {
                check(props.get(e.getKey()), e.getValue(), child, doc);
            } else if (extra != null && extra.isBoolean() && !extra.asBoolean()) {
                List<String> allowed = new ArrayList<>();
                props.fieldNames().forEachRemaining(allowed::add);
                throw doc.invalid(child, "unknown property '" + e.getKey() + "'; allowed here: "
                        + String.join(", ", allowed));
            } else if (extra != null && extra.isObject()) {
                check(extra, e.getValue(), child, doc);
            }
        }
    }

    private void checkArray(JsonNode s, JsonNode v, String at, LocatedJson doc) throws PlanexException {
        if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
            throw doc.invalid(at, "expected at least " + s.get("minItems").asInt() + " items, found " + v.size());
        }
        if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
            throw doc.invalid(at, "expected at most " + s.get("maxItems").asInt() + " items, found " + v.size());
        }
        if (s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(s.get("items"), v.get(i), at + "/" + i, doc);
            }
        }
    }

    private static boolean hasType(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (hasType(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalStateException("unknown type " + type + " in the case schema");
        };
    }

    private static boolean contains(JsonNode values, JsonNode v) {
        for (JsonNode e : values) {
            if (e.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.isTextual() ? "'" + v.asText() + "'" : v.toString();
    }
}
