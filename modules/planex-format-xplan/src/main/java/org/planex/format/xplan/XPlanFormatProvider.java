package org.planex.format.xplan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;

/**
 * The {@code xplan} format: German land-use plans in XPlanGML 5.x and 6.0, read only. A Bebauungsplan
 * ({@code BP_Plan}) or Flaechennutzungsplan ({@code FP_Plan}) becomes a plan; its area features
 * ({@code BP_BaugebietsTeilFlaeche}, {@code FP_BebauungsFlaeche}, green, traffic, community, farming, forest
 * and water areas) become zones coded in {@code de-xplan-artdernutzung}, whose crosswalks give the harmonised
 * category and HILUCS; protection areas become control areas. Input is an {@code .xplan.gml}/{@code .gml}
 * document ({@code xplan:XPlanAuszug}) or an XPlanArchiv ZIP with {@code xplan.gml} and its attachments.
 *
 * <p><b>Thread safety:</b> stateless; readers are independent.
 *
 * @since 0.2
 */
public final class XPlanFormatProvider implements FormatProvider {

    /** The format id. */
    public static final String ID = "xplan";

    private static final Pattern ROOT = Pattern.compile("(?s)<([A-Za-z_][\\w.-]*:)?" + XPlanNames.ROOT + "\\b.*");

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(ID,
            "XPlanGML 5.x / 6.0 (German land-use plans, XPlanArchiv)", "application/gml+xml",
            List.of("xplan.gml", "xplan.zip", "gml", "zip"), Set.of(Capability.READ), DataModel.PLAN, List.of());

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * {@code SUPPORTED} for an XML file whose root element is {@code XPlanAuszug} and whose head names an
     * XPlanGML namespace, and for a ZIP with an {@code xplan.gml} entry; found from the head and the entry
     * names, the document is not parsed.
     */
    @Override
    public ProbeResult probe(ProbeInput input) {
        if (input.isDirectory()) {
            return ProbeResult.UNSUPPORTED;
        }
        if (input.isZip()) {
            if (input.entryNames().contains(XPlanNames.ARCHIVE_ENTRY)) {
                return ProbeResult.SUPPORTED;
            }
            return input.entryNames().isEmpty() && input.fileName().toLowerCase(Locale.ROOT)
                    .endsWith(".xplan.zip") ? ProbeResult.UNDETERMINED : ProbeResult.UNSUPPORTED;
        }
        String head = input.headText();
        String tag = input.xmlRootTag();
        if (tag == null) {
            return head.length() < ProbeInput.HEAD_SIZE && head.isBlank() ? ProbeResult.INSUFFICIENT_BYTES
                    : ProbeResult.UNSUPPORTED;
        }
        if (!ROOT.matcher(tag).matches()) {
            return ProbeResult.UNSUPPORTED;
        }
        return head.contains(XPlanNames.XPLAN_PREFIX) ? ProbeResult.SUPPORTED : ProbeResult.UNDETERMINED;
    }

    @Override
    public PlanReader openPlanReader(ReadContext context) throws PlanexException {
        return new XPlanPlanReader(context.source(), context.warnings());
    }

    /** Whether {@code path} is a ZIP by its first bytes. */
    static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5);
        } catch (IOException e) {
            return false;
        }
    }
}
