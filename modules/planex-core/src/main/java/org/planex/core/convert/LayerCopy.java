package org.planex.core.convert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.locationtech.jts.geom.Geometry;
import org.planex.crs.CoordinateSurvey;
import org.planex.crs.CrsService;
import org.planex.crs.DatumShift;
import org.planex.crs.DeclaredCrsValidator;
import org.planex.crs.GeometryReprojector;
import org.planex.model.CrsRef;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.rule.Issue;
import org.planex.spi.ErrorKind;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;

/**
 * Copies a layered dataset into a layered output as it is, the way {@code ogr2ogr} does: the same layers,
 * fields, values and geometries, in one streaming pass, with the plan header the input stores (if any). The
 * CRS can be declared ({@code --s-srs}) and reprojected ({@code --t-srs}, with {@code --s-towgs84}); the coordinates are checked against
 * the CRS and the findings reported as warnings. Used when the user asked for no mapping: the data is not
 * turned into plan features on the way.
 *
 * <p><b>Thread safety:</b> an instance copies one dataset once.
 *
 * @since 0.2
 */
final class LayerCopy {

    private final CrsRef sourceCrs;
    private final DatumShift sourceShift;
    private final CrsRef targetCrs;
    private final Location where;
    private final WarningListener warnings;

    /**
     * A copy.
     *
     * @param sourceCrs the CRS to declare for every layer, or {@code null} to keep each layer's
     * @param sourceShift the user's shift of the source datum to WGS 84, or {@code null} for the catalogue's
     * @param targetCrs the CRS to reproject to, or {@code null}
     * @param where the input, for messages
     */
    LayerCopy(CrsRef sourceCrs, DatumShift sourceShift, CrsRef targetCrs, Location where, WarningListener warnings) {
        this.sourceCrs = sourceCrs;
        this.sourceShift = sourceShift;
        this.targetCrs = targetCrs;
        this.where = where;
        this.warnings = warnings;
    }

    /** Copies every layer of {@code in} into {@code out}, which the caller finishes; returns records per layer. */
    Map<String, Long> copy(LayerReader in, LayerWriter out, LongAdder progress) throws PlanexException {
        Optional<PlanHeader> stored = in.planHeader();
        if (stored.isPresent()) {
            out.writePlanHeader(reprojected(stored.get()));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LayerSchema layer : in.layers()) {
            if (!out.canCreateLayer()) {
                throw new PlanexException(ErrorKind.USAGE, where, "the output holds one layer and the input has "
                        + in.layers().size() + " (" + String.join(", ", in.layers().stream().map(LayerSchema::name)
                        .toList()) + "); write to a folder or a format that holds several layers");
            }
            counts.put(layer.name(), copyLayer(in, layer, out, progress));
        }
        return counts;
    }

    private long copyLayer(LayerReader in, LayerSchema layer, LayerWriter out, LongAdder progress)
            throws PlanexException {
        CrsRef crs = sourceCrs != null ? sourceCrs : layer.crs();
        GeometryReprojector reprojector = null;
        CrsRef written = crs;
        if (targetCrs != null && !targetCrs.equals(crs)) {
            if (crs == null) {
                throw new PlanexException(ErrorKind.USAGE, where.withEntry(layer.name()), "the layer declares no CRS"
                        + " to reproject from; give it with --s-srs EPSG:N");
            }
            reprojector = CrsService.standard().reprojector(crs, sourceShift, targetCrs);
            CrsService.standard().datumShiftWarning(crs, sourceShift, targetCrs)
                    .ifPresent(w -> warnings.warning(where.withEntry(layer.name()), w));
            written = targetCrs;
        }
        LayerSink sink = out.createLayer(new LayerSchema(layer.name(), layer.geometryKind(), layer.fields(), written));
        CoordinateSurvey survey = new CoordinateSurvey();
        long n = 0;
        try (RecordCursor c = in.open(layer.name())) {
            for (LayerRecord r = c.read(); r != null; r = c.read()) {
                Geometry g = r.geometry();
                if (g != null) {
                    survey.add(g);
                    if (reprojector != null) {
                        g = reproject(reprojector, g, r);
                        r = new LayerRecord(r.layer(), r.index(), r.fid(), g, r.attributes());
                    }
                }
                sink.write(r);
                n++;
                if (progress != null) {
                    progress.increment();
                }
            }
        }
        if (crs != null && !survey.isEmpty()) {
            for (Issue finding : DeclaredCrsValidator.check(crs, survey)) {
                warnings.warning(where.withEntry(layer.name()), finding.ruleId() + ": " + finding.message());
            }
        }
        return n;
    }

    private Geometry reproject(GeometryReprojector reprojector, Geometry g, LayerRecord r) throws PlanexException {
        try {
            return reprojector.reproject(g);
        } catch (PlanexException e) {
            throw new PlanexException(e.getKind(), where.withEntry(r.layer()).atRecord(r.index()), e.getReason(), e);
        }
    }

    private PlanHeader reprojected(PlanHeader h) throws PlanexException {
        CrsRef from = sourceCrs != null ? sourceCrs : h.crs();
        if (targetCrs == null || targetCrs.equals(from)) {
            return sourceCrs == null ? h : h.withCrs(sourceCrs, h.boundary());
        }
        return h.withCrs(targetCrs, h.boundary() == null ? null
                : CrsService.standard().reprojector(from, sourceShift, targetCrs).reproject(h.boundary()));
    }
}
