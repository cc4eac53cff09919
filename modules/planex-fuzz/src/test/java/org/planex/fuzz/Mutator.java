package org.planex.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * One way to break an input, named for the reports: it returns a changed copy of the seed, the same for the
 * same random state.
 */
public interface Mutator {

    /** A short name, e.g. {@code dbf-record-count}. */
    String name();

    /** A broken copy of {@code seed}; may return the seed unchanged when the structure it breaks is absent. */
    SeedFiles apply(SeedFiles seed, SplittableRandom random);

    /** A mutator from a name and a function. */
    static Mutator of(String name, BiFunction<SeedFiles, SplittableRandom, SeedFiles> function) {
        return new Mutator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public SeedFiles apply(SeedFiles seed, SplittableRandom random) {
                return function.apply(seed, random);
            }
        };
    }

    /** A mutator that changes the bytes of a random file whose name ends with {@code suffix}. */
    static Mutator onFile(String name, String suffix, BiFunction<byte[], SplittableRandom, byte[]> change) {
        return of(name, (seed, random) -> {
            List<String> files = seed.namesEndingWith(suffix);
            if (files.isEmpty()) {
                return seed;
            }
            String file = files.get(random.nextInt(files.size()));
            return seed.with(file, change.apply(seed.file(file).clone(), random));
        });
    }
}
