package org.planex.format.shapefile;

import java.nio.file.Path;
import org.planex.spi.Location;

/**
 * The files of one shapefile: the {@code .shp} and whichever companions exist.
 *
 * @param layerName the layer name (the base file name)
 * @param shp the geometry file
 * @param shx the index, or {@code null} (rebuilt from the {@code .shp} while reading)
 * @param dbf the attribute table, or {@code null} (no attributes)
 * @param prj the coordinate system, or {@code null}
 * @param cpg the code page, or {@code null}
 * @param fieldNames the planex field-name sidecar, or {@code null}
 * @param location where the {@code .shp} is, for messages (the ZIP entry for archives)
 */
record ShapefileSet(String layerName, Path shp, Path shx, Path dbf, Path prj, Path cpg, Path fieldNames,
        Location location) {

    /** The location of a companion file with the given extension, for messages. */
    Location companion(String extension) {
        String suffix = "." + extension;
        if (location.entry() != null) {
            String e = location.entry();
            return Location.of(location.file()).withEntry(e.substring(0, e.length() - 4) + suffix);
        }
        String f = location.file().toString();
        return Location.of(Path.of(f.substring(0, f.length() - 4) + suffix));
    }
}
