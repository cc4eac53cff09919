package org.planex.validate.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.planex.model.AdminLevel;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.Classification;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.Corridor;
import org.planex.model.CorridorType;
import org.planex.model.CrsRef;
import org.planex.model.Facility;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.Zone;
import org.planex.rule.Severity;
import org.planex.rule.Tolerances;
import org.planex.spi.PlanexException;
import org.planex.validate.RuleSelection;

/**
 * Reads a case file: checks it against {@code case.schema.json}, then builds the packages (WKT parsed, the
 * origin added) and the cases, refusing what the schema cannot say: bad WKT, a feature without what its kind
 * needs, a rule glob or an issue id no rule in the catalog emits, tolerances that do not fit together, two
 * packages or two cases with one name. Every refusal names the file, the JSON pointer and the line.
 *
 * <p><b>Thread safety:</b> not thread-safe (one WKT reader); use one per thread.
 */
final class RuleCaseReader {

    /** The classification system of a package that names none. */
    static final String DEFAULT_CLASSIFICATION = "cn-ydyh-2023";
    private static final String SCHEME = "GB/T 2260";

    private final List<String> issueIds;
    private final WKTReader wkt = new WKTReader(new GeometryFactory());

    /**
     * A reader.
     *
     * @param issueIds every issue id a rule of the catalog emits
     */
    RuleCaseReader(List<String> issueIds) {
        this.issueIds = List.copyOf(issueIds);
    }

