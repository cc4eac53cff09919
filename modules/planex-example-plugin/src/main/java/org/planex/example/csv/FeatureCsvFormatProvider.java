package org.planex.example.csv;

import java.util.List;
import java.util.Set;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.OptionDescriptor;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.WriteContext;

/**
 * The {@code feature-csv} format: a write-only summary of a plan, one CSV row per feature
 * ({@code kind,id,name,class,wkt}), in UTF-8.
 *
 * <p><b>Thread safety:</b> stateless and thread-safe.
 *
 * @since 0.1
 */
public final class FeatureCsvFormatProvider implements FormatProvider {

    /** The column separator. */
    public static final OptionDescriptor<String> SEPARATOR = OptionDescriptor.choice("separator",
            "column separator", ",", ",", ";", "tab");

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("feature-csv", "Feature list (CSV)",
            "text/csv", List.of("features.csv"), Set.of(Capability.WRITE), DataModel.PLAN, List.of(SEPARATOR));

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ProbeResult probe(ProbeInput input) {
        return ProbeResult.UNSUPPORTED;
    }

    @Override
    public PlanWriter openPlanWriter(WriteContext context) throws PlanexException {
        String sep = context.options().get(SEPARATOR);
        return new FeatureCsvWriter(context.target(), "tab".equals(sep) ? '\t' : sep.charAt(0));
    }
}
