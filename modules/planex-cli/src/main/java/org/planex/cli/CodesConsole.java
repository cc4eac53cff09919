package org.planex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.planex.codes.CategoryMapper;
import org.planex.codes.CategoryMapping;
import org.planex.codes.CodeRegistry;
import org.planex.codes.check.CodeChecker;
import org.planex.codes.data.CsvHeader;
import org.planex.codes.data.CsvRecordReader;
import org.planex.codes.data.CsvRow;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.codes.matrix.Verdict;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.spi.ErrorKind;
import org.planex.spi.ExitCode;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CodeEntry;
import org.planex.spi.codes.CodeSystem;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.CrosswalkResult;
import org.planex.spi.codes.HarmonisedCategory;
import org.planex.spi.codes.MappingFlag;

/**
 * The console of {@code planex codes}: each method runs one sub-command, writes its answer to {@code out} and
 * problems to {@code err}, and returns the process exit code ({@link ExitCode}): {@code OK}, {@code USAGE}
 * (unknown system, code or category, no crosswalk), {@code INVALID_DATA} (check found errors, an unmapped
 * code, an invalid matrix file) or {@code UNREADABLE_INPUT} (an input file cannot be read).
 * It never throws for the user's mistakes and prints no stack trace.
 *
 * <p>Not thread-safe (it writes to the given writers); create one per command.
 */
final class CodesConsole {

    private static final String HILUCS = "inspire-hilucs";

    private final CodeRegistry registry;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * Creates a console.
     *
     * @param registry the code systems and crosswalks
     * @param out where answers go
     * @param err where problems go
     */
    CodesConsole(CodeRegistry registry, PrintWriter out, PrintWriter err) {
        this.registry = registry;
        this.out = out;
        this.err = err;
    }

    /** {@code planex codes list}: the systems, crosswalks and categories. */
    int list() {
        return run(() -> {
            out.printf("%-18s %-8s %6s  %s%n", "SYSTEM", "VERSION", "CODES", "NAME");
            for (CodeSystem s : registry.systems()) {
                out.printf("%-18s %-8s %6d  %s%s%n", s.id(), s.version(), s.entries().size(), s.name(),
                        s.successor().map(x -> " (superseded by " + x + ")").orElse(""));
            }
            out.println();
            out.println("crosswalks:");
            for (Crosswalk c : registry.crosswalks()) {
                out.println("  " + c.fromSystem() + " -> " + c.toSystem());
            }
            out.println();
            out.println(HarmonisedCategory.SYSTEM_ID + ": " + String.join(", ", tokens()));
            return ExitCode.OK.code();
        });
    }

    /** {@code planex codes show SYSTEM CODE}: name, level, parent, children, category and HILUCS of a code. */
    int show(String systemId, String rawCode) {
        return run(() -> {
            CodeSystem system = registry.requireSystem(systemId);
            CodeEntry entry = requireEntry(system, rawCode);
            row("system", system.id() + " (" + system.version() + ")");
            String raw = rawCode.strip();
            row("code", entry.code() + (entry.code().equals(raw) ? "" : "  (from " + raw + ")"));
            row("name", entry.name());
            entry.names().forEach((tag, name) -> row("name " + tag, name));
            row("level", Integer.toString(entry.level()));
            row("parent", entry.parentCode().map(p -> p + " " + system.lookup(p).map(CodeEntry::name).orElse(""))
                    .orElse("-"));
            List<CodeEntry> children = system.children(entry.code());
            row("children", children.isEmpty() ? "-" : String.join(", ",
                    children.stream().map(c -> c.code() + " " + c.name()).toList()));
            row("domain", entry.domain().name().toLowerCase(Locale.ROOT));
            row("origin", entry.origin().name().toLowerCase(Locale.ROOT));
            if (system.deprecated()) {
                String successor = system.successor().orElseThrow();
                row("status", "superseded by " + successor + registry.crosswalk(system.id(), successor)
                        .map(c -> "; now " + describeTargets(c.map(entry.code()))).orElse(""));
            }
            row("category", describe(registry.crosswalk(system.id(), HarmonisedCategory.SYSTEM_ID), entry.code()));
            if (!system.id().equals(HILUCS)) {
                row("HILUCS", describe(registry.crosswalk(system.id(), HILUCS), entry.code()));
            }
            return ExitCode.OK.code();
        });
    }

