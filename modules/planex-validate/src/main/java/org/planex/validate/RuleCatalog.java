package org.planex.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.planex.rule.Rule;

/**
 * The rules found with {@link ServiceLoader} ({@code META-INF/services/org.planex.rule.Rule}), in the
 * order of their scope and id. Built-in rules and plugin rules are found alike; two rules with one id are
 * refused.
 *
 * <p><b>Thread safety:</b> immutable.
 *
 * @since 0.1
 */
public final class RuleCatalog {

    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules on the class path of this class's loader. */
    public static RuleCatalog load() {
        return load(RuleCatalog.class.getClassLoader());
    }

    /** The rules visible to a class loader. */
    public static RuleCatalog load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        for (Rule r : ServiceLoader.load(Rule.class, loader)) {
            found.add(r);
        }
        return of(found);
    }

    /**
     * A catalog of the given rules.
     *
     * @throws IllegalStateException if two rules share an id
     */
    public static RuleCatalog of(List<? extends Rule> rules) {
        Map<String, Rule> byId = new HashMap<>();
        for (Rule r : rules) {
            Rule before = byId.put(r.descriptor().id(), r);
            if (before != null) {
                throw new IllegalStateException("two rules have the id " + r.descriptor().id() + ": "
                        + before.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing((Rule r) -> r.descriptor().scope()).thenComparing(r -> r.descriptor().id()));
        return new RuleCatalog(sorted);
    }

    /** All rules. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule of an id. */
    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.descriptor().id().equals(id)).findFirst();
    }

    /** Every issue id some rule may emit, sorted. */
    public List<String> issueIds() {
        return rules.stream().flatMap(r -> r.descriptor().emits().stream()).distinct().sorted().toList();
    }
}
