package org.planex.validate.cases;

import java.nio.file.Path;
import java.util.List;
import org.planex.crs.CrsService;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.validate.engine.LoadedPlan;

/**
 * A package of a case, built from its JSON: the header (jurisdiction, CRS, classification, neighbours,
 * boundary) and the features, geometries in the package's CRS with the file's origin added.
 *
 * @param source the case file, which the loaded plan names as its source
 * @param header the header
 * @param features the features, in file order
 * @since 0.1
 */
public record CasePackage(Path source, PlanHeader header, List<PlanFeature> features) {

    /** Freezes the list. */
    public CasePackage {
        features = List.copyOf(features);
    }

    /** The package id. */
    public String id() {
        return header.packageId();
    }

    /** The package loaded for validation. */
    public LoadedPlan load(CrsService crs) {
        return LoadedPlan.of(source, header, features, crs);
    }
}
