package org.planex.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.planex.rule.RuleDescriptor;

/**
 * Which issue ids a run reports: {@code --rules} globs (all when none are given) minus {@code --skip} globs.
 * A glob is an id with {@code *} for any characters: {@code BORDER.*}, {@code *.SLIVER}, {@code GEOM.INVALID}.
 * Matching ignores case.
 *
 * @since 0.1
 */
public final class RuleSelection {

    /** Every rule. */
    public static final RuleSelection ALL = new RuleSelection(List.of(), List.of());

    private final List<String> include;
    private final List<String> skip;
    private final List<Pattern> includePatterns;
    private final List<Pattern> skipPatterns;

    private RuleSelection(List<String> include, List<String> skip) {
        this.include = List.copyOf(include);
        this.skip = List.copyOf(skip);
        this.includePatterns = include.stream().map(RuleSelection::glob).toList();
        this.skipPatterns = skip.stream().map(RuleSelection::glob).toList();
    }

    /**
     * A selection from comma-separated glob lists; {@code null} or blank means none.
     *
     * @throws IllegalArgumentException for a glob with characters other than letters, digits, _, . and *
     */
    public static RuleSelection of(String rules, String skip) {
        return new RuleSelection(split(rules), split(skip));
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (String s : list.split(",")) {
                String t = s.strip().toUpperCase(Locale.ROOT);
                if (t.isEmpty()) {
                    continue;
                }
                if (!t.matches("[A-Z0-9_.*]+")) {
                    throw new IllegalArgumentException("'" + s.strip() + "' is not a rule id or glob (e.g. BORDER.* or"
                            + " GEOM.INVALID)");
                }
                out.add(t);
            }
        }
        return out;
    }

    static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) {
            re.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** Whether issues of this id are reported. */
    public boolean selects(String issueId) {
        boolean in = includePatterns.isEmpty() || includePatterns.stream().anyMatch(p -> p.matcher(issueId).matches());
        return in && skipPatterns.stream().noneMatch(p -> p.matcher(issueId).matches());
    }

    /** Whether a rule runs: some id it emits is selected. */
    public boolean runs(RuleDescriptor rule) {
        return rule.emits().stream().anyMatch(this::selects);
    }

    /** The {@code --rules} globs. */
    public List<String> include() {
        return include;
    }

    /** The {@code --skip} globs. */
    public List<String> skip() {
        return skip;
    }
}
