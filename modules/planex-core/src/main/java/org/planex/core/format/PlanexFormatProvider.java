package org.planex.core.format;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.planex.core.container.PackageLimits;
import org.planex.spi.Capability;
import org.planex.spi.DataModel;
import org.planex.spi.FormatDescriptor;
import org.planex.spi.FormatProvider;
import org.planex.spi.OptionDescriptor;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.xml.PlanXml;

/**
 * The planex exchange format: a plan package ({@code NAME.planex.zip}, a folder with {@code plan.xml}, or a
 * bare {@code plan.xml}).
 *
 * <p>Probing recognises a ZIP or folder with a {@code plan.xml} at its root, and an XML file whose root
 * element is in the planex namespace. Writing picks the container from the target name: {@code .zip} gives a
 * ZIP, {@code .xml} a bare document (no attachments), anything else a folder.
 *
 * <p><b>Thread safety:</b> stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlanexFormatProvider implements FormatProvider {

    /** The format id. */
    public static final String ID = "planex";

    /** Whether to validate plan.xml against the XSD while reading. */
    public static final OptionDescriptor<Boolean> VALIDATE = OptionDescriptor.bool("validate",
            "check plan.xml against planex.xsd before reading (slower; reports every schema problem)", Boolean.FALSE);

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(ID, "planex plan package",
            "application/vnd.planex+zip", List.of("planex.zip", "planex", "zip", "xml"),
            Set.of(Capability.READ, Capability.WRITE), DataModel.PLAN, List.of(VALIDATE));

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ProbeResult probe(ProbeInput input) {
        if (input.isZip() && input.entryNames().isEmpty()) {
            return ProbeResult.UNDETERMINED;
        }
        if (input.isDirectory() || input.isZip()) {
            return input.entryNames().contains(PlanXml.DOCUMENT_NAME) ? ProbeResult.SUPPORTED : ProbeResult.UNSUPPORTED;
        }
        String tag = input.xmlRootTag();
        if (tag == null) {
            String head = input.headText();
            return head.length() < ProbeInput.HEAD_SIZE && head.isBlank() ? ProbeResult.INSUFFICIENT_BYTES
                    : ProbeResult.UNSUPPORTED;
        }
        return tag.contains(PlanXml.NAMESPACE) ? ProbeResult.SUPPORTED : ProbeResult.UNSUPPORTED;
    }

    @Override
    public PlanReader openPlanReader(ReadContext context) throws PlanexException {
        return new PackagePlanReader(context.source(), PackageLimits.DEFAULT, context.options().get(VALIDATE));
    }

    @Override
    public PlanWriter openPlanWriter(WriteContext context) throws PlanexException {
        String name = context.target().getFileName().toString().toLowerCase(Locale.ROOT);
        PackagePlanWriter.Container container = name.endsWith(".zip") ? PackagePlanWriter.Container.ZIP
                : name.endsWith(".xml") ? PackagePlanWriter.Container.DOCUMENT : PackagePlanWriter.Container.FOLDER;
        return new PackagePlanWriter(context.target(), container, context.warnings());
    }
}
