package org.planex.format.xplan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.WarningListener;
import org.planex.xml.SecureXml;
import org.planex.xml.XmlDeclarationGuard;

/**
 * Reads an XPlanGML document ({@code xplan:XPlanAuszug} of XPlanGML 5.x or 6.0), or the
 * {@value XPlanNames#ARCHIVE_ENTRY} of an XPlanArchiv ZIP with its attachments, one member at a time. The first
 * member must be the {@code BP_Plan} or {@code FP_Plan} (only {@code BP_Bereich} and {@code FP_Bereich} may
 * come before it); its header is read before any feature. Members of {@code gml:featureMember} and
 * {@code gml:featureMembers} are read; those planex has no mapping for are counted and reported, one warning per
 * type, at the end.
 *
 * <p><b>Thread safety:</b> used by one thread at a time; refuses reads after a failure or {@link #close()}.
 */
final class XPlanPlanReader implements PlanReader {

    private final XPlanArchive archive;
    private final InputStream in;
    private final Location file;
    private final WarningListener warnings;
    private final XPlanCursor cursor;
    private final XMLStreamReader r;
    private final XPlanFeatureReader features;
    private final LeftOutTypes leftOut = new LeftOutTypes();
    private final PlanHeader header;
    /** Whether the cursor is inside a {@code gml:featureMembers}, whose children are members one after another. */
    private boolean inMembers;
    private State state = State.READING;

    /** Where the reader is: reading members, at the end, failed, or closed. */
    private enum State { READING, FINISHED, FAILED, CLOSED }

    XPlanPlanReader(Path source, WarningListener warnings) throws PlanexException {
        this.warnings = warnings;
        this.archive = ProbeInput.of(source).isZip() ? new XPlanArchive(source) : null;
        Path gml = archive == null ? source : archive.plan();
        this.file = archive == null ? Location.of(source) : Location.of(source).withEntry(XPlanNames.ARCHIVE_ENTRY);
        try {
            this.in = XmlDeclarationGuard.checked(Files.newInputStream(gml), file);
        } catch (PlanexException e) {
            closeArchive();
            throw e;
        } catch (NoSuchFileException e) {
            closeArchive();
            throw PlanexException.unreadable(file, "the file does not exist; check the path", e);
        } catch (IOException e) {
            closeArchive();
            throw PlanexException.unreadable(file, "cannot open: " + e.getMessage(), e);
        }
        try {
            this.cursor = new XPlanCursor(in, file);
            this.r = cursor.reader();
            this.features = new XPlanFeatureReader(cursor);
            toRoot();
            this.header = plan(archive == null ? List.of() : archive.attachments());
        } catch (XMLStreamException | PlanexException e) {
            close();
            throw reported(e);
        }
    }

    /** A failure as it is reported: a PlanexException as it is, malformed XML as unreadable where it is. */
    private PlanexException reported(Exception e) {
        return e instanceof PlanexException p ? p
                : PlanexException.unreadable(here(), "not well-formed XML: " + e.getMessage(), e);
    }

    @Override
    public PlanHeader header() {
        return header;
    }

    @Override
    public PlanFeature read() throws PlanexException {
        if (state == State.FAILED || state == State.CLOSED) {
            throw new IllegalStateException("the XPlanGML reader of " + file.file() + " has "
                    + (state == State.CLOSED ? "been closed" : "failed") + "; open a new one");
        }
        PlanFeature next = null;
        try {
            while (state == State.READING && next == null) {
                next = nextFeature();
            }
        } catch (XMLStreamException | PlanexException e) {
            state = State.FAILED;
            throw reported(e);
        }
        return next;
    }

