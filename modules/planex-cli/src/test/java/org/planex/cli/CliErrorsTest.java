package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliErrorsTest {

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void outputFolder() throws IOException {
        out = Files.createDirectory(dir.resolve("out"));
    }

    @Test
    void externalEntityExitsFourWithOneLine() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<px:PlanPackage xmlns:px=\"http://www.planex.org/schema/planex/1.0\" schemaVersion=\"1.0\">&x;"
                + "</px:PlanPackage>";
        assertRefused(zip("xxe.planex.zip", "plan.xml", xml.getBytes(StandardCharsets.UTF_8)), "DOCTYPE");
    }

    @Test
    void dotDotEntryExitsFour() throws IOException {
        assertRefused(zip("evil.planex.zip", "plan.xml", "<x/>".getBytes(), "../evil", "x".getBytes()), "'..' segment");
        assertThat(dir.resolve("evil")).doesNotExist();
    }

    @Test
    void zipBombExitsFour() throws IOException {
        assertRefused(zip("bomb.planex.zip", "plan.xml", new byte[40 << 20]), "compression ratio");
    }

    @Test
    void truncatedZipExitsFour() throws IOException {
        Path good = dir.resolve("good.planex.zip");
        assertThat(CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", good.toString()).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.planex.zip"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertRefused(cut, "truncated");
    }

    @Test
    void unknownFormatExitsFourListingWhatWasTried() throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        CliRun run = CliRun.of("info", txt.toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("unknown format; tried").contains("planex (unsupported)");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("convert").exitCode()).isEqualTo(2);
        CliRun run = CliRun.of("convert", "a", "-o", "b", "-f", "nosuch");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'nosuch'");
    }

    @Test
    void unwritableOutputExitsFive() {
        CliRun run = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o",
                dir.resolve("missing/folder/x.planex.zip").toString());
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void existingOutputNeedsOverwrite() throws IOException {
        Path target = Files.writeString(out.resolve("x.planex.zip"), "old");
        CliRun run = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", target.toString());
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", target.toString(), "--overwrite")
                .exitCode()).isZero();
        assertThat(Files.size(target)).isGreaterThan(1000);
    }

    @Test
    void overwriteReplacesAFolderAsAWholeButNeverTheFolderThatHoldsTheInput() throws IOException {
        Path input = out.resolve("in.planex.zip");
        assertThat(CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", input.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("convert", input.toString(), "-o", out.toString(), "-f", "planex", "--overwrite");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("holds it");
        assertThat(input).exists();
        Path folder = Files.createDirectory(dir.resolve("pkg"));
        Files.writeString(folder.resolve("foreign.txt"), "x");
        assertThat(CliRun.of("convert", input.toString(), "-o", folder.toString(), "-f", "planex", "--overwrite")
                .exitCode()).isZero();
        assertThat(folder.resolve("plan.xml")).exists();
        assertThat(folder.resolve("foreign.txt")).as("--overwrite replaces the folder, it does not merge")
                .doesNotExist();
    }

    private void assertRefused(Path input, String reason) throws IOException {
        Path target = out.resolve("result.planex.zip");
        CliRun run = CliRun.of("convert", input.toString(), "-o", target.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("planex: ").contains(input.getFileName().toString()).contains(reason)
                .doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("nothing written").isEmpty();
        }
    }

    private Path zip(String name, Object... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        return zip;
    }
}
