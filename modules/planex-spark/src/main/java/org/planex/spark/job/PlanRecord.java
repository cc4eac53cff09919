package org.planex.spark.job;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.PlanHeader;
import org.planex.rule.Issue;
import org.planex.validate.PackageSummary;

/**
 * One input as the plan stage leaves it ({@link PlanStage}): what the report needs of it, and what its pairs need
 * to load its border zones again elsewhere. Its border features travel apart, as {@link BandFeature}s.
 *
 * @param index the input's position in the run (the report's order)
 * @param input the input path (and profile), as every executor can read it
 * @param summary the input's summary
 * @param issues its issues of loading and of the package, feature and plan rules
 * @param header its header, or {@code null} when it could not be loaded (it then has no pairs)
 * @param wholeSize the number of features of the whole plan
 * @param sliced whether the plan stage kept only its border slice (a neighbour that reaches deeper reads it again)
 * @param pairingExtent the lon/lat extent its pairs are found by, as a polygon ({@code null}: paired with all)
 * @param impactRadius the largest impact radius of its facilities, in metres
 * @since 0.1
 */
public record PlanRecord(int index, RunInput input, PackageSummary summary, List<Issue> issues, PlanHeader header,
        int wholeSize, boolean sliced, Geometry pairingExtent, double impactRadius) implements Serializable {

    /** Copies the issues. */
    public PlanRecord {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(summary, "summary");
        issues = List.copyOf(issues);
    }

    /** Whether the input was loaded with a metric view, so that it can be paired. */
    public boolean pairable() {
        return header != null;
    }

    /** This record without its issues, as the pair stage needs it. */
    public PlanRecord forPairs() {
        return new PlanRecord(index, input, summary, List.of(), header, wholeSize, sliced, pairingExtent,
                impactRadius);
    }
}
