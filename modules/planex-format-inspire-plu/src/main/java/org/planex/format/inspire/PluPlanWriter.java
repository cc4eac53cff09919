package org.planex.format.inspire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.planex.model.ControlArea;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;
import org.planex.spi.Location;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.io.AtomicOutput;

/**
 * Writes a plan as one INSPIRE PLU GML file through an {@link AtomicOutput}: a temporary file beside the target,
 * moved into place on {@link #finish()}. Zones and control areas are written as they come; facilities and
 * corridors, which PLU has no feature type for, are counted and named in one warning per kind at the end. Zone
 * codes without a HILUCS mapping get {@value PluNames#NOT_KNOWN_USE} and one warning per code.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class PluPlanWriter implements PlanWriter {

    /** How many codes without HILUCS mapping get a warning. */
    private static final int WARNED_CODES = 20;

    private final Location where;
    private final WarningListener warnings;
    private final AtomicOutput output;
    private final OutputStream out;
    private final PluXmlWriter xml;
    private final LeftOutFeatures leftOut = new LeftOutFeatures();
    private final Set<String> unmappedCodes = new LinkedHashSet<>();
    private HilucsMapper hilucs;
    private boolean begun;
    private boolean done;

    PluPlanWriter(Path target, WarningListener warnings) throws PlanexException {
        this.where = Location.of(target);
        this.warnings = warnings;
        this.output = AtomicOutput.file(target);
        try {
            this.out = Files.newOutputStream(output.path());
            this.xml = new PluXmlWriter(out);
        } catch (IOException | XMLStreamException e) {
            output.abort();
            throw PlanexException.notWritable(where, "cannot create the output: " + e.getMessage()
                    + "; check that the folder is writable", e);
        }
    }

    @Override
    public void begin(PlanHeader header) throws PlanexException {
        requireOpen("begin");
        if (begun) {
            throw new IllegalStateException("begin() called twice on the INSPIRE PLU writer of " + where.file());
        }
        begun = true;
        hilucs = HilucsMapper.of(header.classification().system(), PluPlanWriter.class.getClassLoader());
        if (!hilucs.canMap()) {
            warnings.warning(where, "no crosswalk from " + header.classification().system() + " to HILUCS is "
                    + "installed: every zone gets hilucsLandUse " + PluNames.NOT_KNOWN_USE
                    + "; convert the plan to a code system with a crosswalk (see planex codes list) first");
        }
        if (!header.attachments().isEmpty()) {
            warnings.warning(where, "INSPIRE PLU output cites attachments as plu:OfficialDocumentation (path, "
                    + "title, SHA-256) but does not carry their content: " + header.attachments().size()
                    + " attachment(s) left out; ship them beside the GML file");
        }
        try {
            xml.begin(header);
        } catch (XMLStreamException e) {
            throw failed("cannot write the spatial plan: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw invalid(where, e);
        }
    }

    @Override
    public void write(PlanFeature feature) throws PlanexException {
        requireOpen("write");
        if (!begun) {
            throw new IllegalStateException("write() before begin() on the INSPIRE PLU writer of " + where.file());
        }
        try {
            if (feature instanceof Zone z) {
                if (hilucs.canMap() && hilucs.unmapped(z.code()) && unmappedCodes.size() < WARNED_CODES
                        && unmappedCodes.add(String.valueOf(z.code()))) {
                    warnings.warning(where.withFeature(z.id()), (z.code() == null ? "a zone without code"
                            : "zone code " + z.code()) + " has no HILUCS mapping: hilucsLandUse is "
                            + PluNames.NOT_KNOWN_USE);
                }
                xml.zone(z, hilucs.hilucs(z.code()));
            } else if (feature instanceof ControlArea c) {
                xml.regulation(c);
            } else {
                leftOut.add(feature);
            }
        } catch (XMLStreamException e) {
            throw failed("cannot write feature " + feature.id() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw invalid(where.withFeature(feature.id()), e);
        }
    }

    @Override
    public void finish() throws PlanexException {
        requireOpen("finish");
        if (!begun) {
            throw new IllegalStateException("finish() before begin() on the INSPIRE PLU writer of " + where.file());
        }
        try {
            xml.end();
            out.close();
        } catch (XMLStreamException | IOException e) {
            throw failed("cannot finish the document: " + e.getMessage(), e);
        }
        done = true;
        output.commit();
        leftOut.report(warnings, where);
    }

    @Override
    public void abort() {
        if (!done) {
            done = true;
            PluXml.closeQuietly(out);
            output.abort();
        }
    }

    @Override
    public void close() {
        abort();
    }

    private void requireOpen(String call) {
        if (done) {
            throw new IllegalStateException(call + "() after finish() or abort() on the INSPIRE PLU writer of "
                    + where.file());
        }
    }

    private PlanexException failed(String reason, Exception cause) {
        abort();
        return PlanexException.notWritable(where, reason, cause);
    }

    private PlanexException invalid(Location at, IllegalArgumentException e) {
        abort();
        return PlanexException.invalid(at, e.getMessage(), e);
    }
}
