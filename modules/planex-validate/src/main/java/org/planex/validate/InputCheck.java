package org.planex.validate;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.planex.rule.Issue;
import org.planex.validate.engine.LoadedPlan;

/**
 * One input loaded and checked alone ({@link Validator#checkInput}), for an engine that pairs the plans itself
 * (planex-spark): its issues, its summary and what its pairs need.
 *
 * @param issues the issues of loading, then of the package, feature and plan rules, in the order
 *        {@link Validator#validate} reports them
 * @param summary the input's summary
 * @param slice the plan's {@linkplain LoadedPlan#borderSlice border slice}, or {@code null} when the input could not
 *        be loaded
 * @param pairingExtent the lon/lat extent (grown by twice the border width) that must meet another's for the two to
 *        be paired, or {@code null} when the plan has no area or no metric view (it is then paired with every plan)
 * @param impactRadius the largest impact radius of its facilities in metres, 0 when none has one: its pairs look
 *        that far into either side
 * @since 0.1
 */
public record InputCheck(List<Issue> issues, PackageSummary summary, LoadedPlan slice, Envelope pairingExtent,
        double impactRadius) {

    /** Copies the issues. */
    public InputCheck {
        issues = List.copyOf(issues);
        Objects.requireNonNull(summary, "summary");
    }
}
