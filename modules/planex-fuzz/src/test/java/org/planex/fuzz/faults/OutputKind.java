package org.planex.fuzz.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One output format and container of the CLI, as a column of the fault matrix: the target's file name, the
 * {@code -f} format and whether planex can read it back ({@code planex info}).
 */
public enum OutputKind {
    PLANEX_ZIP("planex zip", "out.planex.zip", "planex", true, false),
    PLANEX_FOLDER("planex folder", "out", "planex", true, false),
    SHAPEFILE_FOLDER("shapefile folder", "out", "shapefile", true, false),
    SHAPEFILE_ZIP("shapefile zip", "out.zip", "shapefile", true, false),
    GEOPACKAGE("geopackage", "out.gpkg", "geopackage", true, false),
    GEOJSON_FILE("geojson file", "out.geojson", "geojson", true, true),
    GEOJSON_FOLDER("geojson folder", "out", "geojson", true, false),
    FEATURE_CSV("feature csv", "out.features.csv", "feature-csv", false, false);

    private final String label;
    private final String fileName;
    private final String format;
    private final boolean readable;
    private final boolean oneLayer;

    OutputKind(String label, String fileName, String format, boolean readable, boolean oneLayer) {
        this.label = label;
        this.fileName = fileName;
        this.format = format;
        this.readable = readable;
        this.oneLayer = oneLayer;
    }

    /**
     * Whether the output holds one layer only, so that its input is a single zone layer rather than a plan with
     * features of every kind.
     */
    public boolean oneLayer() {
        return oneLayer;
    }

    /** The column title. */
    public String label() {
        return label;
    }

    /** The target's file name. */
    public String fileName() {
        return fileName;
    }

    /** Whether {@code planex info} reads this output back. */
    public boolean readable() {
        return readable;
    }

    /** The arguments of {@code planex convert INPUT -o TARGET -f FORMAT [--overwrite]}. */
    public List<String> convertArguments(Path input, Path target, boolean overwrite) {
        List<String> args = new ArrayList<>(List.of("convert", input.toString(), "-o", target.toString(),
                "-f", format));
        if (overwrite) {
            args.add("--overwrite");
        }
        return args;
    }
}
