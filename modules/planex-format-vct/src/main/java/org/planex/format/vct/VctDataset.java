package org.planex.format.vct;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planex.model.AttributeType;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * What one pass over a VCT file finds: the header, the layers with their table structures, and where each
 * geometry section and each attribute table starts (byte offset and line number), so that a layer's cursor
 * can seek to its records. Annotation, topology and style sections are skipped with a warning.
 *
 * <p><b>Thread safety:</b> immutable once scanned.
 */
final class VctDataset {

    /** The geometry kinds planex writes after the table of a multi layer. */
    private static final Set<String> KINDS = Set.of("POINT", "MULTIPOINT", "LINESTRING", "MULTILINESTRING",
            "POLYGON", "MULTIPOLYGON");

    /** Layers a file may declare at most. */
    static final int MAX_LAYERS = 10_000;

    /** Where a section starts: the byte offset of its first line and the number of the line before it. */
    record Start(long offset, long line) {
    }

    final Path file;
    final Charset charset;
    final VctHeader header;
    final CrsRef crs;
    final List<VctLayer> layers = new ArrayList<>();
    final Map<VctSection, Start> sections = new EnumMap<>(VctSection.class);
    final Map<String, Start> tables = new HashMap<>();

    private VctDataset(Path file, Charset charset, VctHeader header, CrsRef crs) {
        this.file = file;
        this.charset = charset;
        this.header = header;
        this.crs = crs;
    }

    /** Scans {@code file} in {@code charset}, whose first {@code bom} bytes are a byte order mark. */
    static VctDataset scan(Path file, Charset charset, int bom, WarningListener warnings) throws PlanexException {
        try (VctLineReader in = new VctLineReader(file, charset, bom)) {
            String first = in.next();
            while (first != null && first.isBlank()) {
                first = in.next();
            }
            if (first == null || !first.strip().equals("HeadBegin")) {
                throw PlanexException.unreadable(in.location(), "a VCT file starts with HeadBegin; this is not a VCT "
                        + "file, or it is damaged", null);
            }
            VctHeader header = VctHeader.read(in);
            StringBuilder why = new StringBuilder();
            CrsRef crs = VctCrs.read(header, why).orElse(null);
            if (crs == null) {
                warnings.warning(Location.of(file), "the CRS is unknown: " + why + "; give it with --s-srs EPSG:N");
            }
            VctDataset d = new VctDataset(file, charset, header, crs);
            d.scanSections(in, warnings);
            return d;
        }
    }

    private void scanSections(VctLineReader in, WarningListener warnings) throws PlanexException {
        Map<String, String[]> codes = new LinkedHashMap<>();
        Map<String, List<FieldDef>> structures = new HashMap<>();
        for (String line = in.next(); line != null; line = in.next()) {
            String keyword = line.strip();
            if (keyword.isEmpty()) {
                continue;
            }
            switch (keyword) {
                case "FeatureCodeBegin" -> readFeatureCodes(in, codes);
                case "TableStructureBegin" -> readTableStructures(in, structures);
                case "PointBegin", "LineBegin", "PolygonBegin" -> {
                    VctSection s = VctSection.of(keyword.substring(0, keyword.length() - 5));
                    if (sections.put(s, new Start(in.position(), in.lineNumber())) != null) {
                        throw PlanexException.unreadable(in.location(), "a second " + keyword + " section; a VCT "
                                + "file has one section of each kind", null);
                    }
                    skipTo(in, s.token() + "End");
                }
                case "AttributeBegin" -> readAttributeTables(in);
                case "AnnotationBegin", "TopologyBegin", "StyleBegin", "RepresentationBegin" -> {
                    String name = keyword.substring(0, keyword.length() - 5);
                    long count = skipTo(in, name + "End");
                    warnings.warning(in.location(), "the " + name + " section (" + count + " lines) is skipped: "
                            + "planex reads points, lines, polygons and attributes only");
                }
                default -> throw PlanexException.unreadable(in.location(), "unexpected line '"
                        + VctHeader.abbreviate(keyword) + "' between sections; a section starts with FeatureCodeBegin, "
                        + "TableStructureBegin, PointBegin, LineBegin, PolygonBegin, AnnotationBegin or AttributeBegin",
                        null);
            }
        }
        for (Map.Entry<String, String[]> e : codes.entrySet()) {
            String[] c = e.getValue();
            String table = c[3];
            VctSection section = VctSection.of(c[2]);
            GeometryKind kind = !c[4].isEmpty() ? GeometryKind.valueOf(c[4])
                    : switch (section) {
                        case POINT -> GeometryKind.POINT;
                        case LINE -> GeometryKind.LINESTRING;
                        case POLYGON -> GeometryKind.POLYGON;
                    };
            layers.add(new VctLayer(e.getKey(), c[1], section, new LayerSchema(table, kind,
                    structures.getOrDefault(table, List.of()), crs)));
        }
    }

