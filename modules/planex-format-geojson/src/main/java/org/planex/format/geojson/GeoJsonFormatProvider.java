package org.planex.format.geojson;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
 * GeoJSON (RFC 7946) and GeoJSON text sequences (RFC 8142): one layer per file, read and written streaming,
 * so memory does not grow with the number of features. See {@link GeoJsonLayerReader} for how a file becomes
 * a layer and how field types are found, and {@link GeoJsonLayerWriter} for the layout of written files.
 *
 * <p><b>Thread safety:</b> stateless; every reader and writer is independent.
 *
 * @since 0.1
 */
public final class GeoJsonFormatProvider implements FormatProvider {

    /** Indent FeatureCollection output. */
    public static final OptionDescriptor<Boolean> PRETTY =
            OptionDescriptor.bool("pretty", "indent the written GeoJSON for people to read", false);
    /** Decimals kept in written coordinates; none means full precision. */
    public static final OptionDescriptor<Long> COORDINATE_PRECISION = OptionDescriptor.integer("coordinate-precision",
            "decimals to keep in written coordinates (default: full double precision, lossless)", null);
    /** Write GeoJSON text sequences (RFC 8142). */
    public static final OptionDescriptor<Boolean> SEQ = OptionDescriptor.bool("seq",
            "write GeoJSON text sequences (RFC 8142, records separated by 0x1E) instead of FeatureCollections", false);
    /** How many features field types are inferred from when the file does not declare them. */
    public static final OptionDescriptor<Long> INFER_SAMPLE = OptionDescriptor.integer("infer-sample",
            "how many features to infer field types from when the file does not declare them (0: all, reads "
                    + "the file twice)", 1000L);

    private static final Pattern GEOJSON_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(FeatureCollection|Feature)\"");

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("geojson", "GeoJSON",
            "application/geo+json", List.of("geojson", "geojsons", "geojsonl", "json"),
            Set.of(Capability.READ, Capability.WRITE), DataModel.LAYERS,
            List.of(PRETTY, COORDINATE_PRECISION, SEQ, INFER_SAMPLE));

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public GeoJsonFormatProvider() {
        // stateless
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Supported when the first bytes are a JSON object (or an RFC 8142 record) with
     * {@code "type": "FeatureCollection"} or {@code "type": "Feature"}.
     */
    @Override
    public ProbeResult probe(ProbeInput input) {
        if (input.isDirectory()) {
            boolean geojson = input.entryNames().stream().anyMatch(n -> n.indexOf('/') < 0
                    && GeoJsonFolderReader.isGeoJsonName(n));
            boolean other = input.entryNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(".shp")
                    || n.equals("plan.xml"));
            return geojson && !other ? ProbeResult.SUPPORTED : ProbeResult.UNSUPPORTED;
        }
        String head = input.headText();
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF'
                || head.charAt(i) == RecordSeparatorInputStream.RS)) {
            i++;
        }
        if (i == head.length()) {
            return head.isEmpty() ? ProbeResult.INSUFFICIENT_BYTES : ProbeResult.UNSUPPORTED;
        }
        if (head.charAt(i) != '{') {
            return ProbeResult.UNSUPPORTED;
        }
        if (GEOJSON_TYPE.matcher(head).find()) {
            return ProbeResult.SUPPORTED;
        }
        boolean geojsonName = DESCRIPTOR.matchingSuffix(input.fileName()) != null
                && !input.fileName().toLowerCase(Locale.ROOT).endsWith(".json");
        return geojsonName && input.head().remaining() >= ProbeInput.HEAD_SIZE ? ProbeResult.UNDETERMINED
                : ProbeResult.UNSUPPORTED;
    }

    @Override
    public LayerReader openLayerReader(ReadContext context) throws PlanexException {
        long sample = context.options().get(INFER_SAMPLE);
        if (sample < 0) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "option infer-sample must be 0 or more");
        }
        return java.nio.file.Files.isDirectory(context.source()) ? new GeoJsonFolderReader(context, sample)
                : new GeoJsonLayerReader(context, sample);
    }

    @Override
    public LayerWriter openLayerWriter(WriteContext context) throws PlanexException {
        FormatOptions o = context.options();
        Long precision = o.get(COORDINATE_PRECISION);
        if (precision != null && (precision < 0 || precision > 17)) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN,
                    "option coordinate-precision must be between 0 and 17");
        }
        return new GeoJsonLayerWriter(context, o.get(SEQ), o.get(PRETTY), precision == null ? -1 : precision.intValue());
    }
}
