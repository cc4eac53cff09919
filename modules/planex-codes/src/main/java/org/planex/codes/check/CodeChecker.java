package org.planex.codes.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planex.codes.CategoryMapper;
import org.planex.codes.CategoryMapping;
import org.planex.codes.CodeRegistry;
import org.planex.model.PlanType;
import org.planex.rule.Issue;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CodeEntry;
import org.planex.spi.codes.CodeSystem;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.CrosswalkResult;

/**
 * Checks one code of a plan against the plan's code system.
 *
 * <ul>
 * <li>{@code CODE.UNKNOWN} (error): the normalised code is not in the system, nor in an edition it supersedes.</li>
 * <li>{@code CODE.DEPRECATED} (warning): the system is a superseded edition, or the code is found only in an
 *     edition the system supersedes (a 2020 code in a 2023 plan); the message gives the current code.</li>
 * <li>{@code CODE.UNMAPPED} (warning): no harmonised category, so the cross-border checks cannot use it.</li>
 * <li>{@code CODE.LEVEL} (error), only when the plan type is given: a {@link PlanType#MASTER master plan}
 *     uses codes of levels 1 and 2 (总体规划 works with 一级类, refined to 二级类 where needed); a
 *     {@link PlanType#DETAILED detailed plan} uses the finest level of each branch, i.e. codes without
 *     children (070102, not 0701; 16 留白用地, which has no children, is fine); special-purpose and zoning
 *     plans may use any level.</li>
 * </ul>
 *
 * <p><b>Thread safety:</b> immutable; safe for use from many threads.
 */
public final class CodeChecker {

    private final CodeRegistry registry;
    private final CategoryMapper mapper;

    /** Creates a checker over the systems and crosswalks of {@code registry}. */
    public CodeChecker(CodeRegistry registry) {
        this.registry = registry;
        this.mapper = new CategoryMapper(registry);
    }

    /**
     * Checks {@code rawCode} without a level rule.
     *
     * @throws PlanexException (usage) if the system is unknown
     */
    public List<Issue> check(String systemId, String rawCode) throws PlanexException {
        return check(systemId, rawCode, Optional.empty());
    }

    /**
     * Checks {@code rawCode} of a plan of {@code planType}.
     *
     * @param planType the plan type, for {@code CODE.LEVEL}; empty to skip that check
     * @return the findings, empty if the code is fine
     * @throws PlanexException (usage) if the system is unknown
     */
    public List<Issue> check(String systemId, String rawCode, Optional<PlanType> planType)
            throws PlanexException {
        CodeSystem system = registry.requireSystem(systemId);
        String code = system.normalise(rawCode);
        List<Issue> findings = new ArrayList<>();
        Optional<CodeEntry> entry = code.isEmpty() ? Optional.empty() : system.lookup(code);
        if (entry.isEmpty()) {
            findings.add(unknownOrOlder(system, rawCode, code));
            return findings;
        }
        if (system.deprecated()) {
            findings.add(finding(CodeRule.DEPRECATED, systemId + " is superseded by "
                    + system.successor().orElseThrow() + "; recode " + code + " as "
                    + successorCode(system.id(), system.successor().orElseThrow(), code)));
        }
        CategoryMapping mapping = mapper.map(systemId, code);
        if (!mapping.isMapped()) {
            findings.add(finding(CodeRule.UNMAPPED, code + " (" + entry.get().name()
                    + ") has no harmonised category (" + mapping.note() + "), so cross-border compatibility is not"
                    + " checked for it; recode it or add a row to the crosswalk"));
        }
        planType.flatMap(t -> levelProblem(system, entry.get(), t))
                .ifPresent(m -> findings.add(finding(CodeRule.LEVEL, m)));
        return findings;
    }

    private Issue unknownOrOlder(CodeSystem system, String rawCode, String code) {
        if (!code.isEmpty()) {
            for (CodeSystem older : registry.predecessors(system.id())) {
                Optional<CodeEntry> old = older.lookup(older.normalise(rawCode));
                if (old.isPresent()) {
                    return finding(CodeRule.DEPRECATED, code + " (" + old.get().name()
                            + ") is a code of the superseded edition " + older.id() + "; recode it as "
                            + successorCode(older.id(), system.id(), old.get().code()));
                }
            }
        }
        String shown = rawCode.isBlank() ? "an empty code" : "'" + rawCode + "'";
        return finding(CodeRule.UNKNOWN, shown + " is not a code of " + system.id()
                + "; check the spelling, the column and the declared classification (planex codes show "
                + system.id() + " CODE lists the valid codes near it)");
    }

    private String successorCode(String from, String to, String code) {
        Optional<Crosswalk> crosswalk = registry.crosswalk(from, to);
        if (crosswalk.isEmpty()) {
            return "a code of " + to + " (there is no crosswalk to suggest one)";
        }
        CrosswalkResult result = crosswalk.get().map(code);
        if (!result.isMapped()) {
            return "a code of " + to + " (" + result.note() + ")";
        }
        String targets = String.join(" or ", result.targets()) + " of " + to;
        return result.note().isEmpty() ? targets : targets + " (" + result.note() + ")";
    }

    private static Optional<String> levelProblem(CodeSystem system, CodeEntry entry, PlanType type) {
        return switch (type) {
            case MASTER -> entry.level() <= 2 ? Optional.empty() : Optional.of(entry.code() + " is a level-"
                    + entry.level() + " code; a master plan uses levels 1 and 2, so use its parent "
                    + entry.parent());
            case DETAILED -> {
                List<CodeEntry> children = system.children(entry.code());
                yield children.isEmpty() ? Optional.empty() : Optional.of(entry.code() + " (" + entry.name()
                        + ") has finer codes; a detailed plan uses the finest level, one of "
                        + String.join(", ", children.stream().map(CodeEntry::code).toList()));
            }
            case SPECIAL, ZONING -> Optional.empty();
        };
    }

    /** A finding of a check, with the check's id and default severity; validation adds where it is. */
    private static Issue finding(CodeRule rule, String message) {
        return Issue.builder(rule.id(), rule.severity()).message(message).build();
    }
}
