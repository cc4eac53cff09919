package org.planex.codes.check;

import java.util.Objects;

/**
 * One problem with one code.
 *
 * @param rule which check found it
 * @param severity how bad it is (the rule's default)
 * @param system the code system id
 * @param code the code as found in the data
 * @param message what is wrong and what to do, one sentence
 */
public record CodeFinding(CodeRule rule, FindingSeverity severity, String system, String code, String message) {

    /** Checks the fields. */
    public CodeFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A finding with the rule's default severity. */
    static CodeFinding of(CodeRule rule, String system, String code, String message) {
        return new CodeFinding(rule, rule.severity(), system, code, message);
    }

    /** The rule's stable id, e.g. {@code CODE.UNKNOWN}. */
    public String ruleId() {
        return rule.id();
    }
}
