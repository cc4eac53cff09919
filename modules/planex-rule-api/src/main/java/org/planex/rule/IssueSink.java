package org.planex.rule;

/**
 * Where a rule reports its issues.
 *
 * <p><b>Thread safety:</b> the engine gives each rule call its own sink or a thread-safe one.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IssueSink {

    /** Reports an issue. */
    void report(Issue issue);
}
