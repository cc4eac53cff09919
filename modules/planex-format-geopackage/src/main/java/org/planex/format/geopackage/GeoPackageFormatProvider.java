package org.planex.format.geopackage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;

/**
 * OGC GeoPackage: layers as tables, read and written with plain SQLite JDBC and planex's own GeoPackage
 * geometry codec (GP header + JTS WKB). See {@link GeoPackageLayerWriter} for what a written file holds and
 * {@link GeoPackageLayerReader} for how tables become layers.
 *
 * <p><b>Thread safety:</b> stateless; every reader and writer has its own SQLite connection.
 *
 * @since 0.1
 */
public final class GeoPackageFormatProvider implements FormatProvider {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final int GP10 = 0x47503130;
    private static final int GP11 = 0x47503131;

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("geopackage", "GeoPackage",
            "application/geopackage+sqlite3", List.of("gpkg"), Set.of(Capability.READ, Capability.WRITE),
            DataModel.LAYERS, List.of());

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public GeoPackageFormatProvider() {
        // stateless
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Supported when the file starts with the SQLite header and its application id (offset 68) is
     * {@code GPKG} (or {@code GP10}/{@code GP11} of GeoPackage 1.0 and 1.1); an SQLite file with another id is
     * undetermined when named {@code .gpkg}.
     */
    @Override
    public ProbeResult probe(ProbeInput input) {
        if (input.isDirectory()) {
            return ProbeResult.UNSUPPORTED;
        }
        ByteBuffer head = input.head();
        int n = head.remaining();
        for (int i = 0; i < Math.min(n, SQLITE_MAGIC.length); i++) {
            if (head.get(i) != SQLITE_MAGIC[i]) {
                return ProbeResult.UNSUPPORTED;
            }
        }
        if (n < APPLICATION_ID_OFFSET + 4) {
            return ProbeResult.INSUFFICIENT_BYTES;
        }
        int id = head.getInt(APPLICATION_ID_OFFSET);
        if (id == GeoPackageSql.APPLICATION_ID || id == GP10 || id == GP11) {
            return ProbeResult.SUPPORTED;
        }
        return DESCRIPTOR.matchingSuffix(input.fileName()) != null ? ProbeResult.UNDETERMINED : ProbeResult.UNSUPPORTED;
    }

    @Override
    public LayerReader openLayerReader(ReadContext context) throws PlanexException {
        return new GeoPackageLayerReader(context);
    }

    @Override
    public LayerWriter openLayerWriter(WriteContext context) throws PlanexException {
        return new GeoPackageLayerWriter(context);
    }
}
