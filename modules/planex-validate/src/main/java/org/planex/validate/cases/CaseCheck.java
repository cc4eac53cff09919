package org.planex.validate.cases;

import java.net.URI;
import org.planex.spi.PlanexException;

/**
 * One runnable entry of a case suite: a case of a file, or a file that was refused. A test framework runs
 * {@link #run()} as one test named {@link #name()}; a refused file fails with the refusal, so one bad file
 * does not hide the others.
 *
 * <p><b>Thread safety:</b> immutable; {@link #run()} runs the validator anew each call.
 *
 * @since 0.1
 */
public final class CaseCheck {

    private final String name;
    private final URI source;
    private final RuleCaseRunner runner;
    private final RuleCase ruleCase;
    private final PlanexException refusal;

    private CaseCheck(String name, URI source, RuleCaseRunner runner, RuleCase ruleCase, PlanexException refusal) {
        this.name = name;
        this.source = source;
        this.runner = runner;
        this.ruleCase = ruleCase;
        this.refusal = refusal;
    }

    static CaseCheck of(CaseSource source, RuleCaseRunner runner, RuleCase ruleCase) {
        return new CaseCheck(ruleCase.displayName(), source.uri(), runner, ruleCase, null);
    }

    static CaseCheck refused(CaseSource source, PlanexException refusal) {
        return new CaseCheck(source.name().toString(), source.uri(), null, null, refusal);
    }

    /** {@code file › case}, or the file name for a refused file. */
    public String name() {
        return name;
    }

    /** The case file. */
    public URI source() {
        return source;
    }

    /**
     * Runs the case.
     *
     * @throws AssertionError naming the file and each mismatch, or the location and reason of a refused file
     */
    public void run() {
        if (refusal != null) {
            throw new AssertionError(refusal.getLocation() + ": " + refusal.getReason(), refusal);
        }
        runner.run(ruleCase).check();
    }
}
