package org.planex.validate.rules;

import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PackageView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleParameter;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.Location;
import org.planex.validate.engine.PackageInput;
import org.planex.xml.PlanXml;
import org.planex.xml.SchemaProblem;

/**
 * {@code SCHEMA.XSD}: {@code plan.xml} against {@code planex.xsd} (offline, DTDs refused), one issue per
 * problem with its line and column, up to the {@code max-problems} parameter (default 100). The engine validates
 * in the same pass as it reads the document (see {@link org.planex.xml.SchemaCheck}), with the limit
 * {@link #maxProblems(RuleContext)} gives, when this rule runs; the rule reports what it found.
 *
 * @since 0.1
 */
public final class SchemaRule implements Rule {

    /** The rule's id. */
    public static final String ID = "SCHEMA.XSD";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(ID, RuleScope.PACKAGE,
            Severity.ERROR, "plan.xml does not match planex.xsd; each problem with its line and column.",
            new RuleParameter("max-problems", 100, "", "the most schema problems reported per package"));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The most problems to collect per package: the {@code max-problems} parameter. */
    public static int maxProblems(RuleContext context) {
        return (int) context.parameter(DESCRIPTOR, "max-problems");
    }

    @Override
    public void checkPackage(PackageView input, RuleContext context, IssueSink sink) {
        PackageInput pkg = PackageInput.of(input);
        if (!input.contains(PlanXml.DOCUMENT_NAME)) {
            return;
        }
        Location doc = input.entryLocation(PlanXml.DOCUMENT_NAME);
        for (SchemaProblem p : pkg.schemaProblems()) {
            sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                    .message((p.fatal() ? "not well-formed: " : "") + p.message())
                    .packages(input.name()).at(doc.at(p.line(), p.column())).build());
        }
    }
}
