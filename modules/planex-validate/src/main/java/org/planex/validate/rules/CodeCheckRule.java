package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planex.model.PlanFeature;
import org.planex.model.PlanType;
import org.planex.model.Zone;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * {@code CODE.*}: the zone codes against the package's classification system, with the code checker of
 * planex-codes ({@code CODE.UNKNOWN}, {@code CODE.DEPRECATED}, {@code CODE.UNMAPPED}, {@code CODE.LEVEL}; see
 * {@code docs/codes.md}). One issue per finding and distinct code, listing every zone that uses the code, so a
 * plan of 250,000 zones coded in a superseded edition gets one issue per code, not per zone. An unknown
 * classification system is one {@code CODE.UNKNOWN} issue for the package; zones without a code (data read
 * without a code field) are one {@code CODE.MISSING} warning listing them.
 *
 * @since 0.1
 */
public final class CodeCheckRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("CODE.CHECK", RuleScope.PLAN, Severity.ERROR,
            "Zone codes that are unknown, deprecated, without a harmonised category, or at a level the plan type"
                    + " does not allow.",
            List.of("CODE.UNKNOWN", "CODE.DEPRECATED", "CODE.UNMAPPED", "CODE.LEVEL", "CODE.MISSING"), List.of());

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) throws PlanexException {
        String system = plan.header().classification().system();
        Location where = Location.of(plan.source());
        if (!context.codeSystems().contains(system)) {
            sink.report(Issue.builder("CODE.UNKNOWN", Severity.ERROR).message("the classification system '" + system
                    + "' is not known (known: " + context.codeSystems()
                    + "); no zone code was checked").packages(plan.packageId()).at(where).build());
            return;
        }
        Optional<PlanType> type = Optional.of(plan.header().plan().type());
        Map<String, List<String>> zonesByCode = new LinkedHashMap<>();
        List<String> uncoded = new ArrayList<>();
        for (PlanFeature f : plan.features()) {
            if (f instanceof Zone z) {
                if (z.code() == null) {
                    uncoded.add(z.id());
                } else {
                    zonesByCode.computeIfAbsent(z.code(), k -> new ArrayList<>()).add(z.id());
                }
            }
        }
        if (!uncoded.isEmpty()) {
            sink.report(Issue.builder("CODE.MISSING", Severity.WARNING).message(uncoded.size() + " zone"
                    + (uncoded.size() == 1 ? " has" : "s have") + " no land-use code, so no cross-border compatibility"
                    + " was checked for " + (uncoded.size() == 1 ? "it" : "them") + "; name the code field with"
                    + " --code-field FIELD").packages(plan.packageId()).features(uncoded)
                    .at(where.withFeature(uncoded.get(0))).build());
        }
        for (Map.Entry<String, List<String>> e : zonesByCode.entrySet()) {
            for (Issue finding : context.codeIssues(system, e.getKey(), type)) {
                List<String> zones = e.getValue();
                sink.report(Issue.builder(finding.ruleId(), finding.severity())
                        .message(finding.message() + " (" + zones.size() + " zone" + (zones.size() == 1 ? "" : "s")
                                + " use code " + e.getKey() + ")")
                        .packages(plan.packageId()).features(zones)
                        .at(where.withFeature(zones.get(0))).build());
            }
        }
    }
}
