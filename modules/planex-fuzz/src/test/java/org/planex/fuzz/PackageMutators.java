package org.planex.fuzz;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Breaks ZIPs: the members inside with their format's mutators (re-zipped), and the ZIP structure itself
 * (local headers, central directory, end record, truncation at entry boundaries). For planex packages also
 * attachments that differ from their SHA-256 or are missing, and hostile and duplicate entry names.
 */
public final class PackageMutators {

    private static final int[] LOCAL_FIELDS = {8, 18, 22, 26, 28};
    private static final int[] CENTRAL_FIELDS = {10, 20, 24, 28, 30, 42};
    private static final int[] END_FIELDS = {8, 10, 12, 16, 20};
    private static final String[] ENTRY_NAMES = {"../evil.txt", "/abs.txt", "plan.xml", "attachments/../../x",
        "C:\\x.txt", "a/".repeat(300) + "x", "attachments/说明.txt"};

    /** A fixed entry time, so that a case zips to the same bytes every time. */
    private static final long ENTRY_TIME = 1_700_000_000_000L;

    private PackageMutators() {
    }

    /** Every package mutator. */
    public static List<Mutator> all() {
        List<Mutator> m = new ArrayList<>(zipped(PlanXmlMutators.all("plan.xml")));
        m.add(inside("zip-attachment-changed", Mutator.onFile("attachment", ".txt", Bytes::flipBits)));
        m.add(inside("zip-attachment-missing", Mutator.of("missing", (s, r) -> s.with(s.namesEndingWith(".txt")
                .stream().findFirst().orElse("none"), null))));
        m.add(inside("zip-entry-name", Mutator.of("name", (s, r) -> s.with(ENTRY_NAMES[r.nextInt(ENTRY_NAMES.length)],
                "x".getBytes(StandardCharsets.UTF_8)))));
        return m;
    }

    /** Mutators of the ZIP structure: bits, local headers, central directory, end record, truncation. */
    public static List<Mutator> zipStructure() {
        List<Mutator> m = new ArrayList<>();
        m.add(Mutator.onFile("zip-bitflip", ".zip", Bytes::flipBits));
        m.add(Mutator.onFile("zip-local-header", ".zip", (d, r) -> field(d, new byte[] {'P', 'K', 3, 4}, LOCAL_FIELDS, r)));
        m.add(Mutator.onFile("zip-central-directory", ".zip", (d, r) -> field(d, new byte[] {'P', 'K', 1, 2},
                CENTRAL_FIELDS, r)));
        m.add(Mutator.onFile("zip-end-record", ".zip", (d, r) -> field(d, new byte[] {'P', 'K', 5, 6}, END_FIELDS, r)));
        m.add(Mutator.onFile("zip-truncate-entry", ".zip", (d, r) -> Bytes.truncate(d, Bytes.pick(
                Bytes.find(d, "PK"), r, d.length / 2) + (r.nextInt(3) == 0 ? r.nextInt(40) : 0))));
        return m;
    }

    /** Every mutator of {@code members} applied inside a ZIP, then the ZIP structure mutators. */
    public static List<Mutator> zipped(List<Mutator> members) {
        List<Mutator> m = new ArrayList<>();
        for (Mutator member : members) {
            m.add(inside("zip-" + member.name(), member));
        }
        m.addAll(zipStructure());
        return m;
    }

    /**
     * Applies {@code inner} to the entries of the ZIP (as a folder) and zips the result again; a ZIP an earlier
     * mutation broke is left as it is.
     */
    static Mutator inside(String name, Mutator inner) {
        return Mutator.onFile(name, ".zip", (d, r) -> {
            Map<String, byte[]> entries = unzip(d);
            return entries == null ? d : zip(inner.apply(new SeedFiles(entries, ""), r).files());
        });
    }

    private static byte[] field(byte[] d, byte[] signature, int[] offsets, SplittableRandom r) {
        int at = Bytes.pick(Bytes.find(d, signature), r, -1);
        if (at < 0) {
            return d;
        }
        int offset = at + offsets[r.nextInt(offsets.length)];
        return r.nextBoolean() ? Bytes.putShort(d, offset, Bytes.hostileCount(r, 1), LITTLE_ENDIAN)
                : Bytes.putInt(d, offset, Bytes.hostileCount(r, Bytes.getInt(d, offset, LITTLE_ENDIAN)), LITTLE_ENDIAN);
    }

    /** The entries of a ZIP by name, in order, or {@code null} if it cannot be read. */
    public static Map<String, byte[]> unzip(byte[] d) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(d), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return entries;
    }

    /** The entries zipped with a fixed entry time. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
