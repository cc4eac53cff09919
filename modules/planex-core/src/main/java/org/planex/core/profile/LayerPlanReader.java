package org.planex.core.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.planex.core.spool.FeatureSpool;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ErrorKind;
import org.planex.spi.LayerReader;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;

/**
 * Reads a layered dataset as a plan through a {@link Profile}: the layers with a role become zones, control
 * areas, facilities and corridors (in that order, streamed one record at a time); the header comes from the
 * dataset when a planex writer stored one, and otherwise from the profile, the boundary layer and the options.
 *
 * <p>Without a boundary layer the boundary is the union of the zones, computed only when the caller asks for it
 * (a plan package or a validation needs one; a layered output does not) by a {@link ZoneBoundaryUnion}, so that
 * memory stays bounded by the size of the union, not the number of zones. The header comes before the features,
 * so the zones are read for the union first and kept in a {@link FeatureSpool} that {@link #read()} then serves:
 * every layer is read once.
 * Without a jurisdiction code (no boundary layer field, no option) the jurisdiction is named after the input
 * file, with a warning.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 *
 * @since 0.1
 */
public final class LayerPlanReader implements PlanReader {

    private final LayerReader layers;
    private final Location where;
    private final List<Map.Entry<LayerSchema, LayerMapping>> featureLayers = new ArrayList<>();
    private final PlanHeader header;
    private int current = -1;
    private RecordCursor cursor;
    private FeatureSpool spooledZones;
    private int spooledLayers;
    private boolean closed;

    /**
     * Opens the plan view of a layered dataset.
     *
     * @param layers the dataset; closed by {@link #close()}
     * @param source the input path, for messages
     * @param profile the profile, with the command-line options applied
     * @param sourceCrs the CRS to assume, overriding what the data declares, or {@code null}
     * @param deriveBoundary whether to derive the boundary from the zones when there is no boundary layer
     * @param warnings where to report skipped layers, a derived jurisdiction and CRS findings
     * @throws PlanexException if no layer maps to a role or the CRS is unknown
     */
    public LayerPlanReader(LayerReader layers, Path source, Profile profile, CrsRef sourceCrs, boolean deriveBoundary,
            WarningListener warnings) throws PlanexException {
        this.layers = layers;
        this.where = Location.of(source);
        LayerSchema boundaryLayer = null;
        LayerMapping boundaryMapping = null;
        for (LayerSchema l : layers.layers()) {
            Optional<LayerMapping> m = profile.mappingFor(l.name());
            if (m.isEmpty()) {
                warnings.warning(where.withEntry(l.name()), "layer has no role in profile " + profile.name()
                        + " and is skipped; give it one with --layer-role " + l.name() + "=zones|control:KIND|facilities|corridors|boundary");
            } else if (m.get().role() == Role.BOUNDARY) {
                boundaryLayer = l;
                boundaryMapping = m.get();
            } else {
                featureLayers.add(Map.entry(l, m.get()));
            }
        }
        if (featureLayers.isEmpty() && boundaryLayer == null) {
            throw new PlanexException(ErrorKind.USAGE, where, "no layer of " + source.getFileName() + " has a role in profile "
                    + profile.name() + " (layers: " + String.join(", ", layers.layers().stream().map(LayerSchema::name)
                    .toList()) + "); map them with --layer-role LAYER=ROLE or choose another --profile");
        }
        featureLayers.sort(Comparator.comparingInt(e -> e.getValue().role().ordinal()));
        Optional<PlanHeader> stored = layers.planHeader();
        PlanHeader h;
        try {
            h = stored.isPresent() && sourceCrs == null ? stored.get()
                    : buildHeader(profile, sourceCrs, boundaryLayer, boundaryMapping, source, stored.orElse(null),
                            deriveBoundary, warnings);
        } catch (PlanexException | RuntimeException e) {
            closeSpool();
            throw e;
        }
        if (!h.attachments().isEmpty()) {
            warnings.warning(where, h.attachments().size() + " attachment(s) listed in the stored header are left out: "
                    + "layered formats do not carry attachment files");
            h = h.withAttachments(List.of());
        }
        this.header = h;
    }

