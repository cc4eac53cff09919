package org.planex.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planex.model.FeatureKind;
import org.planex.rule.Issue;
import org.planex.testkit.ExternalResources;
import org.planex.validate.MapFeature;
import org.planex.validate.ValidationReport;
import org.planex.validate.examples.ExampleReports;

/**
 * Drives the YRD example's HTML report in headless Chromium through {@code chromedriver}: the map shows the zones
 * coloured by harmonised category with their legend, and a click on each of the seven issues in the list zooms
 * the map to that issue, highlights the features it names and opens its popup. Screenshots of the overview and
 * of each issue go to {@code target/report-screenshots/}. Needs {@code chromium} and {@code chromedriver} on the
 * PATH: skipped without them, failed in CI ({@code CI=true}).
 */
class HtmlReportBrowserTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("planex.root", "../.."), "examples",
            "yrd-demo-zone");
    private static final Path OUT = Path.of("target", "report-screenshots");

    @Test
    void theYrdReportZoomsToEachIssueAndHighlightsItsFeatures() throws Exception {
        ExternalResources.requireTool("chromium");
        ExternalResources.requireTool("chromedriver");
        ValidationReport report = ExampleReports.validate(ExampleReports.packages(EXAMPLE));
        assertThat(report.issues()).hasSize(7);
        Files.createDirectories(OUT);
        Path html = OUT.resolve("yrd-report.html");
        ReportFiles.write(report, ReportFormat.HTML, html);
        try (WebDriverSession browser = WebDriverSession.start(path("chromedriver"), path("chromium"),
                OUT.resolve("chromedriver.log"), 1500, 1000)) {
            browser.open(html.toAbsolutePath().toUri());
            assertThat(browser.execute("return typeof window.planexReport").asText()).isEqualTo("object");
            theZonesAreDrawnByCategory(report, browser);
            Files.write(OUT.resolve("overview.png"), browser.screenshot());
            double[] overview = bounds(browser.execute("return planexReport.mapBounds()"));
            String highlight = browser.execute("return planexReport.highlight").asText();
            for (int n = 1; n <= report.issues().size(); n++) {
                Issue issue = report.issues().get(n - 1);
                String what = "issue " + n + " " + issue.ruleId();
                browser.click("#planex-issues li[data-issue=\"" + n + "\"]");
                assertThat(browser.execute("return planexReport.selected()").asInt()).as(what).isEqualTo(n);
                double[] view = bounds(browser.execute("return planexReport.mapBounds()"));
                double[] target = bounds(browser.execute("return planexReport.issueBounds(" + n + ")"));
                assertThat(contains(view, target)).as(what + ": the map shows all of it").isTrue();
                assertThat(Math.min((view[2] - view[0]) / (target[2] - target[0]),
                        (view[3] - view[1]) / (target[3] - target[1]))).as(what + ": the map is zoomed to it")
                        .isLessThan(3.0);
                assertThat(view[3] - view[1]).as(what + ": closer than the overview")
                        .isLessThan((overview[3] - overview[1]) / 5);
                assertThat(strings(browser.execute("return planexReport.highlighted()"))).as(what)
                        .containsExactlyInAnyOrderElementsOf(named(report, issue));
                assertThat(browser.execute("return planexReport.markerColour(" + n + ")").asText()).as(what)
                        .isEqualTo(highlight);
                long drawnHighlighted = browser.execute("return Array.from(document.querySelectorAll("
                        + "'#planex-map path')).filter(p => p.getAttribute('stroke') === '" + highlight + "').length")
                        .asLong();
                assertThat(drawnHighlighted).as(what + ": highlighted paths drawn")
                        .isGreaterThanOrEqualTo(named(report, issue).size() + 1L);
                assertThat(browser.execute("return planexReport.popup()").asText()).as(what)
                        .contains(issue.ruleId()).contains(issue.message());
                Files.write(OUT.resolve("issue-" + n + ".png"), browser.screenshot());
            }
        }
    }

    private static void theZonesAreDrawnByCategory(ValidationReport report, WebDriverSession browser)
            throws Exception {
        Set<String> categories = report.map().features().stream().filter(f -> f.kind() == FeatureKind.ZONE)
                .map(MapFeature::category).collect(Collectors.toCollection(TreeSet::new));
        assertThat(categories).contains("heavy-industry", "residential", "education");
        List<String> legend = strings(browser.execute("return planexReport.legend()"));
        assertThat(legend).extracting(l -> l.split(" ")[0]).containsExactlyInAnyOrderElementsOf(categories);
        List<String> fills = strings(browser.execute("return Array.from(document.querySelectorAll('#planex-map path'))"
                + ".map(p => p.getAttribute('fill'))"));
        for (String entry : legend) {
            assertThat(fills).as("a zone drawn in the colour of " + entry).contains(entry.split(" ")[1]);
        }
        JsonNode zones = browser.execute("return planexReport.zoneColours()");
        assertThat(zones.size()).isEqualTo(report.map().features().stream().filter(f -> f.kind() == FeatureKind.ZONE)
                .count());
    }

    /** The features an issue names that the map draws, as {@code PACKAGE/ID}. */
    private static List<String> named(ValidationReport report, Issue issue) {
        return report.map().features().stream()
                .filter(f -> issue.packageIds().contains(f.packageId()) && issue.featureIds().contains(f.featureId()))
                .map(f -> f.packageId() + "/" + f.featureId()).toList();
    }

    /** {@code [[south, west], [north, east]]} as {@code {west, south, east, north}}. */
    private static double[] bounds(JsonNode b) {
        assertThat(b.isArray()).as("bounds " + b).isTrue();
        return new double[] {b.get(0).get(1).asDouble(), b.get(0).get(0).asDouble(), b.get(1).get(1).asDouble(),
            b.get(1).get(0).asDouble()};
    }

    private static boolean contains(double[] outer, double[] inner) {
        double eps = 1e-9;
        return outer[0] <= inner[0] + eps && outer[1] <= inner[1] + eps && outer[2] >= inner[2] - eps
                && outer[3] >= inner[3] - eps;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Path path(String command) {
        for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError(command + " is not on the PATH");
    }
}
