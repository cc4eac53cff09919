package org.planex.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What plan a package holds.
 *
 * @param id the plan identifier given by the authority, non-blank
 * @param title the plan title, non-blank
 * @param type the kind of plan
 * @param status the legal status
 * @param authority the approving or preparing authority, or {@code null}
 * @param approvalDate the date of approval, or {@code null}
 * @param approvalReference the approval document number, or {@code null}
 * @param validFrom the first day of validity, or {@code null}
 * @param validTo the last day of validity, or {@code null} (open-ended)
 * @since 0.1
 */
public record PlanInfo(String id, String title, PlanType type, PlanStatus status, String authority,
        LocalDate approvalDate, String approvalReference, LocalDate validFrom, LocalDate validTo) implements Serializable {

    /** Checks the fields. */
    public PlanInfo {
        Checks.nonBlank(id, "plan id");
        Checks.nonBlank(title, "plan title");
        Objects.requireNonNull(type, "plan type");
        Objects.requireNonNull(status, "plan status");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("plan " + id + ": validity ends (" + validTo + ") before it starts ("
                    + validFrom + ")");
        }
    }
}
