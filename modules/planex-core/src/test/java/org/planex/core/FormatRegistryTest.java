package org.planex.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.registry.FormatRegistry;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;

class FormatRegistryTest {

    @TempDir
    Path dir;

    @Test
    void detectsPackagesByContentWhateverTheirName() throws IOException {
        FormatRegistry registry = FormatRegistry.load();
        Path zip = PlanexFormatContractTest.writePackage(dir.resolve("plan-without-suffix.bin"), 5);
        assertThat(registry.detect(zip).descriptor().id()).isEqualTo("planex");
        Path folder = PlanexFormatContractTest.writePackage(dir.resolve("folder"), 5);
        assertThat(registry.detect(folder).descriptor().id()).isEqualTo("planex");
        assertThat(registry.detect(folder.resolve("plan.xml")).descriptor().id()).isEqualTo("planex");
    }

    @Test
    void unknownInputListsEveryProviderTried() throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.xml"), "<notes>hello</notes>");
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> FormatRegistry.load().detect(txt));
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(e.getMessage()).contains("notes.xml").contains("unknown format; tried planex (unsupported)");
    }

    @Test
    void missingInputSaysSo() {
        PlanexException e = catchThrowableOfType(PlanexException.class,
                () -> FormatRegistry.load().detect(dir.resolve("nope.gpkg")));
        assertThat(e.getReason()).isEqualTo("no such file or folder");
    }

    @Test
    void unknownFormatIdNamesTheKnownOnes() {
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> FormatRegistry.load().get("dwg"));
        assertThat(e.getKind()).isEqualTo(ErrorKind.USAGE);
        assertThat(e.getReason()).contains("unknown format 'dwg'").contains("planex");
    }
}
