package org.planex.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.core.container.PackageLimits;
import org.planex.core.container.PackageSource;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.xml.PlanSchema;
import org.planex.xml.PlanXml;
import org.planex.xml.PlanXmlReader;
import org.planex.xml.SchemaProblem;

/**
 * Reads a plan package: opens the container safely, optionally validates {@code plan.xml} against the XSD,
 * streams the features, and verifies the package with the {@link PackageVerifier} before the first feature is
 * returned: the first finding is thrown.
 */
final class PackagePlanReader implements PlanReader {

    private static final int MAX_SCHEMA_PROBLEMS = 50;

    private final PackageSource source;
    private final PlanXmlReader xml;
    private boolean closed;

    PackagePlanReader(Path path, PackageLimits limits, boolean validate) throws PlanexException {
        this.source = PackageSource.open(path, limits);
        try {
            Location doc = source.entryLocation(PlanXml.DOCUMENT_NAME);
            throwFirst(PackageVerifier.verifyPlan(source));
            if (validate) {
                validate(doc);
            }
            this.xml = new PlanXmlReader(source.open(PlanXml.DOCUMENT_NAME), doc, new GeometryFactory());
            throwFirst(PackageVerifier.verifyAttachments(source, xml.header().attachments()));
        } catch (PlanexException | RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private void validate(Location doc) throws PlanexException {
        List<SchemaProblem> problems;
        try (InputStream in = source.open(PlanXml.DOCUMENT_NAME)) {
            problems = PlanSchema.validate(in, MAX_SCHEMA_PROBLEMS);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(doc, "cannot read: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            SchemaProblem first = problems.get(0);
            throw PlanexException.invalid(doc.at(first.line(), first.column()), "does not match planex.xsd: "
                    + first.message() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    null);
        }
    }

    private static void throwFirst(List<PackageVerifier.Finding> findings) throws PlanexException {
        if (!findings.isEmpty()) {
            throw findings.get(0).toException();
        }
    }

    @Override
    public PlanHeader header() {
        return xml.header();
    }

    @Override
    public PlanFeature read() throws PlanexException {
        if (closed) {
            throw new IllegalStateException("reader is closed");
        }
        return xml.read();
    }

    @Override
    public InputStream openAttachment(Attachment attachment) throws PlanexException {
        if (!header().attachments().contains(attachment)) {
            throw PlanexException.unreadable(source.location(), "the header does not list " + attachment.path(),
                    null);
        }
        return source.open(attachment.path());
    }

    @Override
    public void close() throws PlanexException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.close();
        } finally {
            source.close();
        }
    }

    private void closeQuietly() {
        try {
            source.close();
        } catch (PlanexException e) {
            closed = true;
        }
    }
}
