package org.planex.core.convert;

import org.planex.crs.CoordinateSurvey;
import org.planex.crs.DeclaredCrsValidator;
import org.planex.model.PlanFeature;
import org.planex.rule.Issue;
import org.planex.spi.ForwardingPlanReader;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * Passes features through while surveying their coordinates (an envelope and a bounded sample), and at the
 * end checks them against the declared CRS: swapped axes, a missing or wrong Gauss-Kruger zone prefix,
 * coordinates outside the CRS's area of use. Each finding becomes a warning with the fix it suggests
 * ({@code --s-srs EPSG:4528}). Memory is bounded by the sample, not the number of features.
 *
 * @since 0.1
 */
public final class CrsCheckingPlanReader extends ForwardingPlanReader {

    private final WarningListener warnings;
    private final Location where;
    private final CoordinateSurvey survey = new CoordinateSurvey();
    private boolean checked;

    /** Checks what {@code reader} reads; closing this closes it. */
    public CrsCheckingPlanReader(PlanReader reader, WarningListener warnings, Location where) {
        super(reader);
        this.warnings = warnings;
        this.where = where;
        if (reader.header().boundary() != null) {
            survey.add(reader.header().boundary());
        }
    }

    @Override
    public PlanFeature read() throws PlanexException {
        PlanFeature f = delegate.read();
        if (f == null) {
            check();
        } else if (f.geometry() != null) {
            survey.add(f.geometry());
        }
        return f;
    }

    private void check() {
        if (checked || survey.isEmpty()) {
            return;
        }
        checked = true;
        for (Issue finding : DeclaredCrsValidator.check(delegate.header().crs(), survey)) {
            warnings.warning(where, finding.ruleId() + ": " + finding.message());
        }
    }
}
