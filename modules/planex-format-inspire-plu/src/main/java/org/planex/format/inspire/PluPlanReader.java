package org.planex.format.inspire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.xml.XmlDeclarationGuard;

/**
 * Reads an INSPIRE PLU GML file with a secure StAX cursor, one member at a time. The collection may be a
 * {@code gml:FeatureCollection} (as planex writes it), a WFS 2.0 {@code wfs:FeatureCollection} or a
 * {@code base:SpatialDataSet}; its first member must be the {@code plu:SpatialPlan}, which gives the header.
 * Members of other types ({@code plu:OfficialDocumentation}, other themes) are skipped with one warning per type.
 *
 * <p><b>Thread safety:</b> used by one thread at a time; refuses reads after a failure or {@link #close()}.
 */
final class PluPlanReader implements PlanReader {

    /** The WFS 2.0 namespace, whose {@code wfs:member} holds the features of a {@code wfs:FeatureCollection}. */
    static final String WFS = "http://www.opengis.net/wfs/2.0";

    private final PlanHeader header;
    private final PluFeatureReader features;
    private final PluCursor cursor;
    private final XMLStreamReader r;
    private final InputStream in;
    private final WarningListener warnings;
    private final Location file;
    private final Set<String> skippedTypes = new HashSet<>();
    /** Whether planex wrote the file: its OfficialDocumentation members cite the attachments, skipped silently. */
    private final boolean planexFile;
    private boolean failed;
    private boolean finished;
    private boolean closed;

    PluPlanReader(Path source, WarningListener warnings) throws PlanexException {
        this.warnings = warnings;
        this.file = Location.of(source);
        try {
            this.in = XmlDeclarationGuard.checked(Files.newInputStream(source), file);
        } catch (NoSuchFileException e) {
            throw PlanexException.unreadable(file, "the file does not exist; check the path", e);
        } catch (IOException e) {
            throw PlanexException.unreadable(file, "cannot open: " + e.getMessage(), e);
        }
        try {
            this.cursor = new PluCursor(in, file);
            this.r = cursor.reader();
            toRoot();
            if (!nextMember() || !cursor.is(PluNames.PLU, "SpatialPlan")) {
                throw PlanexException.invalid(cursor.here(), "the first member of the collection must be the "
                        + "plu:SpatialPlan (planex reads the plan before its zones)", null);
            }
            PluHeaderReader plan = new PluHeaderReader(cursor, warnings);
            this.header = plan.read();
            this.planexFile = plan.fromPlanex();
            endMember();
            this.features = new PluFeatureReader(cursor, header.classification().system());
        } catch (XMLStreamException e) {
            PluXml.closeQuietly(in);
            throw PlanexException.unreadable(file, "not well-formed XML: " + e.getMessage(), e);
        } catch (PlanexException e) {
            PluXml.closeQuietly(in);
            throw e;
        }
    }

    @Override
    public PlanHeader header() {
        return header;
    }

    @Override
    public PlanFeature read() throws PlanexException {
        if (failed || closed) {
            throw new IllegalStateException("the INSPIRE PLU reader of " + file.file() + " has "
                    + (closed ? "been closed" : "failed") + "; open a new one");
        }
        try {
            while (!finished) {
                if (!nextMember()) {
                    finished = true;
                    return null;
                }
                PlanFeature f = features.feature();
                if (f == null) {
                    skipMember();
                } else {
                    endMember();
                    return f;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            failed = true;
            throw PlanexException.unreadable(cursor.here(), "not well-formed XML: " + e.getMessage(), e);
        } catch (PlanexException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            PluXml.closeQuietly(in);
        }
    }

    private void toRoot() throws XMLStreamException, PlanexException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw PlanexException.unsafe(cursor.here(), "the document declares a DOCTYPE; planex refuses DTDs "
                        + "and entity declarations (they can read local files or expand without bound)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!cursor.is(PluNames.GML, "FeatureCollection") && !cursor.is(WFS, "FeatureCollection")
                        && !cursor.is(PluNames.BASE, "SpatialDataSet")) {
                    throw PlanexException.invalid(cursor.here(), "root element is " + r.getName() + ", expected a "
                            + "gml:FeatureCollection, wfs:FeatureCollection or base:SpatialDataSet of PLU features",
                            null);
                }
                return;
            }
        }
        throw PlanexException.unreadable(file, "the document has no root element", null);
    }

    /**
     * Moves to the feature of the next member of the collection: {@code true} on its START_ELEMENT,
     * {@code false} at the end of the collection. Other children of the collection are skipped.
     */
    private boolean nextMember() throws XMLStreamException {
        while (cursor.nextChild()) {
            if (cursor.is(PluNames.GML, "featureMember") || cursor.is(WFS, "member")
                    || cursor.is(PluNames.BASE, "member")) {
                if (cursor.nextChild()) {
                    return true;
                }
            } else {
                cursor.skip();
            }
        }
        return false;
    }

    private void endMember() throws XMLStreamException {
        r.nextTag();
    }

    private void skipMember() throws XMLStreamException {
        boolean ownCitation = planexFile && cursor.is(PluNames.PLU, "OfficialDocumentation");
        if (!ownCitation && skippedTypes.add(r.getName().toString())) {
            warnings.warning(cursor.here(), "planex reads no " + r.getLocalName() + " members (" + r.getNamespaceURI()
                    + "); they are skipped");
        }
        cursor.skip();
        endMember();
    }
}
