package org.planex.validate.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.planex.rule.Issue;
import org.planex.validate.BorderSummary;
import org.planex.validate.ValidationReport;

/**
 * Compares a report with a case's expectations. Expected and actual issues are paired as a maximum matching
 * (an expectation takes an issue only if every given field agrees, and no issue serves two expectations), so
 * the order of issues does not matter. What stays unpaired is a mismatch: an expected issue is reported with the
 * nearest actual issue of its id and how that one differs; an actual issue is an extra when the case is strict.
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
        for (int e = 0; e < expected.size(); e++) {
            if (!matched[e]) {
                out.add(missing(expected.get(e), free.stream().map(actual::get).toList(), diff, text, what));
            }
        }
        if (strict) {
            free.forEach(a -> out.add("extra " + what + ": " + text.apply(actual.get(a))));
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

    private static <E, A> String missing(E expected, List<A> free, BiFunction<E, A, List<String>> diff,
            Function<A, String> text, String what) {
        String head = "missing " + what + ": " + expected;
        return free.stream().filter(a -> !otherId(diff.apply(expected, a)))
                .min(Comparator.comparingInt(a -> diff.apply(expected, a).size()))
                .map(a -> head + "\nnearest actual: " + text.apply(a) + "\n  " + String.join("\n  ",
                        diff.apply(expected, a)))
                .orElse(head + "\n(no unpaired " + what + " of this id was reported)");
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
