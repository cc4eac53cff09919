package org.planex.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.testkit.ExternalResources;
import org.planex.validate.Runs;
import org.planex.validate.ValidationReport;
import org.planex.validate.rules.CrossBorderPlans;

/**
 * Renders the HTML report in headless Chromium ({@code /usr/bin/chromium}, installed by {@code .ci/run}) and
 * checks the screenshot is not blank: many distinct colours, the red of error markers and the purple of the
 * border line among them (drawn by the page's script). Skipped when Chromium is absent, failed in CI.
 */
class HtmlReportRenderTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void theReportRendersInHeadlessChromium() throws Exception {
        ExternalResources.requireTool("chromium");
        ValidationReport report = Runs.plans("XB.*,BORDER.*", CrossBorderPlans.west(), CrossBorderPlans.east());
        Path html = tmp.resolve("report.html");
        ReportFiles.write(report, ReportFormat.HTML, html);
        Path png = tmp.resolve("shot.png");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--virtual-time-budget=5000", "--user-data-dir=" + Files.createDirectory(tmp.resolve("profile")),
                "--screenshot=" + png, "--window-size=1100,1400", html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        assertThat(png).as(Files.readString(tmp.resolve("chromium.log"))).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        Set<Integer> colours = new HashSet<>();
        boolean red = false;
        boolean purple = false;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                red |= r > 180 && g < 60 && b < 60;
                purple |= r > 80 && r < 130 && g < 50 && b > 130;
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
        assertThat(red).as("red error markers").isTrue();
        assertThat(purple).as("purple border line").isTrue();
    }
}
