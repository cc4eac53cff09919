package org.planex.format.xplan;

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

    /** The descriptor: id {@value #ID}, read only, plans, suffixes {@code xplan.gml, xplan.zip, gml, zip}. */
    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlanReader openPlanReader(ReadContext context) throws PlanexException {
        return new XPlanPlanReader(context.source(), context.warnings());
    }

    /**
     * {@code SUPPORTED} for an XML file whose root element is {@code XPlanAuszug} and whose head names an
     * XPlanGML namespace, and for a ZIP with an {@code xplan.gml} entry; found from the head and the entry
     * names, the document is not parsed.
     */
    @Override
    public ProbeResult probe(ProbeInput input) {
        if (input.isZip()) {
            boolean named = input.fileName().toLowerCase(Locale.ROOT).endsWith(".xplan.zip");
            return input.entryNames().contains(XPlanNames.ARCHIVE_ENTRY) ? ProbeResult.SUPPORTED
                    : named && input.entryNames().isEmpty() ? ProbeResult.UNDETERMINED : ProbeResult.UNSUPPORTED;
        }
        String tag = input.isDirectory() ? null : input.xmlRootTag();
        if (tag != null) {
            return !ROOT.matcher(tag).matches() ? ProbeResult.UNSUPPORTED
                    : input.headText().contains(XPlanNames.XPLAN_PREFIX) ? ProbeResult.SUPPORTED
                    : ProbeResult.UNDETERMINED;
        }
        boolean tooShort = !input.isDirectory() && input.head().remaining() < ProbeInput.HEAD_SIZE
                && input.headText().isBlank();
        return tooShort ? ProbeResult.INSUFFICIENT_BYTES : ProbeResult.UNSUPPORTED;
    }
}
