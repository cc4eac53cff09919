package org.planex.validate;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.planex.rule.Issue;

/**
 * One adjacent pair checked alone ({@link Validator#checkPair}), for an engine that distributes the pairs.
 *
 * @param pairIssues the issues of the pair rules
 * @param regionIssues the issues of the region rules over a region of this pair alone (a region rule sees one pair
 *        at a time: exact for rules that look at each pair on its own, as the built-in ones do)
 * @param border the summary of the pair's border
 * @since 0.1
 */
public record PairCheck(List<Issue> pairIssues, List<Issue> regionIssues, BorderSummary border)
        implements Serializable {

    /** Copies the lists. */
    public PairCheck {
        pairIssues = List.copyOf(pairIssues);
        regionIssues = List.copyOf(regionIssues);
        Objects.requireNonNull(border, "border");
    }
}
