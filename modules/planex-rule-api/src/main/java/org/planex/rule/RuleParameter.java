package org.planex.rule;

import java.util.Objects;

/**
 * A numeric parameter of a rule, with its default. Values are set per run with
 * {@code RULE_ID.name=value} lines in a profile file.
 *
 * @param name the parameter name, e.g. {@code min-length}
 * @param defaultValue the value when none is given
 * @param unit the unit, e.g. {@code m}, {@code m2} or an empty string
 * @param description one sentence for the documentation
 * @since 0.1
 */
public record RuleParameter(String name, double defaultValue, String unit, String description) {

    /** Checks the parts. */
    public RuleParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
    }
}
