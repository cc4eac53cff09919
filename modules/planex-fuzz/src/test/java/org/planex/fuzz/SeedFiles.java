package org.planex.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An input held in memory: the files of a single-file input or of a folder, by relative path, and the
 * relative path a reader is opened on (the file's name, or {@code ""} for the folder itself).
 *
 * @param files the file contents by relative path with forward slashes, in a stable order
 * @param input what the reader opens, relative to the root; {@code ""} is the root folder
 */
public record SeedFiles(Map<String, byte[]> files, String input) {

    /** Copies the map so that mutations of one case never leak into another. */
    public SeedFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Reads a file, or every file of a folder, into memory. */
    public static SeedFiles load(Path input) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> s = Files.walk(input)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(input.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            return new SeedFiles(files, "");
        }
        files.put(input.getFileName().toString(), Files.readAllBytes(input));
        return new SeedFiles(files, input.getFileName().toString());
    }

    /** The same input with one file replaced (or added); {@code null} bytes remove it. */
    public SeedFiles with(String name, byte[] bytes) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        if (bytes == null) {
            copy.remove(name);
        } else {
            copy.put(name, bytes);
        }
        return new SeedFiles(copy, input);
    }

    /** The content of one file, or {@code null}. */
    public byte[] file(String name) {
        return files.get(name);
    }

    /** The names of the files whose name ends with {@code suffix} (case-insensitive), in order. */
    public List<String> namesEndingWith(String suffix) {
        String lower = suffix.toLowerCase(Locale.ROOT);
        return files.keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(lower)).toList();
    }

    /**
     * Writes the files under {@code root} (a folder input into {@code root/name}, a file input as
     * {@code root/input}) and returns the path to open.
     */
    public Path writeTo(Path root, String folderName) throws IOException {
        Path base = input.isEmpty() ? root.resolve(folderName) : root;
        Files.createDirectories(base);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = base.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        return input.isEmpty() ? base : base.resolve(input);
    }
}
