package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.container.PackageLimits;
import org.planex.core.container.PackageSource;
import org.planex.core.input.InputOptions;
import org.planex.core.registry.FormatRegistry;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.ValidationContext;
import org.planex.validate.rules.CrossBorderPlans;

/**
 * The engine's three parts on their own (loading, rule running, report assembly), and the facade: one read of
 * plan.xml per package, the same report from several threads at once.
 */
class EnginePartsTest {

    private static final ValidationContext CONTEXT = ValidationContext.defaults();

    @TempDir
    Path tmp;

    @Test
    void planXmlIsOpenedOncePerValidationOfAPackage() throws Exception {
        Path west = CrossBorderPlans.west().write(tmp.resolve("west"), true);
        Files.writeString(west.resolve("attachments/note.txt"), "edited");
        Path xml = west.resolve("plan.xml");
        Files.writeString(xml, Files.readString(xml).replaceFirst("<px:zone ", "<px:zone foo=\"1\" "));
        Map<String, AtomicInteger> opens = new ConcurrentHashMap<>();
        Validator v = Validator.builder(RuleCatalog.load(), FormatRegistry.load()).context(CONTEXT)
                .containers(path -> counting(PackageSource.open(path, PackageLimits.DEFAULT), opens)).build();
        ValidationReport r = v.validate(List.of(west));
        assertThat(opens.get("plan.xml")).hasValue(1);
        assertThat(opens.get("attachments/note.txt")).hasValue(1);
        assertThat(r.countByRule()).containsEntry("SCHEMA.XSD", 1L).containsEntry("PKG.CHECKSUM", 1L);
        assertThat(r.packages()).extracting(PackageSummary::loaded).containsExactly(true);
        assertThat(r.packages().get(0).features()).isEqualTo(CrossBorderPlans.west().load().features().size());
    }

    @Test
    void theLoaderReportsAnUnreadableInputAndLoadsNothing() {
        PlanLoader loader = new PlanLoader(formats(), CONTEXT, runner("PKG.*", SeverityProfile.NONE),
                PlanLoader.Containers.DEFAULT);
        PlanLoader.Loaded loaded = loader.load(tmp.resolve("missing"), InputOptions.DEFAULT);
        assertThat(loaded.plan()).isNull();
        assertThat(loaded.issues()).extracting(Issue::ruleId).containsExactly(Validator.UNREADABLE);
        assertThat(loaded.issues().get(0).message()).endsWith("the package was not checked further");
    }

    @Test
    void theLoaderChecksTheSchemaOnlyWhenTheSchemaRuleRuns() throws Exception {
        Path west = CrossBorderPlans.west().write(tmp.resolve("west"), false);
        Path xml = west.resolve("plan.xml");
        Files.writeString(xml, Files.readString(xml).replaceFirst("<px:zone ", "<px:zone foo=\"1\" "));
        PlanLoader.Loaded withSchema = new PlanLoader(formats(), CONTEXT, runner("SCHEMA.*",
                SeverityProfile.NONE), PlanLoader.Containers.DEFAULT).load(west, InputOptions.DEFAULT);
        assertThat(withSchema.issues()).extracting(Issue::ruleId).containsExactly("SCHEMA.XSD");
        assertThat(withSchema.issues().get(0).location().line()).isGreaterThan(1);
        PlanLoader.Loaded without = new PlanLoader(formats(), CONTEXT, runner("PKG.*", SeverityProfile.NONE),
                PlanLoader.Containers.DEFAULT).load(west, InputOptions.DEFAULT);
        assertThat(without.issues()).isEmpty();
        assertThat(without.plan().features()).hasSameSizeAs(withSchema.plan().features());
    }

