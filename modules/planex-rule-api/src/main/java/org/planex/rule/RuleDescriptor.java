package org.planex.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: its stable id, scope, default severity, the issue ids it may emit and its parameters.
 *
 * <p>A rule usually emits issues under its own id. A rule that wraps a family of checks (the CRS and code
 * checks) emits several ids, listed in {@code emits}; its own id then names the family ({@code CRS.DECLARED}).
 * Rule selection ({@code --rules}, {@code --skip}) matches the emitted ids.
 *
 * @param id the stable id, upper-case words joined by dots, e.g. {@code BORDER.GAP}
 * @param scope what the rule looks at
 * @param defaultSeverity the severity of its issues unless a profile overrides it
 * @param description one sentence for {@code --help} and the documentation
 * @param emits the issue ids it may report (at least one)
 * @param parameters its parameters with their defaults
 * @since 0.1
 */
public record RuleDescriptor(String id, RuleScope scope, Severity defaultSeverity, String description,
        List<String> emits, List<RuleParameter> parameters) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)+");

    /** Checks the parts. */
    public RuleDescriptor {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' must be upper-case words joined by dots,"
                    + " e.g. BORDER.GAP");
        }
        Objects.requireNonNull(scope, "scope of " + id);
        Objects.requireNonNull(defaultSeverity, "default severity of " + id);
        Objects.requireNonNull(description, "description of " + id);
        emits = List.copyOf(emits == null || emits.isEmpty() ? List.of(id) : emits);
        for (String e : emits) {
            if (!ID.matcher(e).matches()) {
                throw new IllegalArgumentException("rule " + id + " emits a malformed issue id '" + e + "'");
            }
        }
        parameters = List.copyOf(parameters == null ? List.of() : parameters);
    }

    /** A descriptor for a rule that emits issues under its own id only. */
    public static RuleDescriptor of(String id, RuleScope scope, Severity severity, String description,
            RuleParameter... parameters) {
        return new RuleDescriptor(id, scope, severity, description, List.of(id), List.of(parameters));
    }
}
