package org.planex.core.input;

import org.planex.model.CrsRef;
import org.planex.model.PlanHeader;
import org.planex.spi.ForwardingPlanReader;
import org.planex.spi.PlanReader;

/** Declares another CRS for a plan's coordinates without changing them (for a wrong declaration). */
final class DeclaredCrsPlanReader extends ForwardingPlanReader {

    private final CrsRef crs;

    DeclaredCrsPlanReader(PlanReader reader, CrsRef crs) {
        super(reader);
        this.crs = crs;
    }

    @Override
    public PlanHeader header() {
        return delegate.header().withCrs(crs, delegate.header().boundary());
    }
}
