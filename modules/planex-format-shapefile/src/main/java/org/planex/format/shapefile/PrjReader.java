package org.planex.format.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * Reads a {@code .prj} file: parses its WKT and matches it to an EPSG code with {@link PrjCrsMatcher}.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class PrjReader {

    private static final int MAX_BYTES = 64 * 1024;

    private PrjReader() {
    }

    /**
     * The CRS of a {@code .prj}.
     *
     * @return the CRS, or {@code null} (with a warning) when the file is empty or names a system planex does not
     *     know
     * @throws PlanexException if the file is not WKT at all (HTML, binary, truncated)
     */
    static CrsRef read(Path prj, Location location, WarningListener warnings) throws PlanexException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(prj)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw PlanexException.unreadable(location, "cannot read the .prj file: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw PlanexException.unreadable(location, "the .prj file is larger than " + MAX_BYTES
                    + " bytes; it is not a coordinate system definition", null);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1).strip();
        if (text.isEmpty()) {
            warnings.warning(location, "the .prj file is empty; the layer has no coordinate system");
            return null;
        }
        PrjWktNode root;
        try {
            root = PrjWktNode.parse(text);
        } catch (IllegalArgumentException e) {
            String what = text.startsWith("<") ? "it looks like HTML" : e.getMessage();
            throw PlanexException.unreadable(location, "the .prj file is not a WKT coordinate system (" + what
                    + "); replace it with the ESRI WKT of the data's CRS, or delete it", null);
        }
        int epsg = PrjCrsMatcher.match(root);
        if (epsg <= 0) {
            warnings.warning(location, "coordinate system '" + root.name() + "' is not one planex recognises "
                    + "(CGCS2000, WGS 84, UTM, HK1980 Grid, Web Mercator); the layer has no CRS");
            return null;
        }
        return CrsRef.epsg(epsg);
    }
}
