package org.planex.format.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.PlanHeader;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;
import org.planex.spi.io.AbstractLayerReader;

/**
 * Reads a set of shapefiles as layers, one per {@code .shp}, named by its base file name. Headers, field
 * descriptors, {@code .prj} and {@code .cpg} are read when the reader opens, so a broken companion file is
 * reported at once; records are streamed by the {@link ShapefileRecordCursor}s it opens.
 *
 * <p><b>Thread safety:</b> one thread at a time; {@link #close()} closes open cursors and deletes the
 * temporary folder of an extracted ZIP.
 */
final class ShapefileLayerReader extends AbstractLayerReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Path input;
    private final ShapefileSource source;
    private PlanHeader header;
    private final WarningListener warnings;
    private final Map<String, Layer> layers = new LinkedHashMap<>();

    /** What the cursor of one layer needs. */
    record Layer(ShapefileSet set, LayerSchema schema, ShapeType shapeType, Charset charset) {
    }

    private ShapefileLayerReader(Path input, ShapefileSource source, WarningListener warnings) {
        this.input = input;
        this.source = source;
        this.warnings = warnings;
    }

    /**
     * Opens the input and reads every layer's description.
     *
     * @param input a folder, ZIP archive or {@code .shp} file
     * @param charsets the charset policy
     * @throws PlanexException if the input or one of its headers or companion files cannot be read
     */
    static ShapefileLayerReader open(Path input, DbfCharsetResolver charsets, WarningListener warnings)
            throws PlanexException {
        ShapefileSource source = ShapefileSource.open(input);
        ShapefileLayerReader reader = new ShapefileLayerReader(input, source, warnings);
        try {
            for (ShapefileSet set : source.sets()) {
                Layer layer = reader.describe(set, charsets);
                reader.layers.put(layer.schema().name(), layer);
            }
            reader.header = readHeader(source.headerFile());
        } catch (PlanexException | RuntimeException e) {
            source.close();
            throw e;
        }
        return reader;
    }

    private static PlanHeader readHeader(Path file) throws PlanexException {
        if (file == null) {
            return null;
        }
        try {
            if (java.nio.file.Files.size(file) > 64L << 20) {
                throw PlanexException.unsafe(Location.of(file), "the plan header sidecar is larger than 64 MiB");
            }
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file,
                    java.nio.charset.StandardCharsets.UTF_8)) {
                return PlanHeaderText.read(in);
            }
        } catch (PlanexException e) {
            throw e;
        } catch (java.io.IOException | RuntimeException e) {
            throw PlanexException.invalid(Location.of(file), "the plan header sidecar is damaged: " + e.getMessage()
                    + "; delete it to read the layers without it", e);
        }
    }

    private Layer describe(ShapefileSet set, DbfCharsetResolver charsets) throws PlanexException {
        ShapeType type = readShapeType(set);
        if (set.shx() == null) {
            warnings.warning(set.location(), "no .shx index; it is rebuilt from the .shp while reading");
        }
        Charset charset = charsets.resolve(set.cpg(), 0, set.companion("cpg"), warnings);
        List<FieldDef> fields = List.of();
        if (set.dbf() == null) {
            warnings.warning(set.location(), "no .dbf table; the layer has no attributes");
        } else {
            try (DbfReader dbf = DbfReader.open(set.dbf(), set.companion("dbf"))) {
                charset = charsets.resolve(set.cpg(), dbf.languageDriver(), set.companion("cpg"), warnings);
                fields = fieldDefs(set, dbf.readFields(charset, warnings), charset);
            } catch (IOException e) {
                throw e instanceof PlanexException p ? p
                        : PlanexException.unreadable(set.companion("dbf"), "cannot read: " + e.getMessage(), e);
            }
        }
        CrsRef crs = set.prj() == null ? null : PrjReader.read(set.prj(), set.companion("prj"), warnings);
        LayerSchema schema = new LayerSchema(set.layerName(), type.geometryKind(), fields, crs);
        return new Layer(set, schema, type, charset);
    }

    private static ShapeType readShapeType(ShapefileSet set) throws PlanexException {
        try (var ch = Files.newByteChannel(set.shp())) {
            ByteBuffer b = ByteBuffer.allocate(ShpHeader.LENGTH);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // fill the header
            }
            b.flip();
            ShpHeader h = b.limit() == ShpHeader.LENGTH ? ShpHeader.read(b.order(ByteOrder.BIG_ENDIAN)) : null;
            if (h == null) {
                throw PlanexException.unreadable(set.location(),
                        "not a shapefile: the header lacks file code 9994 and version 1000", null);
            }
            ShapeType t = ShapeType.fromCode(h.shapeType());
            if (t == null) {
                throw PlanexException.unreadable(set.location(), "unsupported shape type " + h.shapeType()
                        + " (planex reads points, multipoints, polylines and polygons)", null);
            }
            return t;
        } catch (IOException e) {
            throw e instanceof PlanexException p ? p
                    : PlanexException.unreadable(set.location(), "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The planex fields of a table. Text lengths are given in characters: the width in bytes divided by the
     * charset's maximum bytes per character, rounded up, so that writing them back (length times bytes per
     * character) never makes a field narrower.
     */
    private List<FieldDef> fieldDefs(ShapefileSet set, List<DbfField> dbfFields, Charset charset) {
        float bytesPerChar = charset.canEncode() ? charset.newEncoder().maxBytesPerChar() : 1;
        Map<String, String> original = FieldNameSidecar.read(set.fieldNames());
        Set<String> used = new HashSet<>();
        List<FieldDef> defs = new ArrayList<>(dbfFields.size());
        for (int i = 0; i < dbfFields.size(); i++) {
            DbfField f = dbfFields.get(i);
            String name = original.getOrDefault(f.name(), f.name());
            if (name.isBlank()) {
                name = "FIELD_" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            if (!unique.equals(name)) {
                warnings.warning(set.companion("dbf"), "duplicate field name '" + name + "' (field " + (i + 1)
                        + ") read as '" + unique + "'");
            }
            int length = switch (f.type()) {
                case 'C' -> (int) Math.ceil(f.length() / bytesPerChar);
                case 'N', 'F' -> f.length();
                default -> 0;
            };
            defs.add(new FieldDef(unique, f.attributeType(), length,
                    f.type() == 'N' || f.type() == 'F' ? f.decimals() : 0));
        }
        return defs;
    }

    @Override
    public List<LayerSchema> layers() {
        return layers.values().stream().map(Layer::schema).toList();
    }

    @Override
    public Optional<PlanHeader> planHeader() {
        return Optional.ofNullable(header);
    }

    @Override
    protected Location location() {
        return Location.of(input);
    }

    @Override
    protected RecordCursor openLayer(String layerName) throws PlanexException {
        return new ShapefileRecordCursor(layers.get(layerName), FACTORY, warnings);
    }

    @Override
    protected void release() {
        source.close();
    }
}
