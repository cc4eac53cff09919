package org.planex.format.geopackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
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

/**
 * Turns a {@link PlanHeader} into JSON and back, exactly: every field, names in their order, enums by their
 * schema tokens, dates as ISO text, the CRS by EPSG code and the boundary as hexadecimal WKB (little-endian,
 * with z when it has z), so that coordinates survive bit for bit. Absent optional values are omitted.
 *
 * <p>Example: {@code {"packageId":"p1","schemaVersion":"1.0","jurisdiction":{"code":"320509",...},
 * "crs":4490,"boundary":"0103000000..."}}.
 *
 * <p><b>Thread safety:</b> stateless; shared.
 */
final class PlanHeaderJsonCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanHeaderJsonCodec() {
    }

    /** The JSON text of {@code h}. */
    static String write(PlanHeader h) {
        ObjectNode root = JSON.createObjectNode();
        root.put("packageId", h.packageId());
        root.put("schemaVersion", h.schemaVersion());
        putOptional(root, "producer", h.producer());
        Jurisdiction j = h.jurisdiction();
        ObjectNode jn = root.putObject("jurisdiction");
        jn.put("code", j.code());
        jn.put("scheme", j.scheme());
        ObjectNode names = jn.putObject("names");
        j.names().forEach(names::put);
        jn.put("level", j.level().token());
        putOptional(jn, "parentCode", j.parentCode());
        PlanInfo p = h.plan();
        ObjectNode pn = root.putObject("plan");
        pn.put("id", p.id());
        pn.put("title", p.title());
        pn.put("type", p.type().token());
        pn.put("status", p.status().token());
        putOptional(pn, "authority", p.authority());
        putOptional(pn, "approvalDate", p.approvalDate());
        putOptional(pn, "approvalReference", p.approvalReference());
        putOptional(pn, "validFrom", p.validFrom());
        putOptional(pn, "validTo", p.validTo());
        root.put("crs", h.crs().epsg());
        ObjectNode cn = root.putObject("classification");
        cn.put("system", h.classification().system());
        putOptional(cn, "version", h.classification().version());
        ArrayNode neighbours = root.putArray("neighbours");
        for (Neighbour n : h.neighbours()) {
            ObjectNode nn = neighbours.addObject();
            nn.put("code", n.code());
            nn.put("scheme", n.scheme());
            putOptional(nn, "name", n.name());
        }
        if (h.boundary() != null) {
            Geometry b = h.boundary();
            boolean hasZ = !b.isEmpty() && !Double.isNaN(b.getCoordinate().getZ());
            root.put("boundary", WKBWriter.toHex(new WKBWriter(hasZ ? 3 : 2, ByteOrderValues.LITTLE_ENDIAN).write(b)));
        }
        ArrayNode attachments = root.putArray("attachments");
        for (Attachment a : h.attachments()) {
            ObjectNode an = attachments.addObject();
            an.put("path", a.path());
            an.put("mediaType", a.mediaType());
            an.put("sha256", a.sha256());
            putOptional(an, "title", a.title());
        }
        return root.toString();
    }

    /**
     * Reads JSON written by {@link #write}.
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
        Geometry boundary = null;
        String hex = text(root, "boundary");
        if (hex != null) {
            try {
                boundary = new WKBReader(new GeometryFactory()).read(WKBReader.hexToBytes(hex));
            } catch (ParseException | RuntimeException e) {
                throw new IllegalArgumentException("plan header boundary is not valid WKB: " + e.getMessage(), e);
            }
        }
        JsonNode crs = required(root, "crs");
        if (!crs.canConvertToInt()) {
            throw new IllegalArgumentException("plan header crs must be an EPSG code");
        }
        return new PlanHeader(text(root, "packageId"), text(root, "schemaVersion"), text(root, "producer"),
                jurisdiction, plan, CrsRef.epsg(crs.intValue()),
                new Classification(text(cn, "system"), text(cn, "version")), neighbours, boundary, attachments);
    }

    private static void putOptional(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.put(name, value.toString());
        }
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