    /** {@code planex codes map SYSTEM CODE --to SYSTEM}: the target codes, one per line, then any remarks. */
    int map(String systemId, String rawCode, String toSystem) {
        return run(() -> {
            CodeSystem system = registry.requireSystem(systemId);
            Crosswalk crosswalk = registry.requireCrosswalk(systemId, toSystem);
            CodeEntry entry = requireEntry(system, rawCode);
            CrosswalkResult result = crosswalk.map(entry.code());
            if (!result.isMapped()) {
                out.println("CODE.UNMAPPED " + entry.code() + " of " + systemId + " has no mapping to " + toSystem
                        + ": " + result.note());
                return ExitCode.INVALID_DATA.code();
            }
            Optional<CodeSystem> target = registry.system(toSystem);
            for (String code : result.targets()) {
                String name = target.flatMap(t -> t.lookup(code)).map(CodeEntry::name).orElse("");
                out.println(name.isEmpty() ? code : code + "  " + name);
            }
            if (result.has(MappingFlag.NEEDS_SUBDIVISION)) {
                out.println("# needs subdivision: choose one of the codes above for each feature"
                        + (result.note().isEmpty() ? "" : " (" + result.note() + ")"));
            } else if (result.has(MappingFlag.JUDGEMENT)) {
                out.println("# judgement: " + result.note());
            }
            return ExitCode.OK.code();
        });
    }

