package org.planex.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * streams the features, and verifies the SHA-256 of every attachment the header lists before the first
 * feature is returned.
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
            if (!source.contains(PlanXml.DOCUMENT_NAME)) {
                throw PlanexException.unreadable(source.location(), "not a plan package: no plan.xml at its root",
                        null);
            }
            if (validate) {
                validate(doc);
            }
            this.xml = new PlanXmlReader(source.open(PlanXml.DOCUMENT_NAME), doc, new GeometryFactory());
            verifyAttachments(xml.header().attachments());
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

    private void verifyAttachments(List<Attachment> attachments) throws PlanexException {
        for (Attachment a : attachments) {
            Location at = source.entryLocation(a.path());
            if (!source.contains(a.path())) {
                throw PlanexException.unreadable(at, "the header lists this attachment but the package lacks it",
                        null);
            }
            String actual = sha256(source, a.path());
            if (!actual.equals(a.sha256())) {
                throw PlanexException.unreadable(at, "attachment checksum mismatch: header says SHA-256 "
                        + a.sha256() + ", content has " + actual + "; the package is damaged or was edited", null);
            }
        }
    }

    static String sha256(PackageSource source, String entry) throws PlanexException {
        try (DigestInputStream in = new DigestInputStream(source.open(entry), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(source.entryLocation(entry), "cannot read: " + e.getMessage(), e);
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
