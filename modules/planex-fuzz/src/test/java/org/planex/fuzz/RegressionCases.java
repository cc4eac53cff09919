package org.planex.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kept crash inputs under {@code src/test/resources/regressions/<reader>/<case>/}: each case folder holds
 * the input (one file, or one folder for a shapefile set) and a {@value #CAUSE} that says what it broke.
 */
public final class RegressionCases {

    /** The note kept next to each input. */
    public static final String CAUSE = "cause.txt";

    private RegressionCases() {
    }

    /** The case folders of {@code reader} under {@code root}, sorted; none when the reader has no folder. */
    public static List<Path> of(Path root, String reader) throws IOException {
        Path dir = root.resolve(reader);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The input of a case folder: its one entry other than {@value #CAUSE}. */
    public static Path input(Path caseDir) throws IOException {
        try (Stream<Path> s = Files.list(caseDir)) {
            List<Path> inputs = s.filter(p -> !p.getFileName().toString().equals(CAUSE)).toList();
            if (inputs.size() != 1) {
                throw new IllegalStateException(caseDir + " must hold one input besides " + CAUSE + ", holds " + inputs);
            }
            return inputs.get(0);
        }
    }
}
