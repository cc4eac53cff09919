package org.planex.format.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeValue;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.crs.CrsDefinition;
import org.planex.spi.crs.CrsDefinitions;
import org.planex.spi.io.AbstractLayerSink;

/**
 * Writes the records of one layer as one shapefile set ({@code .shp}, {@code .shx}, {@code .dbf},
 * {@code .cpg}, {@code .prj} when the CRS is known, and the field-name sidecar when names were shortened).
 * The shape type follows the layer's geometry kind; for {@code GEOMETRY} layers the first non-empty geometry
 * decides, and Z is written when that geometry has Z values. Records are type-checked by the base class.
 *
 * <p><b>Thread safety:</b> one thread at a time.
 */
final class ShapefileLayerSink extends AbstractLayerSink {

    private final ShapeEncoder nullShapes = new ShapeEncoder(ShapeType.NULL);

    private final WarningListener warnings;
    private final ShpWriter shp;
    private final DbfWriter dbf;
    private final List<DbfColumn> columns;
    private final AttributeValue[] values;
    private ShapeType type;
    private ShapeEncoder encoder;

    /**
     * Creates the files of layer {@code schema} named {@code baseName} in {@code folder}.
     *
     * @throws IOException if a file cannot be created
     */
    ShapefileLayerSink(ShapefileLayerWriter writer, LayerSchema schema, Path folder, String baseName, Charset charset,
            Location location, WarningListener warnings) throws IOException {
        super(writer, schema, location);
        this.warnings = warnings;
        DbfFieldPlanner planner = new DbfFieldPlanner(charset);
        this.columns = planner.plan(schema.fields());
        Map<String, String> renamed = planner.renamed();
        renamed.forEach((shortName, original) -> warnings.warning(location, "layer " + schema.name() + ": field '"
                + original + "' does not fit dBase's 10-byte names in " + charset.name() + "; written as '"
                + shortName + "' (the original is kept in " + baseName + "." + ShapefileNames.FIELD_NAMES_SUFFIX
                + ")"));
        this.values = new AttributeValue[columns.size()];
        this.type = switch (schema.geometryKind()) {
            case POINT -> ShapeType.POINT;
            case MULTIPOINT -> ShapeType.MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> ShapeType.POLYLINE;
            case POLYGON, MULTIPOLYGON -> ShapeType.POLYGON;
            case NONE -> ShapeType.NULL;
            case GEOMETRY -> null;
        };
        this.shp = new ShpWriter(folder.resolve(baseName + ".shp"), folder.resolve(baseName + ".shx"));
        DbfWriter table = null;
        try {
            table = new DbfWriter(folder.resolve(baseName + ".dbf"), columns, charset,
                    LanguageDriverTable.idOf(charset));
            Files.writeString(folder.resolve(baseName + ".cpg"), cpgName(charset), StandardCharsets.US_ASCII);
            if (!renamed.isEmpty()) {
                FieldNameSidecar.write(folder.resolve(baseName + "." + ShapefileNames.FIELD_NAMES_SUFFIX), renamed);
            }
            if (schema.crs() != null) {
                String wkt = CrsDefinitions.provider().find(schema.crs()).map(CrsDefinition::esriWkt).orElse("");
                if (wkt.isEmpty()) {
                    warnings.warning(location, "layer " + schema.name() + ": no .prj written, planex has no ESRI"
                            + " WKT for " + schema.crs());
                } else {
                    Files.writeString(folder.resolve(baseName + ".prj"), wkt, StandardCharsets.US_ASCII);
                }
            }
        } catch (IOException | RuntimeException e) {
            shp.close();
            if (table != null) {
                table.close();
            }
            throw e;
        }
        this.dbf = table;
    }

    /** The name a {@code .cpg} uses for a charset. */
    static String cpgName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    }

    @Override
    protected void encode(LayerRecord record, Location at) throws PlanexException {
        Geometry g = record.geometry();
        try {
            if (g != null && !g.isEmpty()) {
                if (encoder == null) {
                    decide(g, at);
                }
                if (!encoder.accepts(g)) {
                    throw PlanexException.invalid(at, "a " + g.getGeometryType() + " cannot be written to layer "
                            + schema.name() + " of shape type " + type.base() + ": a shapefile holds one geometry type;"
                            + " write a layer of mixed geometry to GeoPackage or GeoJSON", null);
                }
                shp.write(encoder.encode(g), g);
            } else {
                shp.write(nullShapes.encode(null), null);
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = record.attributes().get(columns.get(i).field().name()).orElse(null);
            }
            int cut = dbf.write(values);
            if (cut >= 0) {
                DbfColumn c = columns.get(cut);
                warnings.warning(at, "field " + c.field().name() + ": text longer than " + c.width()
                        + " bytes was cut at a character boundary");
            }
            if (dbf.takeRounded()) {
                warnings.warning(at, "a decimal value was rounded to the scale of its field");
            }
        } catch (DbfWriter.ValueException e) {
            throw PlanexException.invalid(at, e.getMessage(), null);
        } catch (IOException e) {
            throw e instanceof PlanexException p ? p : PlanexException.notWritable(at, e.getMessage(), e);
        }
    }

    private void decide(Geometry g, Location at) throws PlanexException {
        if (type == null) {
            if (g instanceof Point) {
                type = ShapeType.POINT;
            } else if (g instanceof MultiPoint) {
                type = ShapeType.MULTIPOINT;
            } else if (g instanceof LineString || g instanceof MultiLineString) {
                type = ShapeType.POLYLINE;
            } else if (g instanceof Polygon || g instanceof MultiPolygon) {
                type = ShapeType.POLYGON;
            }
        }
        if (type == null || type == ShapeType.NULL || g instanceof GeometryCollection && !(g instanceof MultiPoint
                || g instanceof MultiLineString || g instanceof MultiPolygon)) {
            throw PlanexException.invalid(at, "a " + g.getGeometryType() + " cannot be written to layer "
                    + schema.name() + (type == ShapeType.NULL ? ", which declares no geometry" : ""), null);
        }
        if (!Double.isNaN(g.getCoordinate().getZ())) {
            type = type.withZ();
        }
        encoder = new ShapeEncoder(type);
    }

    /** Completes the files. */
    void finish() throws IOException {
        shp.finish(type == null ? ShapeType.NULL : type);
        dbf.finish();
    }

    /** Closes the files. */
    void close() throws IOException {
        try {
            shp.close();
        } finally {
            dbf.close();
        }
    }
}
