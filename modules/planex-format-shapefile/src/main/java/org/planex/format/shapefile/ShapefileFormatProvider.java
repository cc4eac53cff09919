package org.planex.format.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatOptions;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.OptionDescriptor;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;

/**
 * The ESRI Shapefile format: a folder or ZIP archive of shapefiles (or a single {@code .shp}), one layer per
 * shapefile.
 *
 * <p><b>Reading.</b> Points, multipoints, polylines and polygons, with their Z and M variants (Z kept, M
 * dropped) and null shapes. Text is decoded with {@link #ENCODING} when given, else the charset of the
 * {@code .cpg}, else that of the DBF language driver id, else {@link #DEFAULT_ENCODING} (GBK). The
 * {@code .prj} is matched to an EPSG code; a missing {@code .shx} is rebuilt from the {@code .shp}; records
 * deleted in the {@code .dbf} are skipped.
 *
 * <p><b>Writing.</b> One shapefile set per layer into a folder, or a ZIP when the target name ends with
 * {@code .zip}, in {@link #ENCODING} (else {@link #DEFAULT_ENCODING}), always with a {@code .cpg}; field names
 * longer than 10 bytes are shortened and the change reported. See the module's {@code README.md}.
 *
 * <p><b>Thread safety:</b> stateless; readers and writers it opens are independent.
 *
 * @since 0.1
 */
public final class ShapefileFormatProvider implements FormatProvider {

    /** The charset of the attribute text; overrides {@code .cpg} and language driver when given. */
    public static final OptionDescriptor<Charset> ENCODING = OptionDescriptor.charset("encoding",
            "Charset of the attribute text; when reading it overrides the .cpg file and the DBF language driver,"
                    + " when writing it is the output charset.", null);

    /** The charset used when neither the user, the {@code .cpg} nor the language driver says; GBK by default. */
    public static final OptionDescriptor<Charset> DEFAULT_ENCODING = OptionDescriptor.charset("default-encoding",
            "Charset used when neither the encoding option, a .cpg file nor the DBF language driver says, and for"
                    + " writing without the encoding option.", Charset.forName("GBK"));

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("shapefile", "ESRI Shapefile",
            "application/x-shapefile", List.of("shp", "zip"), Set.of(Capability.READ, Capability.WRITE),
            DataModel.LAYERS, List.of(ENCODING, DEFAULT_ENCODING));

    /** Creates the provider; ServiceLoader calls this. */
    public ShapefileFormatProvider() {
        // stateless
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * SUPPORTED for a folder with a {@code .shp} file of its own, a ZIP with a {@code .shp} entry, or a file
     * whose header has the shapefile file code 9994 and version 1000; INSUFFICIENT_BYTES for a {@code .shp}
     * shorter than a header; UNSUPPORTED otherwise.
     */
    @Override
    public ProbeResult probe(ProbeInput input) {
        if (input.isDirectory()) {
            return input.entryNames().stream().anyMatch(n -> n.indexOf('/') < 0 && isShp(n))
                    ? ProbeResult.SUPPORTED : ProbeResult.UNSUPPORTED;
        }
        if (input.isZip()) {
            return input.entryNames().stream().anyMatch(ShapefileFormatProvider::isShp)
                    ? ProbeResult.SUPPORTED : ProbeResult.UNSUPPORTED;
        }
        ByteBuffer head = input.head();
        if (head.remaining() < 32) {
            return isShp(input.fileName()) ? ProbeResult.INSUFFICIENT_BYTES : ProbeResult.UNSUPPORTED;
        }
        return ShpHeader.hasMagic(head) ? ProbeResult.SUPPORTED : ProbeResult.UNSUPPORTED;
    }

    private static boolean isShp(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".shp");
    }

    @Override
    public LayerReader openLayerReader(ReadContext context) throws PlanexException {
        FormatOptions o = context.options();
        DbfCharsetResolver charsets = new DbfCharsetResolver(o.isSet(ENCODING) ? o.get(ENCODING) : null,
                o.get(DEFAULT_ENCODING));
        return ShapefileLayerReader.open(context.source(), charsets, context.warnings());
    }

    @Override
    public LayerWriter openLayerWriter(WriteContext context) throws PlanexException {
        FormatOptions o = context.options();
        Charset charset = o.isSet(ENCODING) ? o.get(ENCODING) : o.get(DEFAULT_ENCODING);
        if (!charset.canEncode()) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "charset " + charset.name()
                    + " can only be read, not written; choose another encoding (GBK, UTF-8)");
        }
        return ShapefileLayerWriter.open(context.target(), charset, context.warnings());
    }
}
