package org.planex.core.profile;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.Corridor;
import org.planex.model.CorridorType;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Turns one layer record into a plan feature by its mapping. Semantic text fields (code, name, kind, ...) are
 * consumed; every other field becomes a typed attribute. The id comes from the reserved field
 * {@value #PLANEX_ID} when present (written by {@link PlanLayerExport} when the profile's id field cannot
 * hold the id), else from the mapped id field (kept as an attribute too when it is not text), else from the
 * source's feature id or the record number.
 */
final class RecordMapper {

    /** The field that carries a planex feature id the profile's id field cannot hold. */
    static final String PLANEX_ID = "PX_ID";

    private RecordMapper() {
    }

    static PlanFeature feature(LayerRecord r, LayerMapping m, Location where) throws PlanexException {
        Map<String, AttributeValue> values = r.attributes().asMap();
        String idField = m.field("id");
        String id = text(values.get(PLANEX_ID));
        AttributeValue idValue = idField == null ? null : values.get(idField);
        boolean keepIdField = idValue != null && idValue.type() != AttributeType.STRING;
        if (id == null) {
            id = text(idValue);
        }
        if (id == null) {
            id = r.fid() != null ? r.fid() : r.layer() + "." + r.index();
        }
        Location at = where.withFeature(id);
        Attributes.Builder attributes = Attributes.builder(values.size());
        for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
            String name = e.getKey();
            boolean semantic = m.fields().containsValue(name) && !(keepIdField && name.equals(idField));
            if (!semantic && !name.equals(PLANEX_ID)) {
                attributes.put(name, e.getValue());
            }
        }
        Attributes a = attributes.build();
        Geometry g = r.geometry();
        try {
            return switch (m.role() == Role.FEATURES ? GeometryRoles.roleOf(g) : m.role()) {
                case ZONES -> new Zone(id, optional(value(m, "code", values)), value(m, "name", values), g, a);
                case CONTROL -> new ControlArea(id, m.controlKind() != null ? m.controlKind()
                        : new ControlKind(require(value(m, "kind", values), "kind", m, at)), value(m, "name", values), g, a);
                case FACILITIES -> new Facility(id, require(value(m, "category", values), "category", m, at),
                        value(m, "nimby", values), radius(value(m, "radius", values), at), value(m, "name", values), g, a);
                case CORRIDORS -> new Corridor(id, CorridorType.fromToken(require(value(m, "type", values), "type", m, at)),
                        value(m, "class", values), value(m, "crossBorderRef", values), value(m, "name", values), g, a);
                case BOUNDARY, FEATURES -> throw new IllegalStateException(m.role() + " layers hold no features");
            };
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at, e.getMessage(), e);
        }
    }

    /** The text of a semantic field: the record's value, else the mapping's default. */
    static String value(LayerMapping m, String key, Map<String, AttributeValue> values) {
        String field = m.field(key);
        String v = field == null ? null : text(values.get(field));
        return v != null ? v : m.defaults().get(key);
    }

    private static String require(String v, String key, LayerMapping m, Location at) throws PlanexException {
        if (v == null || v.isBlank()) {
            String field = m.field(key);
            throw PlanexException.invalid(at, "no " + key + (field == null ? "" : " (field " + field + " is empty)")
                    + "; fill it in the source or give the layer a default in the profile", null);
        }
        return v.strip();
    }

    private static String optional(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Double radius(String v, Location at) throws PlanexException {
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw PlanexException.invalid(at, "impact radius '" + v + "' is not a number of metres", e);
        }
    }

    private static String text(AttributeValue v) {
        if (v == null || v.lexical() == null) {
            return null;
        }
        String s = v.lexical();
        return s.isBlank() ? null : s;
    }
}
