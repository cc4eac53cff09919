package org.planex.validate.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.planex.rule.Tolerances;

/**
 * One case of a case file: the packages of the file, the rules to run with their tolerances and parameters,
 * and the issues (and, when given, the shared borders) they must report.
 *
 * @param file the case file, as it is named in messages
 * @param name the case's name, unique in its file
 * @param description what the case shows (may be empty)
 * @param rules the issue ids or globs run and reported ({@code BORDER.*})
 * @param tolerances the tolerances of the run
 * @param parameters rule parameters by {@code RULE_ID.name}
 * @param packages the packages
 * @param expected the issues expected
 * @param borders the shared borders expected, or {@code null} when the case does not check them
 * @param strict whether issues no expectation matches fail the case
 * @since 0.1
 */
public record RuleCase(Path file, String name, String description, List<String> rules, Tolerances tolerances,
        Map<String, Double> parameters, List<CasePackage> packages, List<ExpectedIssue> expected,
        List<ExpectedBorder> borders, boolean strict) {

    /** Freezes the collections. */
    public RuleCase {
        rules = List.copyOf(rules);
        parameters = Map.copyOf(parameters);
        packages = List.copyOf(packages);
        expected = List.copyOf(expected);
        borders = borders == null ? null : List.copyOf(borders);
    }

    /** {@code file › name}, the name of the case in test reports and messages. */
    public String displayName() {
        return file + " › " + name;
    }
}
