package org.planex.format.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.crs.CrsDefinitions;
import org.planex.spi.crs.CrsMatch;

/**
 * Reads a {@code .prj} file and matches its WKT to an EPSG code with the shared
 * {@link CrsDefinitions#match(String)} (planex-crs: by authority, name or parameters, for the whole EPSG
 * registry).
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
     * @return the CRS, or {@code null} (with a warning) when the file is empty or matches no EPSG CRS
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
        Optional<CrsMatch> match;
        try {
            match = CrsDefinitions.provider().match(text);
        } catch (IllegalArgumentException e) {
            String what = text.startsWith("<") ? "it looks like HTML" : e.getMessage();
            throw PlanexException.unreadable(location, "the .prj file is not a WKT coordinate system (" + what
                    + "); replace it with the ESRI WKT of the data's CRS, or delete it", null);
        }
        if (match.isEmpty()) {
            warnings.warning(location, "coordinate system '" + name(text) + "' matches no EPSG CRS planex knows "
                    + "(by authority, name or parameters); the layer has no CRS: declare it with --s-srs EPSG:N");
            return null;
        }
        CrsMatch m = match.get();
        if (m.basis() == CrsMatch.Basis.PARAMETERS) {
            String name = CrsDefinitions.provider().find(m.crs()).map(d -> " (" + d.name() + ")").orElse("");
            warnings.warning(location, "coordinate system '" + name(text) + "' read as " + m.crs() + name + " "
                    + m.reason() + "; if that is not the data's CRS, declare it with --s-srs EPSG:N");
        }
        return m.crs();
    }

    /** The first quoted text of the WKT, its CRS name, for the warning. */
    private static String name(String wkt) {
        int open = wkt.indexOf('"');
        int close = open < 0 ? -1 : wkt.indexOf('"', open + 1);
        return close > open ? wkt.substring(open + 1, close) : wkt.substring(0, Math.min(40, wkt.length()));
    }
}
