package org.planex.core.profile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.planex.core.spool.FeatureSpool;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.ControlArea;
import org.planex.model.Corridor;
import org.planex.model.Facility;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * Writes a plan into layers through a {@link Profile}, the reverse of {@link LayerPlanReader}. The plan is read
 * once. Each output layer's fields (attribute names, types, widths, scales) and geometry type must be known
 * before its first record, so the features are learnt while they are copied to a {@link FeatureSpool} beside
 * the output, and then written from the spool. Memory holds the layer schemas and one feature, not the plan.
 *
 * <p>When the plan is read from layers whose schemas are known before the first record (the {@code inputLayers}
 * of {@link #export}), the output schema may follow from the input schema and the features go straight to the
 * output: the output fields are the input's attribute fields, as wide as the input declares them. This is done
 * for one polygonal zone layer whose ids do not need the attributes (the common plain land-use layer).
 *
 * <p>Ids: when the profile's id field is not among a feature's attributes, the id is written to it as text;
 * when it is (a typed {@code BSM}, say) and holds the id, nothing more is needed; otherwise the id goes to the
 * reserved field {@value RecordMapper#PLANEX_ID}, so that reading back gives the same ids.
 *
 * @since 0.1
 */
public final class PlanLayerExport {

    private final Profile profile;
    private final Path output;
    private final Location where;
    private final WarningListener warnings;
    private final Map<Object, LayerMapping> mappings = new HashMap<>();

    /**
     * An export with {@code profile} to {@code output}, which names the output in errors and warnings and whose
     * folder holds the spool.
     */
    public PlanLayerExport(Profile profile, Path output, WarningListener warnings) {
        this.profile = profile;
        this.output = output;
        this.where = Location.of(output);
        this.warnings = warnings;
    }

    /**
     * Exports the plan, counting written features in {@code progress} (may be {@code null}). The reader is read
     * to its end once and closed; the writer is finished by the caller.
     *
     * @param plan the plan, at its first feature
     * @param inputLayers the schemas of the layers the plan is read from through this export's own profile, or
     *     an empty list when the plan is not read from layers or is read through another profile
     * @return the number of features written, per kind
     */
    public Map<FeatureKind, Long> export(PlanReader plan, List<LayerSchema> inputLayers, LayerWriter writer,
            LongAdder progress) throws PlanexException {
        try (PlanReader r = plan) {
            Plan known = fromInput(inputLayers);
            if (known != null) {
                Map<LayerMapping, Plan> plans = new IdentityHashMap<>();
                plans.put(known.mapping, known);
                return write(r.header(), plans, r::read, writer, progress);
            }
            try (FeatureSpool spool = FeatureSpool.beside(output)) {
                Map<LayerMapping, Plan> plans = new IdentityHashMap<>();
                for (PlanFeature f = r.read(); f != null; f = r.read()) {
                    LayerMapping m = mapping(f);
                    plans.computeIfAbsent(m, k -> new Plan(k)).learn(f, where);
                    spool.write(f);
                }
                PlanHeader header = r.header();
                r.close();
                spool.replay();
                return write(header, plans, spool::read, writer, progress);
            }
        }
    }

    /** The features of one pass. */
    @FunctionalInterface
    private interface Features {
        PlanFeature next() throws PlanexException;
    }

    private Map<FeatureKind, Long> write(PlanHeader header, Map<LayerMapping, Plan> plans, Features features,
            LayerWriter writer, LongAdder progress) throws PlanexException {
        Map<FeatureKind, Long> counts = new EnumMap<>(FeatureKind.class);
        writer.writePlanHeader(header);
        Map<LayerMapping, LayerSink> sinks = new IdentityHashMap<>();
        for (Plan p : order(plans)) {
            sinks.put(p.mapping, writer.createLayer(p.schema(header)));
        }
        writeBoundary(header, writer);
        for (PlanFeature f = features.next(); f != null; f = features.next()) {
            LayerMapping m = mapping(f);
            Plan p = plans.get(m);
            sinks.get(m).write(p.record(f, ++p.written));
            counts.merge(f.kind(), 1L, Long::sum);
            if (progress != null) {
                progress.increment();
            }
        }
        return counts;
    }

    /**
     * The plan of the one output layer when it follows from the input schemas: one input layer of zones (the
     * others have no role or are the boundary), polygonal, every text field with a declared width, no
     * {@value RecordMapper#PLANEX_ID} field, and the output id field not among its attributes; else {@code null}.
     */
    private Plan fromInput(List<LayerSchema> inputLayers) throws PlanexException {
        LayerSchema input = null;
        LayerMapping in = null;
        for (LayerSchema l : inputLayers) {
            LayerMapping m = profile.mappingFor(l.name()).orElse(null);
            if (m != null && m.role() != Role.BOUNDARY) {
                if (input != null || m.role() != Role.ZONES) {
                    return null;
                }
                input = l;
                in = m;
            }
        }
        LayerMapping out = input == null ? null : profile.exportMapping(Role.ZONES, null).orElse(null);
        if (out == null || input.geometryKind() != GeometryKind.POLYGON
                && input.geometryKind() != GeometryKind.MULTIPOLYGON) {
            return null;
        }
        Plan plan = new Plan(out);
        String inId = in.field("id");
        int idLength = input.name().length() + 1 + Long.toString(Long.MAX_VALUE).length();
        for (FieldDef f : input.fields()) {
            String name = f.name();
            boolean keepId = name.equals(inId) && f.type() != AttributeType.STRING;
            if (name.equals(RecordMapper.PLANEX_ID) || keepId || f.type() == AttributeType.STRING && f.length() == 0
                    || f.type() == AttributeType.DECIMAL && f.length() == 0) {
                return null;
            }
            if (name.equals(inId)) {
                idLength = Math.max(idLength, f.length());
            }
            if (in.fields().containsValue(name)) {
                continue;
            }
            if (out.fields().containsValue(name)) {
                return null;
            }
            plan.attributes.put(name, FieldDef.of(name, f.type()));
            if (f.type() == AttributeType.STRING) {
                plan.textLengths.put(name, f.length());
            } else if (f.type() == AttributeType.DECIMAL) {
                plan.decimals.put(name, new int[] {Math.max(1, f.length() - f.scale() - (f.scale() > 0 ? 1 : 0)),
                    f.scale()});
            }
        }
        for (String key : Role.ZONES.keys()) {
            String field = out.field(key);
            if (field == null || key.equals("id")) {
                continue;
            }
            String inField = in.field(key);
            int length = in.defaults().containsKey(key) ? in.defaults().get(key).length() : 0;
            for (FieldDef f : input.fields()) {
                if (f.name().equals(inField)) {
                    length = Math.max(length, f.length());
                }
            }
            if (length > 0) {
                plan.textLengths.merge(field, length, Math::max);
            }
        }
        plan.textLengths.put(RecordMapper.PLANEX_ID, idLength);
        if (out.field("id") != null) {
            plan.textLengths.merge(out.field("id"), idLength, Math::max);
        }
        plan.kind = GeometryKind.MULTIPOLYGON;
        return plan;
    }

    private void writeBoundary(PlanHeader header, LayerWriter writer) throws PlanexException {
        LayerMapping m = profile.exportMapping(Role.BOUNDARY, null).orElse(null);
        if (m == null || header.boundary() == null) {
            return;
        }
        if (!writer.canCreateLayer()) {
            warnings.warning(where, "the plan boundary is left out: the output holds one layer; write to a folder "
                    + "(a name without .geojson) to keep it");
            return;
        }
        List<FieldDef> fields = new ArrayList<>();
        Attributes.Builder values = Attributes.builder();
        String codeField = m.field("jurisdictionCode");
        String nameField = m.field("jurisdictionName");
        if (codeField != null) {
            fields.add(FieldDef.of(codeField, AttributeType.STRING));
            values.put(codeField, header.jurisdiction().code());
        }
        if (nameField != null) {
            fields.add(FieldDef.of(nameField, AttributeType.STRING));
            values.put(nameField, header.jurisdiction().name());
        }
        LayerSink sink = writer.createLayer(new LayerSchema(m.exportName(), GeometryKind.MULTIPOLYGON, fields,
                header.crs()));
        sink.write(new LayerRecord(m.exportName(), 1, null, header.boundary(), values.build()));
    }

    /** The layer plans in the order of the profile's mappings, so output layers come in a stable order. */
    private List<Plan> order(Map<LayerMapping, Plan> plans) {
        List<Plan> out = new ArrayList<>();
        for (LayerMapping m : profile.layers()) {
            Plan p = plans.get(m);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The mapping of a feature; resolved once per role and control kind, then looked up. */
    private LayerMapping mapping(PlanFeature f) throws PlanexException {
        Object key = f instanceof ControlArea c ? c.controlKind() : f.kind();
        LayerMapping cached = mappings.get(key);
        if (cached != null) {
            return cached;
        }
        LayerMapping m = resolve(f);
        mappings.put(key, m);
        return m;
    }

    private LayerMapping resolve(PlanFeature f) throws PlanexException {
        Role role = switch (f.kind()) {
            case ZONE -> Role.ZONES;
            case CONTROL_AREA -> Role.CONTROL;
            case FACILITY -> Role.FACILITIES;
            case CORRIDOR -> Role.CORRIDORS;
        };
        LayerMapping m = profile.exportMapping(role, f instanceof ControlArea c ? c.controlKind() : null).orElse(null);
        if (m == null || (role == Role.CONTROL && m.controlKind() == null && m.field("kind") == null)) {
            throw PlanexException.invalid(where.withFeature(f.id()), "profile " + profile.name() + " has no layer for "
                    + f.kind().token() + (f instanceof ControlArea c ? " of kind " + c.controlKind() : "")
                    + "; use a profile that maps it (the generic profile maps every kind)", null);
        }
        return m;
    }

    /** What one output layer needs, learnt in the first pass. */
    private static final class Plan {
        private final LayerMapping mapping;
        private final Map<String, FieldDef> attributes = new LinkedHashMap<>();
        private final Map<String, Integer> textLengths = new HashMap<>();
        private final Map<String, int[]> decimals = new HashMap<>();
        private GeometryKind kind;
        private boolean idInAttributes;
        private boolean idOnlyInAttributes = true;
        private long written;

        Plan(LayerMapping mapping) {
            this.mapping = mapping;
        }

        void learn(PlanFeature f, Location where) throws PlanexException {
            String idField = mapping.field("id");
            for (Map.Entry<String, AttributeValue> e : f.attributes().asMap().entrySet()) {
                String name = e.getKey();
                AttributeValue v = e.getValue();
                boolean isIdField = name.equals(idField);
                if (!isIdField && (mapping.fields().containsValue(name) || name.equals(RecordMapper.PLANEX_ID))) {
                    throw PlanexException.invalid(where.withFeature(f.id()), "attribute " + name + " has the name of the "
                            + "field the profile uses for another purpose; rename the attribute or use another profile", null);
                }
                FieldDef known = attributes.get(name);
                if (known != null && known.type() != v.type()) {
                    throw PlanexException.invalid(where.withFeature(f.id()), "attribute " + name + " is " + v.type().token()
                            + " here but " + known.type().token() + " in earlier features; one field has one type", null);
                }
                attributes.putIfAbsent(name, FieldDef.of(name, v.type()));
                if (v instanceof AttributeValue.Text t) {
                    textLengths.merge(name, t.value().length(), Math::max);
                } else if (v instanceof AttributeValue.Decimal d) {
                    BigDecimal b = d.value();
                    int scale = Math.max(0, b.scale());
                    int integerDigits = Math.max(1, b.precision() - b.scale());
                    decimals.merge(name, new int[] {integerDigits, scale},
                            (a, c) -> new int[] {Math.max(a[0], c[0]), Math.max(a[1], c[1])});
                }
                if (isIdField) {
                    idInAttributes = true;
                    if (!f.id().equals(v.lexical())) {
                        idOnlyInAttributes = false;
                    }
                }
            }
            if (idField != null && f.attributes().get(idField).isEmpty()) {
                idOnlyInAttributes = false;
            }
            for (String key : new String[] {"code", "name", "kind", "category", "nimby", "type", "class",
                "crossBorderRef"}) {
                String field = mapping.field(key);
                String value = semantic(f, key);
                if (field != null && value != null) {
                    textLengths.merge(field, value.length(), Math::max);
                }
            }
            textLengths.merge(RecordMapper.PLANEX_ID, f.id().length(), Math::max);
            if (idField != null) {
                textLengths.merge(idField, f.id().length(), Math::max);
            }
            kind = merge(kind, f.geometry());
        }

        private static GeometryKind merge(GeometryKind kind, Geometry g) {
            if (g == null) {
                return kind;
            }
            GeometryKind k = g instanceof Polygonal ? GeometryKind.MULTIPOLYGON
                    : g instanceof Lineal ? GeometryKind.MULTILINESTRING
                    : g instanceof Puntal ? (g.getNumGeometries() == 1 && kind != GeometryKind.MULTIPOINT
                        ? GeometryKind.POINT : GeometryKind.MULTIPOINT) : GeometryKind.GEOMETRY;
            if (kind == null || kind == k) {
                return k;
            }
            if (kind == GeometryKind.POINT && k == GeometryKind.MULTIPOINT || kind == GeometryKind.MULTIPOINT
                    && k == GeometryKind.POINT) {
                return GeometryKind.MULTIPOINT;
            }
            return GeometryKind.GEOMETRY;
        }

        private boolean needsPlanexId() {
            return idInAttributes && !idOnlyInAttributes || mapping.field("id") == null;
        }

        LayerSchema schema(PlanHeader header) {
            List<FieldDef> fields = new ArrayList<>();
            if (needsPlanexId()) {
                fields.add(new FieldDef(RecordMapper.PLANEX_ID, AttributeType.STRING,
                        textLengths.getOrDefault(RecordMapper.PLANEX_ID, 0), 0));
            }
            for (String key : mapping.role().keys()) {
                String field = mapping.field(key);
                if (field == null || key.equals("id") && idInAttributes) {
                    continue;
                }
                AttributeType type = key.equals("radius") ? AttributeType.DECIMAL : AttributeType.STRING;
                fields.add(new FieldDef(field, type, textLengths.getOrDefault(field, 0), 0));
            }
            for (FieldDef a : attributes.values()) {
                int[] d = decimals.get(a.name());
                fields.add(a.type() == AttributeType.STRING ? new FieldDef(a.name(), a.type(),
                        textLengths.getOrDefault(a.name(), 0), 0)
                        : d != null ? new FieldDef(a.name(), a.type(), d[0] + d[1] + 2, d[1]) : a);
            }
            GeometryKind k = kind != null ? kind : switch (mapping.role()) {
                case FACILITIES -> GeometryKind.POINT;
                case CORRIDORS -> GeometryKind.MULTILINESTRING;
                default -> GeometryKind.MULTIPOLYGON;
            };
            return new LayerSchema(mapping.exportName(), k, fields, header.crs());
        }

        LayerRecord record(PlanFeature f, long index) {
            Attributes.Builder b = Attributes.builder(f.attributes().size() + 6);
            if (needsPlanexId()) {
                b.put(RecordMapper.PLANEX_ID, f.id());
            }
            for (String key : mapping.role().keys()) {
                String field = mapping.field(key);
                if (field == null || key.equals("id") && idInAttributes) {
                    continue;
                }
                if (key.equals("radius")) {
                    Double r = ((Facility) f).impactRadius();
                    b.put(field, AttributeValue.of(r == null ? null : new BigDecimal(Double.toString(r))));
                } else {
                    b.put(field, key.equals("id") ? f.id() : semantic(f, key));
                }
            }
            for (FieldDef a : attributes.values()) {
                b.put(a.name(), f.attributes().get(a.name()).orElse(new AttributeValue.Null(a.type())));
            }
            return new LayerRecord(mapping.exportName(), index, f.id(), f.geometry(), b.build());
        }

        private static String semantic(PlanFeature f, String key) {
            return switch (key) {
                case "name" -> f.name();
                case "code" -> f instanceof Zone z ? z.code() : null;
                case "kind" -> f instanceof ControlArea c ? c.controlKind().token() : null;
                case "category" -> f instanceof Facility fa ? fa.category() : null;
                case "nimby" -> f instanceof Facility fa ? fa.nimbyCategory() : null;
                case "type" -> f instanceof Corridor c ? c.corridorType().token() : null;
                case "class" -> f instanceof Corridor c ? c.corridorClass() : null;
                case "crossBorderRef" -> f instanceof Corridor c ? c.crossBorderRef() : null;
                default -> null;
            };
        }
    }
}
