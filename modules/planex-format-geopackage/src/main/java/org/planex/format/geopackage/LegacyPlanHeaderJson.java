package org.planex.format.geopackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.planex.model.AdminLevel;
import org.planex.model.Attachment;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.spi.PlanHeaderText;

/**
 * Reads the plan header of GeoPackages written by planex 0.1 before the header had one stored form: a JSON
 * object in the {@code plan-header} row of {@code planex_metadata} (every field, enums by their schema tokens,
 * dates as ISO text, the CRS by EPSG code, the boundary as hexadecimal WKB). planex now writes
 * {@link PlanHeaderText} there instead; this reader only keeps the old files readable.
 *
 * <p>Example: {@code {"packageId":"p1","schemaVersion":"1.0","jurisdiction":{"code":"320509",...},
 * "crs":4490,"boundary":"0103000000..."}}.
 *
 * <p><b>Thread safety:</b> stateless; shared.
 */
final class LegacyPlanHeaderJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyPlanHeaderJson() {
    }

    /** Whether a stored header is in the old JSON form (a JSON object) rather than header text. */
    static boolean isLegacy(String stored) {
        return stored.stripLeading().startsWith("{");
    }

    /**
     * Reads the JSON header of planex 0.1.
     *
     * @throws IllegalArgumentException if the text is not a valid header (the message says what is wrong)
     */
    static PlanHeader read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("plan header is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("plan header is not a JSON object");
        }
        JsonNode jn = required(root, "jurisdiction");
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : required(jn, "names").properties()) {
            names.put(e.getKey(), e.getValue().asText());
        }
        Jurisdiction jurisdiction = new Jurisdiction(text(jn, "code"), text(jn, "scheme"), names,
                AdminLevel.fromToken(text(jn, "level")), text(jn, "parentCode"));
        JsonNode pn = required(root, "plan");
        PlanInfo plan = new PlanInfo(text(pn, "id"), text(pn, "title"), PlanType.fromToken(text(pn, "type")),
                PlanStatus.fromToken(text(pn, "status")), text(pn, "authority"), date(pn, "approvalDate"),
                text(pn, "approvalReference"), date(pn, "validFrom"), date(pn, "validTo"));
        JsonNode cn = required(root, "classification");
        List<Neighbour> neighbours = new ArrayList<>();
        for (JsonNode n : root.path("neighbours")) {
            neighbours.add(new Neighbour(text(n, "code"), text(n, "scheme"), text(n, "name")));
        }
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode a : root.path("attachments")) {
            attachments.add(new Attachment(text(a, "path"), text(a, "mediaType"), text(a, "sha256"), text(a, "title")));
        }
        String hex = text(root, "boundary");
        Geometry boundary = hex == null ? null : PlanHeaderText.boundary(WKBReader.hexToBytes(hex));
        JsonNode crs = required(root, "crs");
        if (!crs.canConvertToInt()) {
            throw new IllegalArgumentException("plan header crs must be an EPSG code");
        }
        return new PlanHeader(text(root, "packageId"), text(root, "schemaVersion"), text(root, "producer"),
                jurisdiction, plan, CrsRef.epsg(crs.intValue()),
                new Classification(text(cn, "system"), text(cn, "version")), neighbours, boundary, attachments);
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("plan header has no '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode node, String name) {
        String s = text(node, name);
        return s == null ? null : LocalDate.parse(s);
    }
}
