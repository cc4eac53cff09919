package org.planex.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The whole EPSG registry of geographic 2D and projected CRSs, from the resource {@code epsg-catalog.tsv.gz}
 * generated from PROJ's {@code proj.db} by {@code src/build/generate-epsg-catalog.py} (see {@code docs/crs.md}
 * for the edition, and {@code EPSG-TERMS.txt} beside the resource for the EPSG terms of use).
 *
 * <p>Nothing is read before the first lookup, and only what is asked for is kept. The first lookup reads the
 * small resource {@code epsg-common.tsv.gz} (the 192 CRSs plan data mostly uses, 9 KB); a code not among them
 * streams through the whole compressed catalogue (7.5 MB of text, 450 KB compressed) and keeps only the
 * entries asked for, so memory stays flat for streaming conversions with a small heap. {@link #scan} streams
 * every entry without keeping any, for building indexes.
 *
 * <p><b>Thread safety:</b> thread-safe; entries are immutable and cached in a concurrent map.
 */
final class EpsgCatalog {

    static final String RESOURCE = "epsg-catalog.tsv.gz";
    /** The CRSs plan data mostly uses (CGCS2000 and its zones, WGS 84 and UTM, HK 1980, NAD83), read first. */
    static final String COMMON = "epsg-common.tsv.gz";
    private static final EpsgCatalog STANDARD = new EpsgCatalog();

    private final Map<Integer, Optional<EpsgEntry>> cache = new ConcurrentHashMap<>();
    private volatile String edition;
    private volatile boolean commonLoaded;

    private EpsgCatalog() {
    }

    /** The catalogue. */
    static EpsgCatalog standard() {
        return STANDARD;
    }

    /** The entry of a code, if EPSG has it. */
    Optional<EpsgEntry> get(int code) {
        Optional<EpsgEntry> e = cache.get(code);
        return e != null ? e : load(Set.of(code)).getOrDefault(code, Optional.empty());
    }

    /** The entries of several codes in one pass over the resource; codes EPSG lacks are left out. */
    Map<Integer, EpsgEntry> getAll(Collection<Integer> codes) {
        Map<Integer, EpsgEntry> out = new HashMap<>();
        Set<Integer> missing = new HashSet<>();
        for (int code : codes) {
            Optional<EpsgEntry> e = cache.get(code);
            if (e == null) {
                missing.add(code);
            } else {
                e.ifPresent(x -> out.put(code, x));
            }
        }
        if (!missing.isEmpty()) {
            load(missing).forEach((code, e) -> e.ifPresent(x -> out.put(code, x)));
        }
        return out;
    }

    /** The entries of several codes in one pass over the resource, without keeping them in the cache. */
    Map<Integer, EpsgEntry> peek(Collection<Integer> codes) {
        Set<Integer> wanted = new HashSet<>(codes);
        Map<Integer, EpsgEntry> out = new HashMap<>();
        read(RESOURCE, line -> {
            if (wanted.contains(code(line))) {
                EpsgEntry e = EpsgEntry.parse(line);
                out.put(e.code(), e);
            }
            return out.size() < wanted.size();
        });
        return out;
    }

    /** Streams every entry, in code order, keeping none. */
    void scan(Consumer<EpsgEntry> each) {
        read(RESOURCE, line -> {
            each.accept(EpsgEntry.parse(line));
            return true;
        });
    }

    /** The first header line: EPSG edition, PROJ and GDAL versions. */
    String edition() {
        String e = edition;
        if (e == null) {
            read(COMMON, line -> false);
            e = edition;
        }
        return e;
    }

    private Map<Integer, Optional<EpsgEntry>> load(Set<Integer> asked) {
        Map<Integer, Optional<EpsgEntry>> found = new HashMap<>();
        if (!commonLoaded) {
            read(COMMON, line -> {
                EpsgEntry e = EpsgEntry.parse(line);
                cache.put(e.code(), Optional.of(e));
                return true;
            });
            commonLoaded = true;
        }
        Set<Integer> codes = new HashSet<>();
        for (int code : asked) {
            Optional<EpsgEntry> e = cache.get(code);
            if (e != null) {
                found.put(code, e);
            } else {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            return found;
        }
        int last = codes.stream().mapToInt(Integer::intValue).max().orElse(0);
        read(RESOURCE, line -> {
            int code = code(line);
            if (codes.contains(code)) {
                found.put(code, Optional.of(EpsgEntry.parse(line)));
            }
            return code < last;
        });
        for (int code : codes) {
            found.putIfAbsent(code, Optional.empty());
        }
        cache.putAll(found);
        return found;
    }

    private static int code(String line) {
        int code = 0;
        for (int i = 0; i < line.length() && line.charAt(i) != '\t'; i++) {
            code = code * 10 + (line.charAt(i) - '0');
        }
        return code;
    }

    /** Reads data lines until {@code each} returns false; remembers the edition from the header. */
    private void read(String resource, Predicate<String> each) {
        try (InputStream raw = EpsgCatalog.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + resource + " missing from planex-crs");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 15),
                    StandardCharsets.UTF_8), 1 << 15);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    if (edition == null) {
                        edition = line.substring(1).strip();
                    }
                } else if (!line.isBlank() && !each.test(line)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
