package org.planex.rule;

import java.util.List;

/**
 * All packages of a run and the pairs among them found adjacent, each pair once.
 *
 * @since 0.1
 */
public interface RegionView {

    /** The packages, in the order given. */
    List<? extends PlanView> plans();

    /** The adjacent pairs. */
    List<? extends PairView> pairs();
}
