package org.planex.validate.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
import org.planex.spi.PlanexException;
import org.planex.xml.PlanSchema;
import org.planex.xml.PlanXml;
import org.planex.xml.SchemaProblem;

/**
 * {@code SCHEMA.XSD}: {@code plan.xml} against {@code planex.xsd} (offline, DTDs refused), one issue per
 * problem with its line and column, up to the {@code max-problems} parameter (default 100).
 *
 * @since 0.1
 */
public final class SchemaRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("SCHEMA.XSD", RuleScope.PACKAGE,
            Severity.ERROR, "plan.xml does not match planex.xsd; each problem with its line and column.",
            new RuleParameter("max-problems", 100, "", "the most schema problems reported per package"));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPackage(PackageView input, RuleContext context, IssueSink sink) throws PlanexException {
        if (!input.contains(PlanXml.DOCUMENT_NAME)) {
            return;
        }
        Location doc = input.entryLocation(PlanXml.DOCUMENT_NAME);
        int max = (int) context.parameter(DESCRIPTOR, "max-problems");
        List<SchemaProblem> problems;
        try (InputStream in = input.open(PlanXml.DOCUMENT_NAME)) {
            problems = PlanSchema.validate(in, max);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(doc, "cannot read: " + e.getMessage(), e);
        }
        for (SchemaProblem p : problems) {
            sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                    .message((p.fatal() ? "not well-formed: " : "") + p.message())
                    .packages(input.name()).at(doc.at(p.line(), p.column())).build());
        }
    }
}
