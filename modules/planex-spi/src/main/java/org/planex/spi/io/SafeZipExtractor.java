package org.planex.spi.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Extracts the wanted entries of a ZIP archive (the files of a shapefile, the plan and attachments of an
 * XPlanArchiv) into a folder after checking every entry: no {@code ..}
 * segment, absolute path, drive letter or NUL in a name; at most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_TOTAL_BYTES} bytes in total; no entry above 1 MiB compressed more than {@value #MAX_RATIO}
 * times. Sizes are counted while copying, so a lying central directory cannot exceed the limits either.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.2
 */
public final class SafeZipExtractor {

    /** Most entries an archive may hold. */
    public static final int MAX_ENTRIES = 10_000;
    /** Most bytes the extracted entries may take together (8 GiB). */
    public static final long MAX_TOTAL_BYTES = 8L << 30;
    /** Highest compression ratio accepted for an entry larger than {@link #RATIO_FLOOR}. */
    public static final int MAX_RATIO = 100;
    /** Entries up to this size are not ratio-checked: they cannot make a bomb. */
    public static final long RATIO_FLOOR = 1L << 20;

    private SafeZipExtractor() {
    }

    /**
     * Extracts the entries of {@code zip} whose names {@code wanted} accepts into {@code folder}; every entry
     * name is checked, wanted or not.
     *
     * @return the extracted files by entry name, in archive order
     * @throws PlanexException of kind UNSAFE_INPUT for a refused archive, UNREADABLE_INPUT for a corrupt one
     */
    public static Map<String, Path> extract(Path zip, Path folder, Predicate<String> wanted)
            throws PlanexException {
        Location where = Location.of(zip);
        Map<String, Path> out = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (file.size() > MAX_ENTRIES) {
                throw PlanexException.unsafe(where, "the archive has " + file.size() + " entries, more than "
                        + MAX_ENTRIES);
            }
            List<? extends ZipEntry> entries = list(file);
            for (ZipEntry e : entries) {
                checkName(where, e.getName());
            }
            long total = 0;
            for (ZipEntry e : entries) {
                String name = e.getName();
                if (e.isDirectory() || !wanted.test(name)) {
                    continue;
                }
                Path target = folder.resolve(name).normalize();
                if (!target.startsWith(folder)) {
                    throw PlanexException.unsafe(where.withEntry(name), "the entry name leaves the archive folder");
                }
                Files.createDirectories(target.getParent());
                total += copy(file, e, target, where.withEntry(name), MAX_TOTAL_BYTES - total);
                out.put(name, target);
            }
        } catch (ZipException e) {
            throw PlanexException.unreadable(where, "not a readable ZIP archive: " + e.getMessage(), e);
        } catch (IOException e) {
            if (e instanceof PlanexException p) {
                throw p;
            }
            throw PlanexException.unreadable(where, "cannot extract the archive: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<? extends ZipEntry> list(ZipFile file) {
        List<ZipEntry> list = new ArrayList<>();
        Enumeration<? extends ZipEntry> en = file.entries();
        while (en.hasMoreElements()) {
            list.add(en.nextElement());
        }
        return list;
    }

    private static void checkName(Location where, String name) throws PlanexException {
        String n = name.replace('\\', '/');
        boolean bad = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0
                || ("/" + n + "/").contains("/../");
        if (bad) {
            throw PlanexException.unsafe(where.withEntry(name), "unsafe entry name (absolute path or '..'); the"
                    + " archive is refused");
        }
    }

    private static long copy(ZipFile file, ZipEntry e, Path target, Location where, long budget)
            throws IOException {
        long declared = e.getSize();
        long compressed = e.getCompressedSize();
        checkRatio(where, declared, compressed);
        long written = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = file.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                written += n;
                if (written > budget) {
                    throw PlanexException.unsafe(where, "the archive expands to more than " + MAX_TOTAL_BYTES
                            + " bytes");
                }
                if (declared >= 0 && written > declared) {
                    throw PlanexException.unsafe(where, "the entry expands beyond its declared size "
                            + declared);
                }
                checkRatio(where, written, compressed);
                out.write(buf, 0, n);
            }
        }
        return written;
    }

    private static void checkRatio(Location where, long size, long compressed) throws PlanexException {
        if (size > RATIO_FLOOR && compressed > 0 && size / compressed > MAX_RATIO) {
            throw PlanexException.unsafe(where, "the entry is compressed more than " + MAX_RATIO
                    + " times (a ZIP bomb?); the archive is refused");
        }
    }
}
