package org.planex.validate.engine;

import java.util.List;
import org.planex.rule.RegionView;

/**
 * The engine's {@link RegionView}: all packages of a run and the pairs among them found adjacent, each pair once.
 *
 * @param plans the loaded packages, in the order given
 * @param pairs the adjacent pairs
 * @since 0.1
 */
public record Region(List<LoadedPlan> plans, List<PlanPair> pairs) implements RegionView {

    /** Copies the lists. */
    public Region {
        plans = List.copyOf(plans);
        pairs = List.copyOf(pairs);
    }
}