    private PlanHeader buildHeader(Profile profile, CrsRef sourceCrs, LayerSchema boundaryLayer,
            LayerMapping boundaryMapping, Path source, PlanHeader stored, boolean deriveBoundary,
            WarningListener warnings) throws PlanexException {
        CrsRef crs = sourceCrs != null ? sourceCrs : declaredCrs(profile);
        if (stored != null) {
            return stored.withCrs(crs, stored.boundary());
        }
        String code = profile.jurisdiction().code();
        Map<String, String> names = new LinkedHashMap<>(profile.jurisdiction().names());
        Geometry boundary = null;
        if (boundaryLayer != null) {
            List<Geometry> parts = new ArrayList<>();
            try (RecordCursor c = layers.open(boundaryLayer.name())) {
                for (LayerRecord r = c.read(); r != null; r = c.read()) {
                    if (code == null) {
                        code = RecordMapper.value(boundaryMapping, "jurisdictionCode", r.attributes().asMap());
                    }
                    String name = RecordMapper.value(boundaryMapping, "jurisdictionName", r.attributes().asMap());
                    if (names.isEmpty() && name != null) {
                        names.put("zh", name);
                    }
                    if (r.geometry() != null) {
                        parts.add(r.geometry());
                    }
                }
            }
            boundary = ZoneBoundaryUnion.polygonal(parts.size() == 1 ? parts.get(0) : UnaryUnionOp.union(parts));
        } else if (deriveBoundary) {
            boundary = unionOfZones();
        }
        if (code == null) {
            code = stripSuffix(source.getFileName().toString()).strip().replaceAll("\\s+", "-");
            warnings.warning(where, "the jurisdiction is unknown (no boundary layer with a jurisdiction code): named '"
                    + code + "' after the input; give it with --jurisdiction CODE (e.g. 310118) so that neighbours"
                    + " and reports name it");
        }
        if (names.isEmpty()) {
            names.put("zh", code);
        }
        Jurisdiction j = new Jurisdiction(code, profile.jurisdiction().scheme(), names, profile.jurisdiction().level(), null);
        String name = names.values().iterator().next();
        PlanInfo plan = new PlanInfo(code + "-plan", name + " plan imported from " + source.getFileName(),
                PlanType.MASTER, PlanStatus.DRAFT, null, null, null, null, null);
        return new PlanHeader(code + "-" + stripSuffix(source.getFileName().toString()), PlanHeader.CURRENT_SCHEMA_VERSION,
                "planex (profile " + profile.name() + ")", j, plan, crs,
                new Classification(profile.codeSystem(), profile.codeSystemVersion()), List.of(), boundary, List.of());
    }

    private CrsRef declaredCrs(Profile profile) throws PlanexException {
        CrsRef found = null;
        for (Map.Entry<LayerSchema, LayerMapping> e : featureLayers) {
            CrsRef c = e.getKey().crs();
            if (c != null && found != null && !c.equals(found)) {
                throw PlanexException.invalid(where, "layers are in different CRSs (" + found + " and " + c + " in "
                        + e.getKey().name() + "); convert them to one CRS first", null);
            }
            found = c != null ? c : found;
        }
        if (found == null) {
            found = profile.crs();
        }
        if (found == null) {
            throw new PlanexException(ErrorKind.USAGE, where, "the data declares no CRS (no .prj or crs member); "
                    + "give it with --s-srs EPSG:N");
        }
        return found;
    }

    /** The union of the zones, spooling them for {@link #read()}. */
    private Geometry unionOfZones() throws PlanexException {
        ZoneBoundaryUnion union = new ZoneBoundaryUnion();
        spooledZones = FeatureSpool.inTempFolder(where);
        for (Map.Entry<LayerSchema, LayerMapping> e : featureLayers) {
            if (e.getValue().role() != Role.ZONES) {
                break;
            }
            try (RecordCursor c = layers.open(e.getKey().name())) {
                for (LayerRecord r = c.read(); r != null; r = c.read()) {
                    union.add(r.geometry());
                    spooledZones.write(RecordMapper.feature(r, e.getValue(), where.withEntry(r.layer())
                            .atRecord(r.index())));
                }
            }
            spooledLayers++;
        }
        spooledZones.replay();
        return union.result().orElse(null);
    }

    private void closeSpool() {
        if (spooledZones != null) {
            spooledZones.close();
            spooledZones = null;
        }
    }

    private static String stripSuffix(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public PlanHeader header() {
        return header;
    }

    @Override
    public PlanFeature read() throws PlanexException {
        if (closed) {
            throw new IllegalStateException("reader is closed");
        }
        if (spooledZones != null) {
            PlanFeature zone = spooledZones.read();
            if (zone != null) {
                return zone;
            }
            closeSpool();
            current = spooledLayers - 1;
        }
        while (true) {
            if (cursor == null) {
                if (++current >= featureLayers.size()) {
                    return null;
                }
                cursor = layers.open(featureLayers.get(current).getKey().name());
            }
            LayerRecord r = cursor.read();
            if (r != null) {
                LayerMapping m = featureLayers.get(current).getValue();
                return RecordMapper.feature(r, m, where.withEntry(r.layer()).atRecord(r.index()));
            }
            cursor.close();
            cursor = null;
        }
    }

    @Override
    public void close() throws PlanexException {
        if (closed) {
            return;
        }
        closed = true;
        closeSpool();
        try {
            if (cursor != null) {
                cursor.close();
            }
        } finally {
            layers.close();
        }
    }
}