    /**
     * Reads the next member: the feature it is, or {@code null} for a Bereich or a member left out; at the end of
     * the document the reader is finished and the left-out types are reported.
     */
    private PlanFeature nextFeature() throws XMLStreamException, PlanexException {
        if (!nextMember()) {
            state = State.FINISHED;
            leftOut.report(warnings, file);
            return null;
        }
        String type = cursor.local();
        boolean xplan = cursor.isXPlan(type);
        PlanFeature feature = null;
        if (xplan && (type.equals("BP_Bereich") || type.equals("FP_Bereich"))) {
            features.bereich();
        } else if (xplan && (XPlanCodes.isZoneType(type) || XPlanCodes.controlKind(type) != null)) {
            feature = features.feature();
        } else {
            leftOut.add(xplan ? type : r.getName().toString());
            cursor.skip();
        }
        endMember();
        return feature;
    }

    @Override
    public InputStream openAttachment(Attachment attachment) throws PlanexException {
        if (archive == null) {
            return PlanReader.super.openAttachment(attachment);
        }
        return archive.open(attachment, file);
    }

    @Override
    public void close() {
        if (state != State.CLOSED) {
            state = State.CLOSED;
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                warnings.warning(file, "cannot close the input: " + e.getMessage());
            } finally {
                closeArchive();
            }
        }
    }

    private void closeArchive() {
        if (archive != null) {
            archive.close();
        }
    }

    private Location here() {
        return cursor == null ? file : cursor.here();
    }

    private void toRoot() throws XMLStreamException, PlanexException {
        SecureXml.toRootElement(r, file);
        if (!XPlanNames.ROOT.equals(r.getLocalName()) || !XPlanNames.isSupported(r.getNamespaceURI())) {
            throw PlanexException.invalid(cursor.here(), "root element is " + r.getName() + ", expected "
                    + "xplan:XPlanAuszug of XPlanGML 5.x or 6.0 (" + XPlanNames.XPLAN_PREFIX + "5/4, "
                    + XPlanNames.XPLAN_PREFIX + "6/0)", null);
        }
        cursor.useNamespace(r.getNamespaceURI());
    }

    /** Reads members up to the plan and its header; Bereiche before it are remembered. */
    private PlanHeader plan(List<Attachment> attachments) throws XMLStreamException, PlanexException {
        while (nextMember()) {
            String type = cursor.local();
            if (cursor.isXPlan("BP_Plan") || cursor.isXPlan("FP_Plan")) {
                PlanHeader h = new XPlanHeaderReader(cursor).read(attachments);
                endMember();
                return h;
            }
            if (!cursor.isXPlan("BP_Bereich") && !cursor.isXPlan("FP_Bereich")) {
                throw PlanexException.invalid(cursor.here(), "the member " + type + " comes before the plan; planex "
                        + "reads BP_Plan and FP_Plan documents whose plan is the first member (after its Bereiche)",
                        null);
            }
            features.bereich();
            endMember();
        }
        throw PlanexException.invalid(file, "the document holds no BP_Plan or FP_Plan; planex reads Bebauungsplaene "
                + "and Flaechennutzungsplaene", null);
    }

    /**
     * Moves to the next member feature: {@code true} on its START_ELEMENT, {@code false} at the end of the
     * document. Other children of the root ({@code gml:boundedBy}) are skipped.
     */
    private boolean nextMember() throws XMLStreamException {
        if (inMembers) {
            if (cursor.nextChild()) {
                return true;
            }
            inMembers = false;
        }
        while (cursor.nextChild()) {
            boolean one = XPlanNames.GML.equals(r.getNamespaceURI()) && "featureMember".equals(r.getLocalName());
            boolean many = XPlanNames.GML.equals(r.getNamespaceURI()) && "featureMembers".equals(r.getLocalName());
            if ((one || many) && cursor.nextChild()) {
                inMembers = many;
                return true;
            }
            if (!one && !many) {
                cursor.skip();
            }
        }
        return false;
    }

    /** Leaves a member feature: past the END_ELEMENT of its {@code gml:featureMember}. */
    private void endMember() throws XMLStreamException {
        if (!inMembers) {
            r.nextTag();
        }
    }
}
