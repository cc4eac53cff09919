package org.planex.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;

class PackageSafetyTest {

    @TempDir
    Path dir;

    private final PlanexFormatProvider provider = new PlanexFormatProvider();

    @Test
    void entryWithDotDotIsRefused() throws IOException {
        Path zip = zip("evil.planex.zip", "plan.xml", "<x/>".getBytes(), "../evil", "boo".getBytes());
        PlanexException e = open(zip);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getMessage()).contains("../evil").contains("'..' segment");
        assertThat(dir.getParent().resolve("evil")).doesNotExist();
    }

    @Test
    void absoluteEntryIsRefused() throws IOException {
        PlanexException e = open(zip("abs.planex.zip", "plan.xml", "<x/>".getBytes(), "/etc/cron.d/x", "x".getBytes()));
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getReason()).contains("absolute path");
    }

    @Test
    void symbolicLinkEntryIsRefused() throws IOException {
        Path zip = zip("link.planex.zip", "plan.xml", "<x/>".getBytes(), "attachments/passwd", "/etc/passwd".getBytes());
        markAsSymlink(zip, "attachments/passwd");
        PlanexException e = open(zip);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getReason()).contains("symbolic link");
    }

    @Test
    void zipBombIsRefusedBeforeExpanding() throws IOException {
        byte[] zeros = new byte[64 << 20];
        Path zip = zip("bomb.planex.zip", "plan.xml", zeros);
        assertThat(Files.size(zip)).isLessThan(zeros.length / 100);
        PlanexException e = open(zip);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getReason()).contains("compression ratio").contains("above the limit of 100:1");
    }

    @Test
    void truncatedZipIsUnreadable() throws IOException {
        Path good = PlanexFormatContractTest.writePackage(dir.resolve("good.planex.zip"), 30);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.planex.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        PlanexException e = open(cut);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(e.getReason()).contains("truncated");
    }

    @Test
    void externalEntityInPlanXmlIsRefused() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<px:PlanPackage xmlns:px=\"http://www.planex.org/schema/planex/1.0\" schemaVersion=\"1.0\">&x;"
                + "</px:PlanPackage>";
        PlanexException e = open(zip("xxe.planex.zip", "plan.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getMessage()).contains("xxe.planex.zip!plan.xml").contains("DOCTYPE");
    }

    @Test
    void tamperedAttachmentFailsItsChecksum() throws IOException {
        Path pkg = dir.resolve("folder-pkg");
        PlanexFormatContractTest.writePackage(pkg, 10);
        Files.writeString(pkg.resolve("attachments/说明.txt"), "changed");
        PlanexException e = open(pkg);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(e.getReason()).contains("checksum mismatch");
    }

    @Test
    void folderEntryLinkingOutsideIsRefused() throws IOException {
        Path pkg = dir.resolve("linked-pkg");
        PlanexFormatContractTest.writePackage(pkg, 10);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Path att = pkg.resolve("attachments/说明.txt");
        Files.delete(att);
        Files.createSymbolicLink(att, secret);
        PlanexException e = open(pkg);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
    }

    @Test
    void failedWriteLeavesNoOutputAndNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("out.planex.zip");
        var w = provider.openPlanWriter(org.planex.spi.WriteContext.of(target));
        w.begin(org.planex.testkit.SamplePlans.geographic().header("P", 4));
        w.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private PlanexException open(Path path) {
        return catchThrowableOfType(PlanexException.class, () -> {
            try (PlanReader r = provider.openPlanReader(ReadContext.of(path))) {
                while (r.read() != null) {
                    r.header();
                }
            }
        });
    }

    private Path zip(String name, Object... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        return zip;
    }

    /** Marks an entry of the central directory as a Unix symbolic link, as `zip --symlinks` would. */
    private static void markAsSymlink(Path zip, String entry) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 < bytes.length; p++) {
            if (b.getInt(p) == 0x02014b50 && (b.getShort(p + 28) & 0xFFFF) == name.length
                    && Arrays.equals(Arrays.copyOfRange(bytes, p + 46, p + 46 + name.length), name)) {
                bytes[p + 5] = 3;
                b.putInt(p + 38, 0120777 << 16);
            }
        }
        Files.write(zip, bytes);
    }
}
