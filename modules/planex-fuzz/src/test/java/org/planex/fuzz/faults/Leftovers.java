package org.planex.fuzz.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.planex.spi.io.AtomicOutput;

/**
 * What lies beside a target in its folder after a fault, apart from the target: files named as planex's
 * temporary files of that target ({@code .<name>.planex-<uuid>.tmp}, its spool {@code .spool} and the
 * journals SQLite derives from it) and foreign ones, which no fault may leave.
 *
 * @param marked names carrying the target's temporary mark
 * @param foreign every other name
 */
public record Leftovers(List<String> marked, List<String> foreign) {

    /** The entries of {@code target}'s folder other than {@code target}. */
    public static Leftovers beside(Path target) {
        String name = target.getFileName().toString();
        String mark = "." + name + AtomicOutput.TEMP_MARK;
        try (Stream<Path> s = Files.list(target.getParent())) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(name)).sorted()
                    .toList();
            return new Leftovers(names.stream().filter(n -> n.startsWith(mark)).toList(),
                    names.stream().filter(n -> !n.startsWith(mark)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether nothing is left beside the target. */
    public boolean none() {
        return marked.isEmpty() && foreign.isEmpty();
    }

    /** The kinds of marked names by their ending ({@code .tmp}, {@code .spool}, {@code .tmp-journal} ...). */
    public List<String> markedEndings() {
        return marked.stream().map(n -> n.substring(n.lastIndexOf('.'))).distinct().sorted().toList();
    }
}
