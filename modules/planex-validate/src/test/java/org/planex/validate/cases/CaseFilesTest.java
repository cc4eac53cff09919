package org.planex.validate.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {

    @Test
    void casesInAJarOnTheClassPathAreFoundByTheirPathUnderTheFolder(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("vendor-tests.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("cases/", "cases/b/", "cases/b/second.json", "cases/a/", "cases/a/first.json",
                    "cases/notes.txt")) {
                zip.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) {
                    zip.write(("{\"file\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<CaseSource> found = CaseFiles.onClasspath(loader, "/cases/");
            assertThat(found).extracting(s -> s.name().toString()).containsExactly("cases/a/first.json",
                    "cases/b/second.json");
            assertThat(found.get(0).text()).isEqualTo("{\"file\": \"cases/a/first.json\"}");
            assertThat(found.get(0).uri().toString()).startsWith("jar:file:").endsWith("!/cases/a/first.json");
        }
    }

    @Test
    void casesInAFolderAreFoundSortedUnderTheFolderName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.writeString(dir.resolve("x/b.json"), "{}");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("readme.md"), "not a case");
        assertThat(CaseFiles.inFolder(dir)).extracting(CaseSource::name).containsExactly(dir.resolve("a.json"),
                dir.resolve("x/b.json"));
    }
}