    private void readFeatureCodes(VctLineReader in, Map<String, String[]> codes) throws PlanexException {
        for (String line = in.require("FeatureCodeEnd"); !line.strip().equals("FeatureCodeEnd");
                line = in.require("FeatureCodeEnd")) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = featureCode(line.split(String.valueOf(header.separator()), -1));
            if (c == null) {
                throw PlanexException.unreadable(in.location(), "feature code line '" + VctHeader.abbreviate(line)
                        + "' is not CODE,NAME,GEOMETRY[,COLOUR...],TABLE", null);
            }
            String type = c[2];
            if (type.equalsIgnoreCase("Annotation")) {
                continue;
            }
            VctSection s = VctSection.of(type);
            if (s == null) {
                throw PlanexException.unreadable(in.location(), "feature code " + c[0] + " has geometry type '" + type
                        + "'; planex reads Point, Line and Polygon layers (Annotation layers are skipped)", null);
            }
            if (KINDS.contains(c[4]) && !validKind(c[4], s)) {
                throw PlanexException.unreadable(in.location(), "feature code " + c[0] + ": '" + c[4]
                        + "' is not a planex geometry kind of a " + type + " layer", null);
            }
            if (!KINDS.contains(c[4])) {
                c[4] = "";
            }
            if (codes.size() == MAX_LAYERS) {
                throw PlanexException.unsafe(in.location(), "more than " + MAX_LAYERS + " feature codes");
            }
            if (codes.values().stream().anyMatch(o -> o[3].equals(c[3])) || codes.putIfAbsent(c[0], c) != null) {
                throw PlanexException.unreadable(in.location(), "feature code " + c[0] + " or table " + c[3]
                        + " is declared twice; each layer needs its own code and table", null);
            }
        }
    }

    /**
     * The values of a feature code line as {@code CODE, NAME, GEOMETRY, TABLE, KIND}: the table is the fourth
     * value, or the first one after colour values (whole numbers, as land-use VCT files put R,G,B or one colour
     * before it); the kind is the value after the table ({@code ""} when absent; planex writes a multi kind
     * there, other programs may put user items). {@code null} when the line has no code or no table.
     */
    private static String[] featureCode(String[] raw) {
        String[] c = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            c[i] = raw[i].strip();
        }
        int table = 3;
        while (table < c.length && c[table].matches("\\d+")) {
            table++;
        }
        if (table >= c.length || c[0].isEmpty() || c[table].isEmpty()) {
            return null;
        }
        return new String[] {c[0], c[1], c[2], c[table], table + 1 < c.length ? c[table + 1] : ""};
    }

    private static boolean validKind(String token, VctSection s) {
        return switch (token.strip()) {
            case "POINT", "MULTIPOINT" -> s == VctSection.POINT;
            case "LINESTRING", "MULTILINESTRING" -> s == VctSection.LINE;
            case "POLYGON", "MULTIPOLYGON" -> s == VctSection.POLYGON;
            default -> false;
        };
    }

    private void readTableStructures(VctLineReader in, Map<String, List<FieldDef>> structures)
            throws PlanexException {
        String sep = String.valueOf(header.separator());
        for (String line = in.require("TableStructureEnd"); !line.strip().equals("TableStructureEnd");
                line = in.require("TableStructureEnd")) {
            if (line.isBlank() || line.strip().equals("0")) {
                continue;
            }
            String[] t = line.split(sep, -1);
            int count;
            try {
                count = Integer.parseInt(t[1].strip());
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw PlanexException.unreadable(in.location(), "table line '" + VctHeader.abbreviate(line)
                        + "' is not TABLE,FIELDCOUNT", null);
            }
            if (count < 0 || count > VctFieldType.MAX_FIELDS) {
                throw PlanexException.unsafe(in.location(), "table " + t[0].strip() + " declares " + count
                        + " fields; planex reads at most " + VctFieldType.MAX_FIELDS);
            }
            List<FieldDef> fields = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                fields.add(field(in, t[0].strip(), in.require("field " + (i + 1) + " of table " + t[0].strip()), sep,
                        fields));
            }
            structures.put(t[0].strip(), fields);
        }
    }

    private static FieldDef field(VctLineReader in, String table, String line, String sep, List<FieldDef> before)
            throws PlanexException {
        String[] f = line.split(sep, -1);
        AttributeType type = f.length >= 2 ? VctFieldType.read(f[1]) : null;
        try {
            if (type == null) {
                throw new IllegalArgumentException("type '" + (f.length >= 2 ? f[1].strip() : "")
                        + "' is not supported (planex reads Char, Varchar, Int, Float and Date)");
            }
            int width = f.length > 2 && !f[2].isBlank() ? Integer.parseInt(f[2].strip()) : 0;
            int scale = f.length > 3 && !f[3].isBlank() ? Integer.parseInt(f[3].strip()) : 0;
            if (type == AttributeType.INTEGER && f.length > 4 && f[4].strip().equals(VctFieldType.BOOLEAN_MARK)) {
                type = AttributeType.BOOLEAN;
            }
            FieldDef def = new FieldDef(f[0].strip(), type, width, type == AttributeType.DECIMAL ? scale : 0);
            if (before.stream().anyMatch(b -> b.name().equals(def.name()))) {
                throw new IllegalArgumentException("the name is used twice");
            }
            return def;
        } catch (IllegalArgumentException e) {
            throw PlanexException.unreadable(in.location(), "field line '" + VctHeader.abbreviate(line)
                    + "' of table " + table + ": " + e.getMessage() + "; expected NAME,TYPE,WIDTH[,PRECISION]", null);
        }
    }

    private void readAttributeTables(VctLineReader in) throws PlanexException {
        for (String line = in.require("AttributeEnd"); !line.strip().equals("AttributeEnd");
                line = in.require("AttributeEnd")) {
            String table = line.strip();
            if (table.isEmpty()) {
                continue;
            }
            if (tables.put(table, new Start(in.position(), in.lineNumber())) != null) {
                throw PlanexException.unreadable(in.location(), "attribute table " + table + " appears twice", null);
            }
            skipTo(in, "TableEnd");
        }
    }

    /** Skips lines up to {@code end}; returns how many were skipped. */
    private static long skipTo(VctLineReader in, String end) throws PlanexException {
        long n = 0;
        for (String line = in.require(end); !line.strip().equals(end); line = in.require(end)) {
            n++;
        }
        return n;
    }

    /** The layer named {@code name}. */
    VctLayer layer(String name) {
        return layers.stream().filter(l -> l.schema().name().equals(name)).findFirst().orElseThrow();
    }

    /** The layer schemas, in feature-code order. */
    List<LayerSchema> schemas() {
        return layers.stream().map(VctLayer::schema).toList();
    }

    /** The layer with feature code {@code code}, or {@code null}. */
    VctLayer byCode(String code) {
        for (VctLayer l : layers) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return null;
    }
}
