package org.planex.validate.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.Attachment;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PackageView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;
import org.planex.validate.Validator;
import org.planex.xml.PlanXml;
import org.planex.xml.PlanXmlReader;

/**
 * {@code PKG.*}: the integrity of a planex package. {@code PKG.NO_PLAN} when there is no {@code plan.xml} at
 * its root; for every attachment the header lists, {@code PKG.ATTACHMENT_MISSING} when the package lacks it and
 * {@code PKG.CHECKSUM} when its SHA-256 differs from the header's. Entry names, sizes, counts and compression
 * ratios are enforced while opening (ZIP slip, bombs): a package refused there is {@code PKG.UNSAFE}, one that
 * cannot be read {@code PKG.UNREADABLE}; the engine reports those two.
 *
 * @since 0.1
 */
public final class PackageIntegrityRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("PKG.INTEGRITY", RuleScope.PACKAGE,
            Severity.ERROR, "The package is incomplete or damaged: plan.xml missing, attachments missing or with a"
                    + " wrong checksum, unreadable or unsafe.",
            List.of("PKG.NO_PLAN", "PKG.ATTACHMENT_MISSING", "PKG.CHECKSUM", Validator.UNREADABLE, Validator.UNSAFE),
            List.of());

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPackage(PackageView input, RuleContext context, IssueSink sink) throws PlanexException {
        if (!input.contains(PlanXml.DOCUMENT_NAME)) {
            sink.report(Issue.builder("PKG.NO_PLAN", Severity.ERROR)
                    .message("not a plan package: no plan.xml at its root; package the plan with planex convert")
                    .packages(input.name()).at(input.location()).build());
            return;
        }
        List<Attachment> attachments;
        String packageId;
        try (PlanXmlReader xml = new PlanXmlReader(input.open(PlanXml.DOCUMENT_NAME),
                input.entryLocation(PlanXml.DOCUMENT_NAME), new GeometryFactory())) {
            attachments = xml.header().attachments();
            packageId = xml.header().packageId();
        } catch (PlanexException unreadableHeader) {
            return;
        }
        for (Attachment a : attachments) {
            if (!input.contains(a.path())) {
                sink.report(Issue.builder("PKG.ATTACHMENT_MISSING", Severity.ERROR)
                        .message("the header lists attachment " + a.path() + " but the package lacks it; add the file or"
                                + " remove it from the header")
                        .packages(packageId).at(input.entryLocation(a.path())).build());
                continue;
            }
            String actual = sha256(input, a.path());
            if (!actual.equalsIgnoreCase(a.sha256())) {
                sink.report(Issue.builder("PKG.CHECKSUM", Severity.ERROR)
                        .message("attachment " + a.path() + " has SHA-256 " + actual + " but the header says " + a.sha256()
                                + "; the package is damaged or was edited after packaging")
                        .packages(packageId).at(input.entryLocation(a.path())).build());
            }
        }
    }

    private static String sha256(PackageView input, String entry) throws PlanexException {
        try (InputStream raw = input.open(entry);
                DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(input.entryLocation(entry), "cannot read: " + e.getMessage(), e);
        }
    }
}
