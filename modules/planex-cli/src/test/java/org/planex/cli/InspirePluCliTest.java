package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The INSPIRE PLU format is built in: listed by {@code formats}, written from a package and read back. */
class InspirePluCliTest {

    @Test
    void formatsListsInspirePlu() {
        CliRun run = CliRun.of("formats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("inspire-plu +rw +plan +plu.gml,gml +INSPIRE Planned Land Use 4.0");
    }

    @Test
    void aYrdPlanConvertsToPluAndBack(@TempDir Path dir) throws Exception {
        Path gml = dir.resolve("qingpu.plu.gml");
        CliRun out = CliRun.of("convert", YrdLocalFormatsTest.YRD.resolve("qingpu").toString(), "-o", gml.toString());
        assertThat(out.exitCode()).as(out.err()).isZero();
        assertThat(out.out()).contains("(inspire-plu)");
        assertThat(out.err()).contains("corridor features").contains("left out");
        assertThat(Files.readString(gml)).contains("<plu:SpatialPlan");
        Path back = dir.resolve("qingpu.planex.zip");
        CliRun in = CliRun.of("convert", gml.toString(), "-o", back.toString());
        assertThat(in.exitCode()).as(in.err()).isZero();
        CliRun info = CliRun.of("info", back.toString());
        assertThat(info.out()).contains("CN-310118-YRD-2035");
    }
}
