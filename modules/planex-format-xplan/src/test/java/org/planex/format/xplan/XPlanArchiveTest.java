package org.planex.format.xplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.Attachment;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.Sha256;

/** An XPlanArchiv ZIP gives the plan of its xplan.gml and its other files as attachments with their SHA-256. */
class XPlanArchiveTest {

    private final XPlanFormatProvider provider = new XPlanFormatProvider();

    @Test
    void theArchiveGivesThePlanAndItsAttachments(@TempDir Path dir) throws IOException {
        byte[] pdf = "%PDF-1.4 Begruendung zum Bebauungsplan".getBytes(StandardCharsets.US_ASCII);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("xplan.gml", Files.readAllBytes(XPlanFixtures.copy("bp-5.4.xplan.gml", dir)));
        entries.put("begruendung.pdf", pdf);
        Path zip = XPlanFixtures.zip(dir.resolve("bp-17.xplan.zip"), entries);
        assertThat(provider.probe(ProbeInput.of(zip))).isEqualTo(ProbeResult.SUPPORTED);
        try (PlanReader r = provider.openPlanReader(ReadContext.of(zip))) {
            assertThat(r.header().attachments()).containsExactly(new Attachment("attachments/begruendung.pdf",
                    "application/pdf", Sha256.of(pdf), "begruendung.pdf"));
            try (InputStream in = r.openAttachment(r.header().attachments().get(0))) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
            int n = 0;
            while (r.read() != null) {
                n++;
            }
            assertThat(n).isEqualTo(7);
        }
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temp.filter(p -> p.getFileName().toString().startsWith("planex-xplan-")))
                    .as("the extracted folder is deleted on close").isEmpty();
        }
    }

    @Test
    void anArchiveWithoutXplanGmlOrWithAnEscapingEntryIsRefused(@TempDir Path dir) throws IOException {
        Path other = XPlanFixtures.zip(dir.resolve("other.zip"), Map.of("plan.gml", new byte[] {1}));
        assertThat(provider.probe(ProbeInput.of(other))).isEqualTo(ProbeResult.UNSUPPORTED);
        PlanexException missing = catchThrowableOfType(PlanexException.class,
                () -> provider.openPlanReader(ReadContext.of(other)));
        assertThat(missing.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(missing.getReason()).contains("xplan.gml");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("xplan.gml", Files.readAllBytes(XPlanFixtures.copy("fp-5.4.xplan.gml", dir)));
        entries.put("../escape.pdf", new byte[] {1, 2, 3});
        Path unsafe = XPlanFixtures.zip(dir.resolve("unsafe.xplan.zip"), entries);
        PlanexException e = catchThrowableOfType(PlanexException.class,
                () -> provider.openPlanReader(ReadContext.of(unsafe)));
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(dir.resolve("escape.pdf")).doesNotExist();
    }
}
