package org.planex.validate.examples;

import java.util.List;

/**
 * A defect injected on purpose into an example: the issue id, the feature ids (empty for border pieces) and
 * the measure it was built with.
 */
record ExpectedIssue(String rule, List<String> features, String measure, double value) {
}
