package org.planex.model;

import java.io.Serializable;

/**
 * The zoning code system the zones of a plan are coded in.
 *
 * @param system the code system id, e.g. {@code cn-ydyh-2023} or {@code hk-ozp}
 * @param version the edition, e.g. {@code 2023}, or {@code null}
 * @since 0.1
 */
public record Classification(String system, String version) implements Serializable {
    /** Checks the fields. */
    public Classification {
        Checks.nonBlank(system, "classification system");
    }
}
