package org.planex.core.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.planex.spi.io.AtomicOutput;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.Location;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.Sha256;
import org.planex.spi.WarningListener;
import org.planex.xml.PlanXml;
import org.planex.xml.PlanXmlWriter;

/**
 * Writes a plan package through an {@link AtomicOutput}. {@code plan.xml} is streamed straight into the
 * container; attachment content is checked against the header's SHA-256 and, for a ZIP, spooled in the output's
 * scratch folder and added after {@code plan.xml} on {@link #finish()}. A folder package replaces an existing
 * folder as a whole (see {@link AtomicOutput}).
 */
final class PackagePlanWriter implements PlanWriter {

    /** The kind of container written. */
    enum Container {
        /** A ZIP file. */
        ZIP,
        /** A folder. */
        FOLDER,
        /** A bare plan.xml (no attachments). */
        DOCUMENT
    }

    private final Container container;
    private final AtomicOutput output;
    private final Location where;
    private final WarningListener warnings;
    private final Map<String, Path> spooled = new LinkedHashMap<>();
    private final Set<String> added = new HashSet<>();
    private OutputStream file;
    private OutputStream stream;
    private ZipOutputStream zip;
    private PlanXmlWriter xml;
    private PlanHeader header;
    private boolean finished;

    PackagePlanWriter(Path target, Container container, WarningListener warnings) throws PlanexException {
        this.container = container;
        this.where = Location.of(target);
        this.warnings = warnings;
        this.output = container == Container.FOLDER ? AtomicOutput.folder(target) : AtomicOutput.file(target);
    }

    @Override
    public void begin(PlanHeader planHeader) throws PlanexException {
        if (header != null) {
            throw new IllegalStateException("begin() called twice");
        }
        header = planHeader;
        try {
            OutputStream out;
            if (container == Container.FOLDER) {
                file = Files.newOutputStream(output.path().resolve(PlanXml.DOCUMENT_NAME));
                out = file;
            } else if (container == Container.ZIP) {
                file = Files.newOutputStream(output.path());
                zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16));
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(PlanXml.DOCUMENT_NAME));
                out = zip;
            } else {
                file = Files.newOutputStream(output.path());
                out = file;
            }
            stream = new BufferedOutputStream(out, 1 << 16);
            xml = new PlanXmlWriter(stream, where);
            xml.begin(planHeader);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            abort();
            throw PlanexException.notWritable(where, "cannot write: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(PlanFeature feature) throws PlanexException {
        if (xml == null || finished) {
            throw new IllegalStateException("write() outside begin() and finish()");
        }
        xml.write(feature);
    }

    @Override
    public boolean acceptsAttachments() {
        return container != Container.DOCUMENT;
    }

    @Override
    public void addAttachment(Attachment attachment, InputStream content) throws PlanexException {
        if (!acceptsAttachments()) {
            throw new UnsupportedOperationException("a bare plan.xml cannot hold attachments; write a .zip or a folder");
        }
        if (header == null || !header.attachments().contains(attachment)) {
            throw new IllegalStateException("attachment " + attachment.path() + " is not listed in the header");
        }
        try {
            Path file = container == Container.FOLDER ? output.path().resolve(attachment.path())
                    : output.scratch().resolve(spooled.size() + ".att");
            Files.createDirectories(file.getParent());
            Sha256 sha = new Sha256();
            try (OutputStream out = sha.digesting(Files.newOutputStream(file))) {
                content.transferTo(out);
            }
            String actual = sha.hex();
            if (!actual.equals(attachment.sha256())) {
                Files.deleteIfExists(file);
                throw PlanexException.invalid(where.withEntry(attachment.path()), "attachment content has SHA-256 "
                        + actual + " but the header says " + attachment.sha256(), null);
            }
            if (container == Container.ZIP) {
                spooled.put(attachment.path(), file);
            }
            added.add(attachment.path());
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.notWritable(where.withEntry(attachment.path()), "cannot write: " + e.getMessage(), e);
        }
    }

    @Override
    public void finish() throws PlanexException {
        if (xml == null || finished) {
            throw new IllegalStateException("finish() without begin(), or twice");
        }
        finished = true;
        if (container != Container.DOCUMENT) {
            for (Attachment a : header.attachments()) {
                if (!added.contains(a.path())) {
                    abort();
                    throw PlanexException.invalid(where.withEntry(a.path()), "the header lists this attachment but "
                            + "its content was not added; the package would be incomplete", null);
                }
            }
        }
        try {
            xml.end();
            stream.flush();
            if (zip != null) {
                zip.closeEntry();
                for (Map.Entry<String, Path> e : spooled.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    Files.copy(e.getValue(), zip);
                    zip.closeEntry();
                }
            }
            stream.close();
            output.commit();
        } catch (IOException e) {
            abort();
            throw e instanceof PlanexException p ? p
                    : PlanexException.notWritable(where, "cannot write: " + e.getMessage(), e);
        }
        if (container == Container.DOCUMENT && !header.attachments().isEmpty()) {
            warnings.warning(where, "a bare plan.xml keeps the attachment list but not the files; write a .zip");
        }
    }

    /**
     * Closes the streams and deletes the temporary output. The file stream is closed on its own as well: when the
     * disk is full, closing the ZIP stream fails in its final deflate and never closes the file below it, whose
     * handle would keep the deleted file's space.
     */
    @Override
    public void abort() {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException e) {
            warnings.warning(where, "could not close the temporary output: " + e.getMessage());
        }
        try {
            if (file != null) {
                file.close();
            }
        } catch (IOException e) {
            warnings.warning(where, "could not close the temporary file: " + e.getMessage());
        }
        output.abort();
    }

    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }
}
