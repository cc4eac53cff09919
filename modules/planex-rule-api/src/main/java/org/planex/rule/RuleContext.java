package org.planex.rule;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.CrsRef;
import org.planex.model.PlanType;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * Everything a rule is given besides its input: the {@link Tolerances}, the rule parameters of the run, the code
 * systems and compatibility matrix of the run, and a CRS lookup for markers.
 *
 * <p><b>Thread safety:</b> implementations are thread-safe and cache their lookups.
 *
 * @since 0.1
 */
public interface RuleContext {

    /** The tolerance model of the run. */
    Tolerances tolerances();

    /**
     * The value of a parameter the rule declares: set for the run ({@code RULE_ID.name=value} in a profile), else
     * its default.
     *
     * @throws IllegalArgumentException if the descriptor declares no such parameter
     */
    double parameter(RuleDescriptor rule, String name);

    /** The ids of the code systems known to the run (bundled and plugged in). */
    List<String> codeSystems();

    /**
     * The harmonised categories of a code; empty when the system is unknown or the code is unmapped (the code
     * rules report those).
     */
    List<HarmonisedCategory> categories(String system, String code);

    /**
     * The problems of one code of a known system ({@code CODE.UNKNOWN}, {@code CODE.DEPRECATED},
     * {@code CODE.UNMAPPED}, {@code CODE.LEVEL}), as issues without package, feature or location.
     *
     * @param planType the plan type, for the level check; empty for none
     * @throws PlanexException if the system is unknown
     */
    List<Issue> codeIssues(String system, String code, Optional<PlanType> planType) throws PlanexException;

    /** How two categories may face each other. */
    Compatibility compatibility(HarmonisedCategory a, HarmonisedCategory b);

    /**
     * The worst verdict over every pair of categories of two features.
     *
     * @throws IllegalArgumentException if either list is empty
     */
    Compatibility compatibility(List<HarmonisedCategory> a, List<HarmonisedCategory> b);

    /**
     * A geometry in the given CRS (e.g. a feature's own coordinates, for a package with no metric view) in
     * EPSG:4326 longitude/latitude, or {@code null} if it cannot be transformed.
     */
    Geometry toLonLat(CrsRef crs, Geometry geometry);
}