    @Test
    void theRunnerKeepsSelectedIssuesAppliesTheProfileAndTurnsAFailingRuleIntoAnIssue() {
        Rule failing = new TestRule("TEST.FAILS", (plan, sink) -> {
            throw new IllegalStateException("boom");
        });
        Rule reporting = new TestRule("TEST.REPORTS", (plan, sink) -> {
            sink.report(Issue.builder("TEST.REPORTS", Severity.ERROR).message("one").build());
            sink.report(Issue.builder("TEST.OTHER", Severity.ERROR).message("not selected").build());
        });
        RuleRunner runner = new RuleRunner(RuleCatalog.of(List.of(failing, reporting)), CONTEXT,
                RuleSelection.of("TEST.FAILS,TEST.REPORTS", null),
                SeverityProfile.of(Map.of("TEST.REPORTS", Severity.INFO), Map.of()), new OrderedTasks(1));
        RuleRunner.Results results = runner.check(Runs.load(CrossBorderPlans.west()));
        assertThat(runner.ran()).containsExactly("TEST.FAILS", "TEST.REPORTS");
        assertThat(results.pairs()).isEmpty();
        assertThat(results.issues()).extracting(Issue::ruleId).containsExactly("TEST.FAILS", "TEST.REPORTS");
        assertThat(results.issues().get(0).message()).contains("could not be checked: IllegalStateException: boom");
        assertThat(results.issues().get(1).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void theRunnerChecksEachAdjacentPairOnce() {
        RuleRunner.Results results = runner("XB.*,BORDER.*", SeverityProfile.NONE)
                .check(Runs.load(CrossBorderPlans.west(), CrossBorderPlans.east()));
        assertThat(results.pairs()).hasSize(1);
        assertThat(results.issues()).containsAll(results.pairs().get(0).issues());
        assertThat(results.pairs().get(0).issues()).extracting(Issue::ruleId).contains("XB.ZONE_CONFLICT");
    }

    @Test
    void theAssemblerPutsLoadIssuesFirstAndSummarisesEachBorderAndInput() {
        RuleRunner runner = runner("XB.*", SeverityProfile.NONE);
        List<LoadedPlan> plans = Runs.load(CrossBorderPlans.west(), CrossBorderPlans.east());
        RuleRunner.Results results = runner.check(plans);
        ReportAssembler assembler = new ReportAssembler(CONTEXT, true);
        Issue load = Issue.builder(Validator.UNREADABLE, Severity.ERROR).message("x").at(Location.of(Path.of("gone")))
                .build();
        ValidationReport r = assembler.report(runner.ran(), List.of(assembler.unloaded(Path.of("gone"))), List.of(load),
                plans, List.of(), results);
        assertThat(r.issues()).first().isEqualTo(load);
        assertThat(r.issues()).hasSize(results.issues().size() + 1);
        assertThat(r.packages()).singleElement().satisfies(p -> {
            assertThat(p.loaded()).isFalse();
            assertThat(p.packageId()).isEqualTo("gone");
        });
        assertThat(r.borders()).singleElement().satisfies(b -> assertThat(b.issues().values().stream()
                .mapToInt(Integer::intValue).sum()).isEqualTo(results.pairs().get(0).issues().size()));
    }

    @Test
    void oneValidatorGivesTheSameReportToSeveralThreadsAtOnce() throws Exception {
        Path west = CrossBorderPlans.west().write(tmp.resolve("west"), true);
        Path east = CrossBorderPlans.east().write(tmp.resolve("east"), false);
        Validator v = Runs.validator(null, null);
        List<Issue> expected = v.validate(List.of(west, east)).issues();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> runs = pool.invokeAll(java.util.Collections.nCopies(4,
                    () -> v.validate(List.of(west, east))));
            for (Future<ValidationReport> run : runs) {
                assertThat(run.get().issues()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).isNotEmpty();
    }

    private static RuleRunner runner(String rules, SeverityProfile profile) {
        return new RuleRunner(RuleCatalog.load(), CONTEXT, RuleSelection.of(rules, null), profile, new OrderedTasks(1));
    }

    private static FormatRegistry formats() {
        try {
            return FormatRegistry.load();
        } catch (PlanexException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A package source that counts the opens of each entry. */
    private static PackageSource counting(PackageSource source, Map<String, AtomicInteger> opens) {
        return (PackageSource) Proxy.newProxyInstance(PackageSource.class.getClassLoader(),
                new Class<?>[] {PackageSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("open")) {
                        opens.computeIfAbsent((String) args[0], e -> new AtomicInteger()).incrementAndGet();
                    }
                    try {
                        return method.invoke(source, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private interface PlanCheck {
        void check(PlanView plan, IssueSink sink) throws PlanexException;
    }

    /** A plan rule made of a lambda. */
    private record TestRule(String id, PlanCheck check) implements Rule {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of(id, RuleScope.PLAN, Severity.ERROR, "a test rule");
        }

        @Override
        public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) throws PlanexException {
            check.check(plan, sink);
        }
    }
}
