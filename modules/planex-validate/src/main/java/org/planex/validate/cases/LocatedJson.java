package org.planex.validate.cases;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * A JSON document read into a tree that remembers where each value starts, so a problem found later can be
 * reported at its JSON pointer and line: {@code cases/gap.json!/packages/0/features/2/wkt:14:20}.
 *
 * <p><b>Thread safety:</b> immutable after parsing.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final JsonNode root;
    private final Map<String, JsonLocation> starts;

    private LocatedJson(Path file, JsonNode root, Map<String, JsonLocation> starts) {
        this.file = file;
        this.root = root;
        this.starts = starts;
    }

    /**
     * Parses a document.
     *
     * @param file the name the document is reported under
     * @param text the JSON text
     * @throws PlanexException for text that is not JSON (with its line and column) or holds a key twice
     */
    static LocatedJson parse(Path file, String text) throws PlanexException {
        Map<String, JsonLocation> starts = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw PlanexException.invalid(Location.of(file), "the case file is empty; write a JSON object"
                        + " as case.schema.json describes", null);
            }
            JsonNode root = read(p, "", starts);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw PlanexException.invalid(Location.of(file, at.getLineNr(), at.getColumnNr()),
                        "text after the JSON object; a case file holds one object", null);
            }
            return new LocatedJson(file, root, starts);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw PlanexException.invalid(at == null ? Location.of(file) : Location.of(file, at.getLineNr(),
                    at.getColumnNr()), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot read the case file: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(JsonParser p, String pointer, Map<String, JsonLocation> starts) throws IOException {
        starts.put(pointer, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, read(p, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), starts));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, pointer + "/" + a.size(), starts));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(p.getBooleanValue());
            default:
                return NODES.nullNode();
        }
    }

    /** The name the document is reported under. */
    Path file() {
        return file;
    }

    /** The root value. */
    JsonNode root() {
        return root;
    }

    /** Where the value at a JSON pointer starts ({@code ""} for the root), with the pointer as entry. */
    Location at(String pointer) {
        JsonLocation l = starts.get(pointer);
        Location base = new Location(file, pointer.isEmpty() ? "/" : pointer, -1, -1, -1, null);
        return l == null ? base : base.at(l.getLineNr(), l.getColumnNr());
    }

    /** A refusal of the value at a pointer, with what to do. */
    PlanexException invalid(String pointer, String reason) {
        return PlanexException.invalid(at(pointer), reason, null);
    }
}
