package org.planex.crs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The whole EPSG registry of geographic 2D and projected CRSs, from the resource {@code epsg-catalog.tsv.gz}
 * generated from PROJ's {@code proj.db} by {@code src/build/generate-epsg-catalog.py} (see {@code docs/crs.md}
 * for the edition and the EPSG terms of use in {@code EPSG-TERMS.txt}).
 *
 * <p>Loaded on first use, never at class loading of anything a command needs without a CRS: the first lookup
 * decompresses the resource (7.5 MB of text) and indexes its lines; each line is parsed when its code is first
 * asked for.
 *
 * <p><b>Thread safety:</b> immutable once loaded; loading is done once under the class-holder idiom.
 */
final class EpsgCatalog {

    static final String RESOURCE = "epsg-catalog.tsv.gz";

    private final byte[] text;
    private final int[] codes;
    private final int[] starts;
    private final int[] ends;
    private final String edition;
    private final Map<Integer, EpsgEntry> parsed = new ConcurrentHashMap<>();
    private volatile Collection<EpsgEntry> all;

    private EpsgCatalog(byte[] text, int[] codes, int[] starts, int[] ends, String edition) {
        this.text = text;
        this.codes = codes;
        this.starts = starts;
        this.ends = ends;
        this.edition = edition;
    }

    /** The catalogue, loaded on the first call. */
    static EpsgCatalog standard() {
        return Holder.CATALOG;
    }

    /** The entry of a code, if EPSG has it. Lines are parsed on first request. */
    Optional<EpsgEntry> get(int code) {
        int i = Arrays.binarySearch(codes, code);
        return i < 0 ? Optional.empty() : Optional.of(parsed.computeIfAbsent(code, c -> entry(i)));
    }

    /** Every entry, by code. */
    Collection<EpsgEntry> all() {
        Collection<EpsgEntry> result = all;
        if (result == null) {
            List<EpsgEntry> list = new ArrayList<>(codes.length);
            for (int code : codes) {
                list.add(get(code).orElseThrow());
            }
            result = List.copyOf(list);
            all = result;
        }
        return result;
    }

    /** How many CRSs the catalogue holds. */
    int size() {
        return codes.length;
    }

    /** The first header line: EPSG edition, PROJ and GDAL versions. */
    String edition() {
        return edition;
    }

    private EpsgEntry entry(int index) {
        return EpsgEntry.parse(new String(text, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8));
    }

    private static final class Holder {
        static final EpsgCatalog CATALOG = load();
    }

    /** Reads the decompressed catalogue as bytes and indexes its lines by code; no line is parsed yet. */
    private static EpsgCatalog load() {
        byte[] data;
        try (InputStream raw = EpsgCatalog.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from planex-crs");
            }
            data = new GZIPInputStream(raw, 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] codes = new int[8192];
        int[] starts = new int[8192];
        int[] ends = new int[8192];
        int n = 0;
        String edition = "";
        int pos = 0;
        while (pos < data.length) {
            int end = pos;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            if (end > pos && data[pos] == '#') {
                if (edition.isEmpty()) {
                    edition = new String(data, pos + 1, end - pos - 1, StandardCharsets.UTF_8).strip();
                }
            } else if (end > pos) {
                int code = 0;
                int i = pos;
                while (data[i] != '\t') {
                    code = code * 10 + (data[i++] - '0');
                }
                if (n == codes.length) {
                    codes = Arrays.copyOf(codes, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                if (n > 0 && code <= codes[n - 1]) {
                    throw new IllegalStateException(RESOURCE + " is not sorted by code at EPSG:" + code);
                }
                codes[n] = code;
                starts[n] = pos;
                ends[n] = end;
                n++;
            }
            pos = end + 1;
        }
        return new EpsgCatalog(data, Arrays.copyOf(codes, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
                edition);
    }
}
