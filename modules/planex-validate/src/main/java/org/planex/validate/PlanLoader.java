package org.planex.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.core.container.PackageLimits;
import org.planex.core.container.PackageSource;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.input.OpenedInput;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.CrsRef;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.spi.ErrorKind;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.PackageInput;
import org.planex.validate.engine.ValidationContext;
import org.planex.validate.rules.SchemaRule;
import org.planex.xml.PlanXml;
import org.planex.xml.PlanXmlReader;
import org.planex.xml.SchemaCheck;
import org.planex.xml.SchemaProblem;

/**
 * The loading part of the engine: opens an input once and loads it into memory ({@link LoadedPlan}), with the
 * issues of loading. A planex package is read in one pass over {@code plan.xml} (header, features and, when
 * {@code SCHEMA.XSD} runs, the XSD check), then its package rules run on what that pass found. Other formats are
 * read through the format registry and the profile. An input that cannot be read is an issue ({@value
 * Validator#UNREADABLE} or {@value Validator#UNSAFE}) and loads nothing; what the readers warn about becomes
 * {@value Validator#INPUT_WARNING} issues.
 *
 * <p><b>Thread safety:</b> immutable; thread-safe when the rules and the context are.
 *
 * @since 0.1
 */
final class PlanLoader {

    /** Opens the container of a planex package. */
    @FunctionalInterface
    interface Containers {
        /** The default: {@link PackageSource#open} with the default limits. */
        Containers DEFAULT = path -> PackageSource.open(path, PackageLimits.DEFAULT);

        /**
         * Opens a package.
         *
         * @throws PlanexException if it cannot be opened or breaks the limits
         */
        PackageSource open(Path path) throws PlanexException;
    }

    /**
     * What loading one input gave.
     *
     * @param input the input
     * @param plan the plan, or {@code null} when the input could not be loaded
     * @param issues the issues of loading, in the order found
     */
    record Loaded(Path input, LoadedPlan plan, List<Issue> issues) {
        Loaded {
            issues = List.copyOf(issues);
        }
    }

    /** What the one pass over a plan.xml found: the header and features read, the XSD problems, the failure. */
    private record Pass(PlanHeader header, List<PlanFeature> features, List<SchemaProblem> problems,
            PlanexException failure) {
        static final Pass NO_DOCUMENT = new Pass(null, List.of(), List.of(), null);

        static Pass failed(PlanexException failure) {
            return new Pass(null, List.of(), List.of(), failure);
        }
    }

    private final FormatRegistry formats;
    private final ValidationContext context;
    private final RuleRunner rules;
    private final Containers containers;

    PlanLoader(FormatRegistry formats, ValidationContext context, RuleRunner rules, Containers containers) {
        this.formats = formats;
        this.context = context;
        this.rules = rules;
        this.containers = containers;
    }

    /**
     * Loads an input.
     *
     * @param options the input's options (profile, declared CRS ...)
     */
    Loaded load(Path input, InputOptions options) {
        List<Issue> issues = new ArrayList<>();
        InputWarnings warnings = new InputWarnings(input);
        LoadedPlan plan = null;
        try {
            OpenedInput in = new InputOpener(formats).open(input, options, warnings);
            plan = PlanexFormatProvider.ID.equals(in.provider().descriptor().id())
                    ? loadPackage(input, in.options().sourceCrs(), issues) : loadOther(input, in);
        } catch (PlanexException e) {
            unreadable(input, e, issues);
        }
        if (rules.selects(Validator.INPUT_WARNING)) {
            warnings.issues(plan == null ? String.valueOf(input.getFileName()) : plan.packageId()).stream()
                    .map(rules::apply).forEach(issues::add);
        }
        return new Loaded(input, plan, issues);
    }

    private LoadedPlan loadOther(Path input, OpenedInput in) throws PlanexException {
        try (PlanReader reader = in.openPlan(true)) {
            List<PlanFeature> features = new ArrayList<>();
            for (PlanFeature f = reader.read(); f != null; f = reader.read()) {
                features.add(f);
            }
            return LoadedPlan.of(input, reader.header(), features, context.crs());
        }
    }

    private LoadedPlan loadPackage(Path input, CrsRef declared, List<Issue> issues) throws PlanexException {
        try (PackageSource source = containers.open(input)) {
            Pass pass = source.contains(PlanXml.DOCUMENT_NAME) ? read(source) : Pass.NO_DOCUMENT;
            issues.addAll(rules.checkPackage(new PackageInput(input, source, pass.header(), pass.problems())));
            if (pass.failure() != null) {
                throw pass.failure();
            }
            if (pass.header() == null) {
                return null;
            }
            PlanHeader header = declared == null ? pass.header()
                    : pass.header().withCrs(declared, pass.header().boundary());
            return LoadedPlan.of(input, header, pass.features(), context.crs());
        }
    }

    /** Reads plan.xml once: header, features and, when the schema rule runs, the XSD check in the same pass. */
    private Pass read(PackageSource source) {
        Location doc = source.entryLocation(PlanXml.DOCUMENT_NAME);
        SchemaCheck schema = rules.runs(SchemaRule.ID) ? new SchemaCheck(SchemaRule.maxProblems(context)) : null;
        try (InputStream in = source.open(PlanXml.DOCUMENT_NAME)) {
            return read(in, doc, schema);
        } catch (PlanexException e) {
            return Pass.failed(e);
        } catch (IOException e) {
            return Pass.failed(PlanexException.unreadable(doc, "cannot read: " + e.getMessage(), e));
        }
    }

    private static Pass read(InputStream in, Location doc, SchemaCheck schema) {
        PlanXmlReader xml = null;
        List<PlanFeature> features = new ArrayList<>();
        PlanexException failure = null;
        try {
            xml = new PlanXmlReader(in, doc, new GeometryFactory(), schema);
            for (PlanFeature f = xml.read(); f != null; f = xml.read()) {
                features.add(f);
            }
        } catch (PlanexException e) {
            failure = e;
        }
        List<SchemaProblem> problems = schema == null ? List.of() : schema.finish();
        if (xml != null) {
            try {
                xml.close();
            } catch (PlanexException e) {
                failure = failure == null ? e : failure;
            }
        }
        return new Pass(xml == null ? null : xml.header(), features, problems, failure);
    }

    private void unreadable(Path input, PlanexException e, List<Issue> issues) {
        String id = e.getKind() == ErrorKind.UNSAFE_INPUT ? Validator.UNSAFE : Validator.UNREADABLE;
        if (!rules.selects(id)) {
            return;
        }
        issues.add(rules.apply(Issue.builder(id, Severity.ERROR)
                .message(e.getReason() + "; the package was not checked further")
                .packages(String.valueOf(input.getFileName())).at(e.getLocation() == Location.UNKNOWN
                        ? Location.of(input) : e.getLocation()).build()));
    }
}
