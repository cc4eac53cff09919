package org.planex.format.vct;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.OptionDescriptor;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;

/**
 * The Chinese vector transfer format VCT 2.0 (GB/T 17798-2007, in the layout of the land-use survey and
 * territorial spatial planning databases): one {@code .vct} text file of layers, read with
 * {@link VctLayerReader} and written with {@link VctLayerWriter}, both streaming.
 *
 * <p><b>Thread safety:</b> stateless; every reader and writer is independent.
 *
 * @since 0.3
 */
public final class VctFormatProvider implements FormatProvider {

    /** The default charset of VCT files. */
    static final Charset GBK = Charset.forName("GBK");

    /** The charset of the file. */
    public static final OptionDescriptor<Charset> ENCODING = OptionDescriptor.charset("encoding",
            "charset of the VCT text (reading: default UTF-8 after a UTF-8 byte order mark, else GBK; writing: "
                    + "default GBK, UTF-8 gets a byte order mark)", null);

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("vct", "VCT 2.0 (GB/T 17798)",
            "text/x-vct", List.of("vct"), Set.of(Capability.READ, Capability.WRITE), DataModel.LAYERS,
            List.of(ENCODING));

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public VctFormatProvider() {
        // stateless
    }

    /**
     * SUPPORTED when the first line that is not blank (after a UTF-8 byte order mark) is {@code HeadBegin};
     * INSUFFICIENT_BYTES for an empty file.
     */
    @Override
    public ProbeResult probe(ProbeInput input) {
        boolean file = !input.isDirectory() && !input.isZip();
        String text = file ? input.headText().replace("\uFEFF", "").stripLeading() : "";
        if (text.isEmpty()) {
            return file && !input.head().hasRemaining() ? ProbeResult.INSUFFICIENT_BYTES : ProbeResult.UNSUPPORTED;
        }
        String first = text.lines().findFirst().orElse("").strip();
        return first.equals("HeadBegin") ? ProbeResult.SUPPORTED : ProbeResult.UNSUPPORTED;
    }

    @Override
    public LayerReader openLayerReader(ReadContext context) throws PlanexException {
        return new VctLayerReader(context, context.options().get(ENCODING));
    }

    @Override
    public LayerWriter openLayerWriter(WriteContext context) throws PlanexException {
        Charset c = context.options().get(ENCODING);
        return new VctLayerWriter(context, c == null ? GBK : c);
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
