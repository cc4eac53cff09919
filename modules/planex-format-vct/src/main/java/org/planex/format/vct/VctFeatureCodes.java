package org.planex.format.vct;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The feature codes (要素代码) and names a writer gives its layers: the land-use planning profile
 * ({@code land-use-planning-layers.txt}: XZQ, YDYH, STBHHX, YJJBNT, CZKFBJ) has fixed codes, every other layer
 * the next free code from 9000000001, named by its table.
 *
 * <p><b>Thread safety:</b> the profile is immutable and shared; an instance is used by one writer.
 */
final class VctFeatureCodes {

    private static final Map<String, String[]> PROFILE = load();

    private final Set<String> used = new HashSet<>();
    private long next = 9_000_000_001L;

    /** The code and name of layer {@code table}: {@code [code, name]}. */
    String[] assign(String table) {
        String[] fixed = PROFILE.get(table);
        if (fixed != null && used.add(fixed[0])) {
            return fixed;
        }
        String code;
        do {
            code = Long.toString(next++);
        } while (!used.add(code) || isProfileCode(code));
        return new String[] {code, table};
    }

    private static boolean isProfileCode(String code) {
        return PROFILE.values().stream().anyMatch(p -> p[0].equals(code));
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> m = new LinkedHashMap<>();
        try (InputStream in = VctFeatureCodes.class.getResourceAsStream("land-use-planning-layers.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource land-use-planning-layers.txt missing from planex-format-vct");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.split("\t");
                m.put(t[0], new String[] {t[1], t[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
