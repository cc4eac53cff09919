package org.planex.validate.rules;

import java.util.List;
import org.planex.core.format.PackageVerifier;
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
import org.planex.validate.engine.PackageInput;

/**
 * {@code PKG.*}: the integrity of a planex package, as the {@link PackageVerifier} finds it. {@code PKG.NO_PLAN}
 * when there is no {@code plan.xml} at its root; for every attachment the header lists,
 * {@code PKG.ATTACHMENT_MISSING} when the package lacks it and {@code PKG.CHECKSUM} when its SHA-256 differs
 * from the header's. The header is the one the engine read in its single pass over {@code plan.xml}; when it
 * could not be read the attachments are not checked (the engine reports the package unreadable). Entry names,
 * sizes, counts and compression ratios are enforced while opening (ZIP slip, bombs): a package refused there is
 * {@code PKG.UNSAFE}, one that cannot be read {@code PKG.UNREADABLE}; the engine reports those two.
 *
 * @since 0.1
 */
public final class PackageIntegrityRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("PKG.INTEGRITY", RuleScope.PACKAGE,
            Severity.ERROR, "The package is incomplete or damaged: plan.xml missing, attachments missing or with a"
                    + " wrong checksum, unreadable or unsafe.",
            List.of(PackageVerifier.NO_PLAN, PackageVerifier.ATTACHMENT_MISSING, PackageVerifier.CHECKSUM,
                    Validator.UNREADABLE, Validator.UNSAFE),
            List.of());

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPackage(PackageView input, RuleContext context, IssueSink sink) throws PlanexException {
        PackageInput pkg = PackageInput.of(input);
        List<PackageVerifier.Finding> findings = PackageVerifier.verifyPlan(pkg.source());
        String packageId = input.name();
        if (findings.isEmpty() && pkg.header() != null) {
            packageId = pkg.header().packageId();
            findings = PackageVerifier.verifyAttachments(pkg.source(), pkg.header().attachments());
        }
        for (PackageVerifier.Finding f : findings) {
            sink.report(Issue.builder(f.id(), Severity.ERROR).message(f.message()).packages(packageId)
                    .at(f.location()).build());
        }
    }
}
