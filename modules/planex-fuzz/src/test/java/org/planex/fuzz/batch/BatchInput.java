package org.planex.fuzz.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.planex.format.geojson.GeoJsonFormatProvider;
import org.planex.format.shapefile.ShapefileFormatProvider;
import org.planex.fuzz.SeedWriters;
import org.planex.testkit.SampleLayers;

/**
 * One input of the batch and what planex must make of it.
 *
 * @param path the file
 * @param format the format it is in ({@code geojson} or {@code shapefile}); for a broken one, the format
 *     planex detects before failing, or {@code null}
 * @param features the zones it holds (0 for a broken one)
 * @param broken how it is broken, {@code null} for a good one
 */
public record BatchInput(Path path, String format, int features, BrokenInput broken) {

    /** The most zones in a good input (1 to this). */
    static final int MAX_FEATURES = 4;

    /**
     * Writes {@code files} inputs {@code in-0000...} into {@code folder}, {@code broken} of them broken (at seeded
     * places, every {@link BrokenInput} in turn); one good input in ten is a shapefile ZIP, the others GeoJSON.
     * Good inputs are written by planex's own writers.
     */
    public static List<BatchInput> write(Path folder, int files, int broken, long seed) throws IOException {
        Path seeds = Files.createDirectories(folder.resolveSibling("seeds"));
        byte[][] geojson = new byte[MAX_FEATURES + 1][];
        byte[][] shapefile = new byte[MAX_FEATURES + 1][];
        for (int k = 1; k <= MAX_FEATURES; k++) {
            geojson[k] = Files.readAllBytes(SeedWriters.layers(new GeoJsonFormatProvider(),
                    seeds.resolve(k + ".geojson"), SampleLayers.SCHEMA, false, null, k));
            shapefile[k] = Files.readAllBytes(SeedWriters.layers(new ShapefileFormatProvider(),
                    seeds.resolve(k + ".zip"), SeedWriters.DBF_ZONES, false, null, k));
        }
        boolean[] isBroken = brokenPlaces(files, broken, seed);
        Files.createDirectories(folder);
        List<BatchInput> inputs = new ArrayList<>();
        BrokenInput[] kinds = BrokenInput.values();
        int nextKind = 0;
        for (int i = 0; i < files; i++) {
            int k = 1 + i % MAX_FEATURES;
            BatchInput input;
            if (isBroken[i]) {
                BrokenInput b = kinds[nextKind++ % kinds.length];
                input = new BatchInput(name(folder, i, b.suffix()), b.detectedFormat(), 0, b);
                Files.write(input.path(), b.bytes(geojson[k], shapefile[k]));
            } else if (i % 10 == 3) {
                input = new BatchInput(name(folder, i, "zip"), "shapefile", k, null);
                Files.write(input.path(), shapefile[k]);
            } else {
                input = new BatchInput(name(folder, i, "geojson"), "geojson", k, null);
                Files.write(input.path(), geojson[k]);
            }
            inputs.add(input);
        }
        return inputs;
    }

    /** Whether the input is good. */
    public boolean good() {
        return broken == null;
    }

    private static boolean[] brokenPlaces(int files, int broken, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        boolean[] places = new boolean[files];
        for (int placed = 0; placed < broken;) {
            int i = r.nextInt(files);
            if (!places[i]) {
                places[i] = true;
                placed++;
            }
        }
        return places;
    }

    private static Path name(Path folder, int i, String suffix) {
        return folder.resolve(String.format(Locale.ROOT, "in-%04d.%s", i, suffix));
    }
}
