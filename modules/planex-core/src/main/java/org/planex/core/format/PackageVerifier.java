package org.planex.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.planex.core.container.PackageSource;
import org.planex.model.Attachment;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.Sha256;
import org.planex.xml.PlanXml;

/**
 * Checks the integrity of a plan package: {@code plan.xml} at its root, and every attachment its header lists
 * present with the SHA-256 the header gives. It reads the attachments, never {@code plan.xml}: the caller
 * passes the attachment list of the header it has read.
 *
 * <p>It returns every finding, not only the first: {@link PackagePlanReader} throws the first one, the
 * validator reports each as an issue ({@code PKG.INTEGRITY}).
 *
 * <p><b>Thread safety:</b> stateless; the source must be used by one thread at a time.
 *
 * @since 0.1
 */
public final class PackageVerifier {

    /** The id of the finding for a package without {@code plan.xml}. */
    public static final String NO_PLAN = "PKG.NO_PLAN";
    /** The id of the finding for an attachment the header lists but the package lacks. */
    public static final String ATTACHMENT_MISSING = "PKG.ATTACHMENT_MISSING";
    /** The id of the finding for an attachment whose content has another SHA-256 than the header's. */
    public static final String CHECKSUM = "PKG.CHECKSUM";

    private PackageVerifier() {
    }

    /**
     * One integrity problem of a package.
     *
     * @param id {@value #NO_PLAN}, {@value #ATTACHMENT_MISSING} or {@value #CHECKSUM}
     * @param message what is wrong and how to fix it
     * @param location the package, or the entry concerned
     * @since 0.1
     */
    public record Finding(String id, String message, Location location) {

        /** Checks the parts. */
        public Finding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(location, "location");
        }

        /** The finding as the error a reader throws (UNREADABLE_INPUT). */
        public PlanexException toException() {
            return PlanexException.unreadable(location, message, null);
        }
    }

    /**
     * Whether the package has a {@code plan.xml}.
     *
     * @return a {@value #NO_PLAN} finding, or none
     */
    public static List<Finding> verifyPlan(PackageSource source) {
        if (source.contains(PlanXml.DOCUMENT_NAME)) {
            return List.of();
        }
        return List.of(new Finding(NO_PLAN, "not a plan package: no plan.xml at its root; package the plan with"
                + " planex convert", source.location()));
    }

    /**
     * Whether every attachment is present with its SHA-256.
     *
     * @param attachments the attachments the package's header lists
     * @return a {@value #ATTACHMENT_MISSING} or {@value #CHECKSUM} finding per attachment in error, in header
     *     order
     * @throws PlanexException if an attachment that is present cannot be read
     */
    public static List<Finding> verifyAttachments(PackageSource source, List<Attachment> attachments)
            throws PlanexException {
        List<Finding> findings = new ArrayList<>();
        for (Attachment a : attachments) {
            Location at = source.entryLocation(a.path());
            if (!source.contains(a.path())) {
                findings.add(new Finding(ATTACHMENT_MISSING, "the header lists attachment " + a.path() + " but the"
                        + " package lacks it; add the file or remove it from the header", at));
                continue;
            }
            String actual = sha256(source, a.path());
            if (!actual.equals(a.sha256())) {
                findings.add(new Finding(CHECKSUM, "attachment checksum mismatch: header says SHA-256 " + a.sha256()
                        + ", content has " + actual + "; the package is damaged or was edited after packaging", at));
            }
        }
        return findings;
    }

    private static String sha256(PackageSource source, String entry) throws PlanexException {
        try (InputStream in = source.open(entry)) {
            return Sha256.of(in);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(source.entryLocation(entry), "cannot read: " + e.getMessage(), e);
        }
    }
}
