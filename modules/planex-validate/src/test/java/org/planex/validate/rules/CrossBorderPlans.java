package org.planex.validate.rules;

import java.nio.file.Path;
import java.util.List;
import org.planex.validate.TestPlans;
import org.planex.validate.cases.CasePackage;
import org.planex.validate.cases.RuleCaseRunner;

/**
 * The two counties of the case file {@code cases/cross-border/region.json} (two 10 km squares with defects along
 * their border, see its description), for tests that pair them or write them as packages.
 */
public final class CrossBorderPlans {

    private static final List<CasePackage> PACKAGES = read();

    private CrossBorderPlans() {
    }

    /** The western county. */
    public static TestPlans west() {
        return TestPlans.of(PACKAGES.get(0));
    }

    /** The eastern county. */
    public static TestPlans east() {
        return TestPlans.of(PACKAGES.get(1));
    }

    private static List<CasePackage> read() {
        try {
            return RuleCaseRunner.standard().read(Path.of(CrossBorderPlans.class
                    .getResource("/cases/cross-border/region.json").toURI())).get(0).packages();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the cross-border fixture", e);
        }
    }
}
