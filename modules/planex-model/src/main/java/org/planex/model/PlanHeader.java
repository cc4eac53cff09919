package org.planex.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything about a plan package that is not a feature: identity, jurisdiction, plan, CRS, code system,
 * neighbours, boundary and attachments.
 *
 * @param packageId the package identifier, non-blank
 * @param schemaVersion the version of the exchange schema, e.g. {@code 1.0}
 * @param producer the software or agency that produced the package, or {@code null}
 * @param jurisdiction the territory
 * @param plan the plan
 * @param crs the CRS of every geometry in the package
 * @param classification the zoning code system
 * @param neighbours declared adjacent jurisdictions (may be empty)
 * @param boundary the plan area, polygonal, or {@code null} when not known
 * @param attachments files shipped with the package (may be empty)
 * @since 0.1
 */
public record PlanHeader(String packageId, String schemaVersion, String producer, Jurisdiction jurisdiction,
        PlanInfo plan, CrsRef crs, Classification classification, List<Neighbour> neighbours,
        Geometry boundary, List<Attachment> attachments) implements Serializable {

    /** The schema version this model implements. */
    public static final String CURRENT_SCHEMA_VERSION = "1.0";

    /** Checks the fields and freezes the lists. */
    public PlanHeader {
        Checks.nonBlank(packageId, "package id");
        Checks.nonBlank(schemaVersion, "schema version");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(classification, "classification");
        neighbours = List.copyOf(neighbours == null ? List.of() : neighbours);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        Checks.polygonal("boundary of " + packageId, boundary);
    }

    /** A copy with another CRS and boundary (used after reprojection). */
    public PlanHeader withCrs(CrsRef newCrs, Geometry newBoundary) {
        return new PlanHeader(packageId, schemaVersion, producer, jurisdiction, plan, newCrs, classification,
                neighbours, newBoundary, attachments);
    }

    /** A copy with another list of attachments. */
    public PlanHeader withAttachments(List<Attachment> newAttachments) {
        return new PlanHeader(packageId, schemaVersion, producer, jurisdiction, plan, crs, classification,
                neighbours, boundary, newAttachments);
    }
}
