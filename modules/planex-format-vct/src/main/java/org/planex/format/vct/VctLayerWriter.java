package org.planex.format.vct;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.CrsRef;
import org.planex.model.PlanHeader;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerSink;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;
import org.planex.spi.io.AbstractLayerWriter;
import org.planex.spi.io.AtomicOutput;

/**
 * Writes layers as one VCT 2.0 file. Records are spooled per section into the output's scratch folder (points,
 * line features, ring lines, polygons, one attribute table per layer), because the header's extent and the
 * section order are known only at the end; {@link #finish()} assembles the file in the output's temporary path
 * and moves it into place. Identifiers (标识码) are the records' feature ids when these are whole numbers from 1
 * to 999,999,999,999 not used before in the file; other records get the next free number, with one warning per
 * layer. Ring lines of polygons take the identifiers from 1,000,000,000,001 on.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctLayerWriter extends AbstractLayerWriter {

    /** The first identifier of ring lines; feature identifiers stay below it. */
    static final long FIRST_RING_ID = 1_000_000_000_001L;

    private static final char SEP = ',';

    private final Charset charset;
    private final CharsetEncoder encoder;
    private final WarningListener warnings;
    private final VctFeatureCodes codes = new VctFeatureCodes();
    private final VctGeometryWriter geometries = new VctGeometryWriter(SEP);
    private final List<VctLayerSink> sinks = new ArrayList<>();
    private final VctIdentifiers ids = new VctIdentifiers();
    private final Set<String> renumbered = new HashSet<>();
    private final StringBuilder record = new StringBuilder(1024);
    private final StringBuilder ringText = new StringBuilder(1024);
    private Path scratch;
    private BufferedWriter points;
    private BufferedWriter lines;
    private BufferedWriter rings;
    private BufferedWriter polygons;
    private CrsRef crs;
    private long nextId = 1;
    private long nextRing = FIRST_RING_ID;

    /** A writer of {@code context}'s target in {@code charset}. */
    VctLayerWriter(WriteContext context, Charset charset) throws PlanexException {
        super(AtomicOutput.file(context.target()));
        this.charset = charset;
        this.encoder = charset.newEncoder();
        this.warnings = context.warnings();
    }

    /** The output charset. */
    Charset charset() {
        return charset;
    }

    /** The attribute separator. */
    char separator() {
        return SEP;
    }

    @Override
    protected void storePlanHeader(PlanHeader header) {
        warnings.warning(location(), "VCT has no place for the plan header (title, approval, neighbours, "
                + "boundary): it is not written; convert to a planex package to keep it");
    }

    @Override
    protected LayerSink newLayer(LayerSchema schema) throws PlanexException {
        if (sinks.stream().anyMatch(s -> s.layer().schema().name().equals(schema.name()))) {
            throw PlanexException.notWritable(location(), "layer '" + schema.name() + "' exists already", null);
        }
        VctSection section = switch (schema.geometryKind()) {
            case POINT, MULTIPOINT -> VctSection.POINT;
            case LINESTRING, MULTILINESTRING -> VctSection.LINE;
            case POLYGON, MULTIPOLYGON -> VctSection.POLYGON;
            case GEOMETRY, NONE -> throw PlanexException.invalid(location(), "layer " + schema.name() + " has "
                    + "geometry kind " + schema.geometryKind() + "; a VCT 2.0 layer holds points, lines or polygons "
                    + "only; split the layer by geometry type", null);
        };
        checkCrs(schema);
        requireEncodable(schema.name(), location(), "layer name");
        for (FieldDef f : schema.fields()) {
            requireEncodable(f.name(), location(), "field name");
            if (f.name().contains(String.valueOf(SEP)) || f.name().contains("\"")) {
                throw PlanexException.invalid(location(), "field name '" + f.name() + "' of layer " + schema.name()
                        + " holds a ',' or '\"', which a VCT table structure cannot; rename the field", null);
            }
        }
        if (schema.name().contains(String.valueOf(SEP)) || schema.name().isBlank()
                || !schema.name().strip().equals(schema.name())) {
            throw PlanexException.invalid(location(), "layer name '" + schema.name() + "' holds a ',' or blanks at "
                    + "its ends, which a VCT feature code line cannot; rename the layer", null);
        }
        String[] code = codes.assign(schema.name());
        requireEncodable(code[1], location(), "feature type name");
        try {
            openSpools();
            Path rowsFile = scratch.resolve("rows-" + sinks.size() + ".txt");
            VctLayerSink sink = new VctLayerSink(this, new VctLayer(code[0], code[1], section, schema), rowsFile,
                    location());
            sinks.add(sink);
            return sink;
        } catch (IOException e) {
            throw spoolFailed(e);
        }
    }

    private void checkCrs(LayerSchema schema) throws PlanexException {
        if (schema.crs() != null && !VctCrs.canWrite(schema.crs())) {
            throw PlanexException.invalid(location(), "layer " + schema.name() + " is in " + schema.crs()
                    + ", which a VCT header cannot express here (planex writes CGCS2000 EPSG:4490, WGS 84 EPSG:4326 "
                    + "and the CGCS2000 Gauss-Kruger CRSs EPSG:4491-4554); reproject with --t-srs, e.g. EPSG:4490",
                    null);
        }
        if (!sinks.isEmpty() && !Objects.equals(crs, schema.crs())) {
            throw PlanexException.invalid(location(), "layer " + schema.name() + " is in " + schema.crs()
                    + " but the file is in " + crs + "; a VCT file has one CRS; reproject with --t-srs", null);
        }
        crs = schema.crs();
    }

    private void openSpools() throws IOException, PlanexException {
        if (scratch != null) {
            return;
        }
        scratch = output.scratch();
        points = Files.newBufferedWriter(scratch.resolve("points.txt"), charset);
        lines = Files.newBufferedWriter(scratch.resolve("lines.txt"), charset);
        rings = Files.newBufferedWriter(scratch.resolve("rings.txt"), charset);
        polygons = Files.newBufferedWriter(scratch.resolve("polygons.txt"), charset);
    }

    /** The identifier of {@code r}: its feature id when that is a free whole number, else the next free one. */
    long identifier(LayerRecord r, Location at) {
        if (r.hasIntegerFid()) {
            long id = Long.parseLong(r.fid());
            if (id > 0 && id < FIRST_RING_ID && ids.add(id)) {
                nextId = Math.max(nextId, id + 1);
                return id;
            }
        }
        while (!ids.add(nextId)) {
            nextId++;
        }
        long id = nextId++;
        if (renumbered.add(r.layer())) {
            warnings.warning(at, "feature id '" + r.fid() + "' of layer " + r.layer() + " is not a free whole "
                    + "number, which VCT identifiers are: it is written as " + id + "; further renumbered "
                    + "features of this layer are not reported");
        }
        return id;
    }

    /** Writes the geometry record of feature {@code id} of {@code layer} to its section spool. */
    void writeGeometry(VctLayer layer, long id, Geometry g) throws PlanexException {
        record.setLength(0);
        try {
            switch (layer.section()) {
                case POINT -> {
                    geometries.point(record, id, layer.code(), g);
                    points.append(record);
                }
                case LINE -> {
                    geometries.line(record, id, layer.code(), g);
                    lines.append(record);
                }
                case POLYGON -> {
                    int count = geometries.polygon(record, id, layer.code(), g, nextRing);
                    polygons.append(record);
                    writeRings(layer, g, count);
                }
            }
        } catch (IOException e) {
            throw spoolFailed(e);
        }
    }

    private void writeRings(VctLayer layer, Geometry g, int count) throws IOException {
        for (int i = 0; count > 0 && i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            ringText.setLength(0);
            geometries.ringLine(ringText, nextRing++, layer.code(), p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                geometries.ringLine(ringText, nextRing++, layer.code(), p.getInteriorRingN(h));
            }
            rings.append(ringText);
        }
    }

    /** Refuses text the output charset cannot encode, naming what it is. */
    void requireEncodable(String s, Location at, String what) throws PlanexException {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                if (!encoder.canEncode(s)) {
                    int cp = s.codePoints().filter(c -> !encoder.canEncode(new String(Character.toChars(c))))
                            .findFirst().orElse('?');
                    throw PlanexException.invalid(at, String.format("%s '%s' has character U+%04X, which %s cannot "
                            + "encode; write with --co encoding=UTF-8", what, VctHeader.abbreviate(s), cp, charset),
                            null);
                }
                return;
            }
        }
    }

    /** The error for a spool that cannot be written. */
    PlanexException spoolFailed(IOException e) {
        return PlanexException.notWritable(location(), "cannot write beside the target: " + e.getMessage()
                + "; check the free space and permissions of the folder", e);
    }

    @Override
    protected void complete() throws IOException {
        if (scratch == null) {
            openSpools();
        }
        for (BufferedWriter w : List.of(points, lines, rings, polygons)) {
            w.close();
        }
        for (VctLayerSink s : sinks) {
            s.finish();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output.path()), 1 << 16)) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            text(out, "HeadBegin\n" + header().text() + "HeadEnd\n\nFeatureCodeBegin\n");
            StringBuilder sb = new StringBuilder();
            for (VctLayerSink s : sinks) {
                VctLayer l = s.layer();
                sb.append(l.code()).append(SEP).append(l.title()).append(SEP).append(l.section().token()).append(SEP)
                        .append(l.schema().name());
                if (!isDefaultKind(l)) {
                    sb.append(SEP).append(l.schema().geometryKind().name());
                }
                sb.append('\n');
            }
            sb.append("FeatureCodeEnd\n\nTableStructureBegin\n");
            for (VctLayerSink s : sinks) {
                LayerSchema schema = s.layer().schema();
                sb.append(schema.name()).append(SEP).append(schema.fields().size()).append('\n');
                for (FieldDef f : schema.fields()) {
                    sb.append(VctFieldType.line(f, SEP)).append('\n');
                }
                sb.append("0\n");
            }
            sb.append("TableStructureEnd\n\nPointBegin\n");
            text(out, sb.toString());
            copy(out, "points.txt");
            text(out, "PointEnd\n\nLineBegin\n");
            copy(out, "lines.txt");
            copy(out, "rings.txt");
            text(out, "LineEnd\n\nPolygonBegin\n");
            copy(out, "polygons.txt");
            text(out, "PolygonEnd\n\nAttributeBegin\n");
            for (VctLayerSink s : sinks) {
                text(out, s.layer().schema().name() + "\n");
                Files.copy(s.rowsFile(), out);
                text(out, "TableEnd\n");
            }
            text(out, "AttributeEnd\n");
        }
    }

    private static boolean isDefaultKind(VctLayer l) {
        GeometryKind k = l.schema().geometryKind();
        return k == GeometryKind.POINT || k == GeometryKind.LINESTRING || k == GeometryKind.POLYGON;
    }

    private VctHeader header() {
        VctHeader h = new VctHeader().put("DataMark", "LANDUSE-VCT").put("Version", "2.0").put("Dim", "2");
        VctCrs.write(crs, h);
        Envelope e = geometries.extent();
        h.put("ExtentMin", e.isNull() ? "0" + SEP + "0" : VctGeometryWriter.ordinate(e.getMinX()) + SEP
                        + VctGeometryWriter.ordinate(e.getMinY()))
                .put("ExtentMax", e.isNull() ? "0" + SEP + "0" : VctGeometryWriter.ordinate(e.getMaxX()) + SEP
                        + VctGeometryWriter.ordinate(e.getMaxY()))
                .put("MapScale", "").put("Offset", "0" + SEP + "0")
                .put("Date", LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE))
                .put("Separator", String.valueOf(SEP));
        return h;
    }

    private void text(OutputStream out, String s) throws IOException {
        ByteBuffer b = charset.newEncoder().encode(CharBuffer.wrap(s));
        out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
    }

    private void copy(OutputStream out, String spool) throws IOException {
        Files.copy(scratch.resolve(spool), out);
    }

    @Override
    protected void discard() {
        for (BufferedWriter w : new BufferedWriter[] {points, lines, rings, polygons}) {
            try {
                if (w != null) {
                    w.close();
                }
            } catch (IOException e) {
                warnings.warning(location(), "cannot close a spool file: " + e.getMessage());
            }
        }
        sinks.forEach(VctLayerSink::discard);
    }
}