    /**
     * Reads the cases of a file.
     *
     * @param file the name the file is reported under
     * @param text its JSON text
     * @throws PlanexException for a file that is not a valid case file, at the offending value
     */
    List<RuleCase> read(Path file, String text) throws PlanexException {
        LocatedJson doc = LocatedJson.parse(file, text);
        CaseSchema.standard().check(doc);
        JsonNode root = doc.root();
        AffineTransformation shift = root.has("origin") ? AffineTransformation.translationInstance(
                root.get("origin").get(0).asDouble(), root.get("origin").get(1).asDouble()) : null;
        List<CasePackage> packages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < root.get("packages").size(); p++) {
            CasePackage pkg = pkg(doc, "/packages/" + p, shift);
            if (!ids.add(pkg.id())) {
                throw doc.invalid("/packages/" + p + "/id", "two packages have the id " + pkg.id()
                        + "; give each package its own id");
            }
            packages.add(pkg);
        }
        List<RuleCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int c = 0; c < root.get("cases").size(); c++) {
            RuleCase rc = ruleCase(doc, "/cases/" + c, packages, ids);
            if (!names.add(rc.name())) {
                throw doc.invalid("/cases/" + c + "/name", "two cases are named '" + rc.name() + "'; name each"
                        + " case after the behaviour it shows");
            }
            cases.add(rc);
        }
        return cases;
    }

    private CasePackage pkg(LocatedJson doc, String at, AffineTransformation shift) throws PlanexException {
        JsonNode n = doc.root().at(at);
        String id = n.get("id").asText();
        JsonNode j = n.get("jurisdiction");
        String code = j.get("code").asText();
        Jurisdiction jurisdiction = new Jurisdiction(code, SCHEME, Map.of("en", j.path("name").asText(id)),
                AdminLevel.COUNTY, null);
        List<Neighbour> neighbours = new ArrayList<>();
        n.path("neighbours").forEach(x -> neighbours.add(new Neighbour(x.asText(), SCHEME, x.asText())));
        List<PlanFeature> features = new ArrayList<>();
        Geometry boundary = null;
        for (int f = 0; f < n.get("features").size(); f++) {
            String fat = at + "/features/" + f;
            JsonNode fn = n.get("features").get(f);
            Geometry g = geometry(doc, fat + "/wkt", shift);
            if (!"boundary".equals(fn.get("kind").asText())) {
                features.add(feature(doc, fat, g));
            } else if (boundary != null) {
                throw doc.invalid(fat, "a second boundary of " + id + "; a package has one boundary");
            } else {
                boundary = g;
            }
        }
        try {
            PlanHeader header = new PlanHeader(id, PlanHeader.CURRENT_SCHEMA_VERSION, "planex rule case",
                    jurisdiction, new PlanInfo(id + "-PLAN", "plan of " + id, PlanType.MASTER, PlanStatus.APPROVED,
                            null, null, null, null, null),
                    CrsRef.epsg(n.get("crs").asInt()), new Classification(n.path("classification")
                            .asText(DEFAULT_CLASSIFICATION), null), neighbours, boundary, List.of());
            return new CasePackage(doc.file(), header, features);
        } catch (IllegalArgumentException e) {
            throw doc.invalid(at, "not a valid package: " + e.getMessage());
        }
    }

    private Geometry geometry(LocatedJson doc, String at, AffineTransformation shift) throws PlanexException {
        try {
            Geometry g = wkt.read(doc.root().at(at).asText());
            return shift == null ? g : shift.transform(g);
        } catch (ParseException e) {
            throw doc.invalid(at, "not valid WKT: " + e.getMessage() + " (write e.g. POLYGON ((0 0, 10 0, 10 10,"
                    + " 0 0)))");
        }
    }

    private static PlanFeature feature(LocatedJson doc, String at, Geometry g) throws PlanexException {
        JsonNode n = doc.root().at(at);
        String kind = n.get("kind").asText();
        String id = require(doc, at, "id", kind);
        Attributes attributes = attributes(n.path("attributes"));
        String name = n.has("name") ? n.get("name").asText() : null;
        try {
            return switch (kind) {
                case "zone" -> new Zone(id, require(doc, at, "code", kind), name, g, attributes);
                case "control-area" -> new ControlArea(id, new ControlKind(require(doc, at, "category", kind)), name,
                        g, attributes);
                case "corridor" -> new Corridor(id, CorridorType.fromToken(require(doc, at, "category", kind)),
                        n.has("class") ? n.get("class").asText() : null, null, name, g, attributes);
                default -> new Facility(id, require(doc, at, "category", kind),
                        n.has("nimby") ? n.get("nimby").asText() : null,
                        n.has("radius") ? n.get("radius").asDouble() : null, name, g, attributes);
            };
        } catch (IllegalArgumentException e) {
            throw doc.invalid(at, "not a valid " + kind + ": " + e.getMessage());
        }
    }

    private static String require(LocatedJson doc, String at, String property, String kind) throws PlanexException {
        JsonNode v = doc.root().at(at).get(property);
        if (v == null) {
            throw doc.invalid(at, "a " + kind + " needs '" + property + "'");
        }
        return v.asText();
    }

    private static Attributes attributes(JsonNode n) {
        Attributes.Builder b = Attributes.builder();
        n.properties().forEach(e -> {
            JsonNode v = e.getValue();
            b.put(e.getKey(), v.isBoolean() ? AttributeValue.of(v.asBoolean()) : v.isIntegralNumber()
                    ? AttributeValue.of(v.asLong()) : AttributeValue.of(v.asText()));
        });
        return b.build();
    }

    private RuleCase ruleCase(LocatedJson doc, String at, List<CasePackage> packages, Set<String> packageIds)
            throws PlanexException {
        JsonNode n = doc.root().at(at);
        List<String> rules = new ArrayList<>();
        for (int r = 0; r < n.get("rules").size(); r++) {
            String glob = n.get("rules").get(r).asText();
            RuleSelection selection = RuleSelection.of(glob, null);
            if (issueIds.stream().noneMatch(selection::selects)) {
                throw doc.invalid(at + "/rules/" + r, "no rule emits " + glob + "; known ids: "
                        + String.join(", ", issueIds));
            }
            rules.add(glob);
        }
        List<ExpectedIssue> expected = new ArrayList<>();
        for (int e = 0; e < n.get("expect").size(); e++) {
            expected.add(expectedIssue(doc, at + "/expect/" + e, packageIds));
        }
        List<ExpectedBorder> borders = null;
        if (n.has("borders")) {
            borders = new ArrayList<>();
            for (JsonNode b : n.get("borders")) {
                borders.add(new ExpectedBorder(List.of(b.get("packages").get(0).asText(),
                        b.get("packages").get(1).asText()), measure(b.get("length_m")), measure(b.get("offset_m"))));
            }
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        n.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asDouble()));
        return new RuleCase(doc.file(), n.get("name").asText(), n.path("description").asText(""), rules,
                tolerances(doc, at + "/tolerances"), parameters, packages, expected, borders,
                n.path("strict").asBoolean(true));
    }

    private ExpectedIssue expectedIssue(LocatedJson doc, String at, Set<String> packageIds) throws PlanexException {
        JsonNode n = doc.root().at(at);
        String id = n.get("issue").asText();
        if (!issueIds.contains(id)) {
            throw doc.invalid(at + "/issue", "no rule emits the issue " + id + "; known ids: "
                    + String.join(", ", issueIds));
        }
        List<String> packages = strings(n.get("packages"));
        if (packages != null) {
            for (int p = 0; p < packages.size(); p++) {
                if (!packageIds.contains(packages.get(p))) {
                    throw doc.invalid(at + "/packages/" + p, "no package of the file has the id " + packages.get(p));
                }
            }
        }
        Map<String, ExpectedMeasure> measures = new LinkedHashMap<>();
        n.path("measures").properties().forEach(e -> measures.put(e.getKey(), measure(e.getValue())));
        JsonNode m = n.get("marker");
        Envelope marker = m == null ? null : new Envelope(m.get(0).asDouble(), m.get(2).asDouble(),
                m.get(1).asDouble(), m.get(3).asDouble());
        return new ExpectedIssue(id, n.has("severity") ? Severity.valueOf(n.get("severity").asText()
                .toUpperCase(Locale.ROOT)) : null, n.has("kind") ? n.get("kind").asText() : null, packages,
                strings(n.get("features")), measures, n.path("onlyMeasures").asBoolean(false),
                n.has("message") ? n.get("message").asText() : null, marker);
    }

    private static Tolerances tolerances(LocatedJson doc, String at) throws PlanexException {
        JsonNode n = doc.root().at(at);
        Tolerances d = Tolerances.DEFAULT;
        if (n.isMissingNode()) {
            return d;
        }
        try {
            return new Tolerances(n.path("tolerance").asDouble(d.tolerance()), n.path("min-area").asDouble(
                    d.minArea()), n.path("sliver-width").asDouble(d.sliverWidth()), n.path("border-width")
                    .asDouble(d.borderWidth()), n.path("facing-distance").asDouble(d.facingDistance()),
                    n.path("corridor-tolerance").asDouble(d.corridorTolerance()));
        } catch (IllegalArgumentException e) {
            throw doc.invalid(at, e.getMessage());
        }
    }

    private static ExpectedMeasure measure(JsonNode n) {
        return n == null ? null : new ExpectedMeasure(n.get("value").asDouble(), n.path("within").asDouble(0),
                n.path("relative").asDouble(0));
    }

    private static List<String> strings(JsonNode n) {
        if (n == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
