package org.planex.spi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void replacingAFolderLeavesOnlyTheNewContentAndNoTemporary() throws IOException {
        Path target = oldFolder();
        try (AtomicOutput out = AtomicOutput.folder(target)) {
            Files.writeString(out.path().resolve("new.txt"), "new");
            assertThat(names(target)).as("nothing changes before commit").containsExactlyInAnyOrder("old.txt",
                    "foreign.txt");
            out.commit();
        }
        assertThat(names(target)).containsExactly("new.txt");
        assertThat(Files.readString(target.resolve("new.txt"))).isEqualTo("new");
        assertThat(names(dir)).as("no temporary or old folder left").containsExactly("out");
    }

    @Test
    void oldContentSurvivesAnAbortedWrite() throws IOException {
        Path target = oldFolder();
        try (AtomicOutput out = AtomicOutput.folder(target)) {
            Files.writeString(out.path().resolve("new.txt"), "half");
            out.scratch();
        }
        assertThat(names(target)).containsExactlyInAnyOrder("old.txt", "foreign.txt");
        assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void oldContentIsRenamedBackWhenTheNewCannotBeMovedIntoPlace() throws IOException {
        Path target = oldFolder();
        AtomicOutput out = AtomicOutput.folder(target);
        AtomicOutput.deleteQuietly(out.path());
        PlanexException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanexException.class, out::commit);
        assertThat(e.getKind()).isEqualTo(ErrorKind.OUTPUT_NOT_WRITABLE);
        assertThat(e.getLocation().file()).isEqualTo(target);
        assertThat(e.getReason()).contains("left as it was");
        assertThat(names(target)).containsExactlyInAnyOrder("old.txt", "foreign.txt");
        assertThat(Files.readString(target.resolve("old.txt"))).isEqualTo("old");
        assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void aNewFolderIsMovedIntoPlace() throws IOException {
        Path target = dir.resolve("fresh");
        try (AtomicOutput out = AtomicOutput.folder(target)) {
            Files.writeString(out.path().resolve("a.txt"), "a");
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(names(target)).containsExactly("a.txt");
        assertThat(names(dir)).containsExactly("fresh");
    }

    @Test
    void aFolderOutputRefusesAnExistingFileAndAFileOutputAnExistingFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Path folder = Files.createDirectory(dir.resolve("d"));
        assertThatThrownBy(() -> AtomicOutput.folder(file)).isInstanceOf(PlanexException.class)
                .hasMessageContaining("a file of that name exists");
        assertThatThrownBy(() -> AtomicOutput.file(folder)).isInstanceOf(PlanexException.class)
                .hasMessageContaining("a folder of that name exists");
        assertThatThrownBy(() -> AtomicOutput.file(dir.resolve("missing/x"))).isInstanceOf(PlanexException.class)
                .hasMessageContaining("does not exist");
        assertThat(names(dir)).containsExactlyInAnyOrder("f", "d");
    }

    @Test
    void aFileOutputReplacesTheFileOnCommitAndTheScratchFolderGoes() throws IOException {
        Path target = Files.writeString(dir.resolve("t.txt"), "old");
        try (AtomicOutput out = AtomicOutput.file(target)) {
            Files.writeString(out.scratch().resolve("part"), "p");
            Files.writeString(out.path(), "new");
            out.commit();
            assertThatThrownBy(out::commit).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("t.txt");
    }

    @Test
    void temporaryNamesAreUniqueAndRecognisable() throws IOException {
        Path target = dir.resolve("same.csv");
        try (AtomicOutput a = AtomicOutput.file(target); AtomicOutput b = AtomicOutput.file(target)) {
            assertThat(a.path()).isNotEqualTo(b.path());
            for (AtomicOutput o : List.of(a, b)) {
                String name = o.path().getFileName().toString();
                assertThat(name).matches("\\.same\\.csv\\.planex-[0-9a-f-]{36}\\.tmp");
                assertThat(AtomicOutput.isTemporaryName(name, "same.csv")).isTrue();
            }
            Files.writeString(a.path(), "a");
            Files.writeString(b.path(), "b");
            a.commit();
            b.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("b");
        assertThat(names(dir)).containsExactly("same.csv");
    }

    private Path oldFolder() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out"));
        Files.writeString(target.resolve("old.txt"), "old");
        Files.writeString(target.resolve("foreign.txt"), "someone else's");
        return target;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