    /**
     * {@code planex codes check SYSTEM FILE}: checks every code of a column and prints one line per finding
     * ({@code FILE:LINE: error CODE.UNKNOWN ...}) and a summary. Exit {@link ExitCode#INVALID_DATA} if any
     * finding is an error; warnings alone exit {@link ExitCode#OK}.
     */
    int check(String systemId, Path file, CodesCheckOptions options) {
        return run(() -> {
            registry.requireSystem(systemId);
            CodeChecker checker = new CodeChecker(registry);
            long codes = 0;
            long errors = 0;
            long warnings = 0;
            try (CsvRecordReader reader = CsvRecordReader.open(file, options.encoding())) {
                int column = 0;
                if (options.column().isPresent()) {
                    column = CsvHeader.read(reader).require(options.column().get());
                }
                for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                    CsvRow row = next.get();
                    codes++;
                    for (Issue f : checker.check(systemId, row.field(column), options.planType())) {
                        if (f.severity() == Severity.ERROR) {
                            errors++;
                        } else {
                            warnings++;
                        }
                        out.println(file + ":" + row.line() + ": " + f.severity().name().toLowerCase(Locale.ROOT)
                                + " " + f.ruleId() + " " + f.message());
                    }
                }
            } catch (PlanexException e) {
                throw e;
            } catch (IOException e) {
                throw PlanexException.unreadable(Location.of(file), "cannot read: " + e.getMessage(), e);
            }
            out.println(file + ": " + codes + " codes checked against " + systemId + ", " + errors + " errors, "
                    + warnings + " warnings");
            return (errors > 0 ? ExitCode.INVALID_DATA : ExitCode.OK).code();
        });
    }

    /**
     * {@code planex codes compat A B [--compat FILE]}: the matrix verdict for two sides, each a category
     * token or {@code SYSTEM:CODE}. A code that needs subdivision takes the worst verdict of its categories.
     */
    int compat(String sideA, String sideB, Optional<Path> matrixFile) {
        return run(() -> {
            Side a = side(sideA);
            Side b = side(sideB);
            if (a.categories.isEmpty() || b.categories.isEmpty()) {
                Side unmapped = a.categories.isEmpty() ? a : b;
                out.println("CODE.UNMAPPED " + unmapped.label + " has no harmonised category: " + unmapped.note);
                return ExitCode.INVALID_DATA.code();
            }
            CompatibilityMatrix matrix = matrixFile.isPresent() ? CompatibilityMatrix.read(matrixFile.get())
                    : CompatibilityMatrix.defaults();
            Verdict verdict = matrix.worstVerdict(a.categories, b.categories);
            out.println(verdict + "  " + a.label + " facing " + b.label
                    + (verdict.note().isEmpty() ? "" : "  (" + verdict.note() + ")"));
            out.println("# matrix: " + matrix.source());
            return ExitCode.OK.code();
        });
    }

    private Side side(String text) throws PlanexException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            HarmonisedCategory category = HarmonisedCategory.fromToken(text.strip()).orElseThrow(() -> usage(
                    "'" + text + "' is neither a category (" + String.join(", ", tokens())
                            + ") nor SYSTEM:CODE"));
            return new Side(category.token(), List.of(category), "");
        }
        String systemId = text.substring(0, colon);
        CodeSystem system = registry.requireSystem(systemId);
        CodeEntry entry = requireEntry(system, text.substring(colon + 1));
        CategoryMapping mapping = new CategoryMapper(registry).map(systemId, entry.code());
        String label = systemId + ":" + entry.code() + " ("
                + String.join("|", mapping.categories().stream().map(HarmonisedCategory::token).toList()) + ")";
        return new Side(label, mapping.categories(), mapping.note());
    }

    private CodeEntry requireEntry(CodeSystem system, String rawCode) throws PlanexException {
        Optional<CodeEntry> entry = system.lookup(system.normalise(rawCode));
        if (entry.isPresent()) {
            return entry.get();
        }
        List<Issue> findings = new CodeChecker(registry).check(system.id(), rawCode);
        throw usage(findings.get(0).ruleId() + " " + findings.get(0).message());
    }

    private String describe(Optional<Crosswalk> crosswalk, String code) {
        if (crosswalk.isEmpty()) {
            return "CODE.UNMAPPED (no crosswalk)";
        }
        CrosswalkResult result = crosswalk.get().map(code);
        if (!result.isMapped()) {
            return "CODE.UNMAPPED (" + result.note() + ")";
        }
        return describeTargets(result);
    }

    private static String describeTargets(CrosswalkResult result) {
        if (!result.isMapped()) {
            return "CODE.UNMAPPED (" + result.note() + ")";
        }
        String targets = String.join(" | ", result.targets());
        List<String> remarks = new ArrayList<>();
        if (result.has(MappingFlag.NEEDS_SUBDIVISION)) {
            remarks.add("needs subdivision");
        }
        if (result.has(MappingFlag.JUDGEMENT)) {
            remarks.add("judgement");
        }
        if (!result.note().isEmpty()) {
            remarks.add(result.note());
        }
        return remarks.isEmpty() ? targets : targets + "  (" + String.join(": ", remarks) + ")";
    }

    private void row(String label, String value) {
        out.printf("%-13s %s%n", label, value);
    }

    private static List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        for (HarmonisedCategory c : HarmonisedCategory.values()) {
            tokens.add(c.token());
        }
        return tokens;
    }

    private static PlanexException usage(String reason) {
        return new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, reason);
    }

    private int run(Command command) {
        try {
            return command.run();
        } catch (PlanexException e) {
            err.println("planex codes: " + e.getMessage());
            return e.getKind().exitCode();
        } finally {
            out.flush();
            err.flush();
        }
    }

    @FunctionalInterface
    private interface Command {
        int run() throws PlanexException;
    }

    private record Side(String label, List<HarmonisedCategory> categories, String note) {
    }
}
