package org.planex.validate.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.planex.rule.Issue;
import org.planex.validate.BorderSummary;
import org.planex.validate.ValidationReport;

/**
 * Compares a report with a case's expectations. Expected and actual issues are paired as a maximum matching
 * (an expectation takes an issue only if every given field agrees, and no issue serves two expectations), so
 * the order of issues does not matter. What stays unpaired is a mismatch: an expected issue is reported with the
 * nearest unpaired actual issue of its id and how that one differs; any other unpaired actual issue is an extra
 * when the case is strict.
 * Borders, when the case gives them, are paired the same way.
 */
final class CaseComparison {

    private CaseComparison() {
    }

    /** The mismatches between a report and a case. */
    static List<String> compare(RuleCase c, ValidationReport report) {
        List<String> out = new ArrayList<>();
        pair(c.expected(), report.issues(), ExpectedIssue::differences, CaseText::issue, c.strict(), "issue", out);
        if (c.borders() != null) {
            pair(c.borders(), report.borders(), ExpectedBorder::differences, CaseComparison::border, true, "border",
                    out);
        }
        return out;
    }

    private static <E, A> void pair(List<E> expected, List<A> actual, BiFunction<E, A, List<String>> diff,
            Function<A, String> text, boolean strict, String what, List<String> out) {
        boolean[][] fits = new boolean[expected.size()][actual.size()];
        for (int e = 0; e < expected.size(); e++) {
            for (int a = 0; a < actual.size(); a++) {
                fits[e][a] = diff.apply(expected.get(e), actual.get(a)).isEmpty();
            }
        }
        int[] owner = new int[actual.size()];
        Arrays.fill(owner, -1);
        boolean[] matched = new boolean[expected.size()];
        for (int e = 0; e < expected.size(); e++) {
            matched[e] = augment(e, fits, owner, new boolean[actual.size()]);
        }
        List<Integer> free = new ArrayList<>();
        for (int a = 0; a < actual.size(); a++) {
            if (owner[a] < 0) {
                free.add(a);
            }
        }
        List<Integer> named = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (matched[e]) {
                continue;
            }
            E want = expected.get(e);
            String head = "missing " + what + ": " + want;
            Optional<Integer> nearest = free.stream().filter(a -> !named.contains(a)
                    && !otherId(diff.apply(want, actual.get(a))))
                    .min(Comparator.comparingInt(a -> diff.apply(want, actual.get(a)).size()));
            nearest.ifPresent(named::add);
            out.add(nearest.map(a -> head + "\nnearest actual: " + text.apply(actual.get(a)) + "\n  "
                    + String.join("\n  ", diff.apply(want, actual.get(a))))
                    .orElse(head + "\n(no unpaired " + what + " of this id was reported)"));
        }
        if (strict) {
            free.stream().filter(a -> !named.contains(a)).forEach(a -> out.add("extra " + what + ": "
                    + text.apply(actual.get(a))));
        }
    }

    private static boolean augment(int e, boolean[][] fits, int[] owner, boolean[] seen) {
        for (int a = 0; a < owner.length; a++) {
            if (fits[e][a] && !seen[a]) {
                seen[a] = true;
                if (owner[a] < 0 || augment(owner[a], fits, owner, seen)) {
                    owner[a] = e;
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the differences say the id (or the pair of packages) is another one. */
    private static boolean otherId(List<String> differences) {
        return differences.size() == 1 && (differences.get(0).startsWith("the id is ")
                || differences.get(0).startsWith("the border is between "));
    }

    private static String border(BorderSummary b) {
        return "border " + b.label() + " length_m=" + CaseText.number(b.lengthM()) + " offset_m="
                + CaseText.number(b.offsetM());
    }
}
