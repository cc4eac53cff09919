package org.planex.spark.job;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.planex.core.input.InputOptions;

/**
 * One input of a run as the executors open it: its path and, for a layered GIS dataset, the profile that maps its
 * layers ({@code planex validate}'s {@code PATH=PROFILE}); both must be readable at the same path by every executor.
 *
 * @param path the input path
 * @param profile the profile name or file, or {@code null} for the built-in profile that fits its layer names best
 * @since 0.1
 */
public record RunInput(String path, String profile) implements Serializable {

    /** Checks the path. */
    public RunInput {
        Objects.requireNonNull(path, "path");
    }

    /** Inputs without profiles. */
    public static List<RunInput> of(List<String> paths) {
        return paths.stream().map(p -> new RunInput(p, null)).toList();
    }

    /** The input options the readers open it with. */
    public InputOptions options() {
        return profile == null ? InputOptions.DEFAULT : InputOptions.DEFAULT.withProfile(profile);
    }

    /** The input path. */
    public Path file() {
        return Path.of(path);
    }
}
