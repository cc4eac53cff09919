package org.planex.format.inspire;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;

/**
 * The {@code inspire-plu} format: a plan as one INSPIRE Planned Land Use 4.0 GML file (a
 * {@code gml:FeatureCollection} of a {@code plu:SpatialPlan}, its {@code plu:ZoningElement}s and
 * {@code plu:SupplementaryRegulation}s), valid against the official XSDs. Zones get their HILUCS values from
 * the crosswalk of the plan's code system; facilities and corridors, which PLU has no type for, are left out
 * with a warning. Reading gives back every zone and control area with its geometry, code, name and attributes,
 * and the header (kept in the plan's {@code gml:description}).
 *
 * <p><b>Thread safety:</b> stateless; readers and writers are independent.
 *
 * @since 0.2
 */
public final class InspirePluFormatProvider implements FormatProvider {

    /** The format id. */
    public static final String ID = "inspire-plu";

    private static final Pattern COLLECTION = Pattern.compile(
            "(?s)<([A-Za-z_][\\w.-]*:)?(FeatureCollection|SpatialDataSet)\\b.*");

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(ID,
            "INSPIRE Planned Land Use 4.0 (GML)", "application/gml+xml", List.of("plu.gml", "gml"),
            Set.of(Capability.READ, Capability.WRITE), DataModel.PLAN, List.of());

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * {@code SUPPORTED} for an XML file whose root element is a feature collection and whose head names the PLU
     * 4.0 namespace; the root is found by text, the document is not parsed.
     */
    @Override
    public ProbeResult probe(ProbeInput input) {
        if (input.isDirectory() || input.isZip()) {
            return ProbeResult.UNSUPPORTED;
        }
        String head = input.headText();
        String tag = input.xmlRootTag();
        if (tag == null) {
            return head.length() < ProbeInput.HEAD_SIZE && head.isBlank() ? ProbeResult.INSUFFICIENT_BYTES
                    : ProbeResult.UNSUPPORTED;
        }
        if (!COLLECTION.matcher(tag).matches()) {
            return ProbeResult.UNSUPPORTED;
        }
        if (head.contains(PluNames.PLU)) {
            return ProbeResult.SUPPORTED;
        }
        return head.length() < ProbeInput.HEAD_SIZE ? ProbeResult.UNSUPPORTED : ProbeResult.UNDETERMINED;
    }

    @Override
    public PlanReader openPlanReader(ReadContext context) throws PlanexException {
        return new PluPlanReader(context.source(), context.warnings());
    }

    @Override
    public PlanWriter openPlanWriter(WriteContext context) throws PlanexException {
        return new PluPlanWriter(context.target(), context.warnings());
    }
}
