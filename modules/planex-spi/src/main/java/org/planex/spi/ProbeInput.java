package org.planex.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a provider may look at to recognise an input: its path, its first bytes, and the names it contains
 * when it is a folder or a ZIP archive. Created once per input and shared by every provider probed, so no
 * provider can consume the input for another.
 *
 * <p><b>Thread safety:</b> immutable; {@link #head()} returns a new read-only view each call.
 *
 * @since 0.1
 */
public final class ProbeInput {

    /** How many bytes of a file {@link #head()} holds at most. */
    public static final int HEAD_SIZE = 8192;
    /** How many names {@link #entryNames()} lists at most. */
    public static final int MAX_ENTRY_NAMES = 10_000;

    private final Path path;
    private final boolean directory;
    private final ByteBuffer head;
    private final List<String> entryNames;
    private final boolean zip;

    private ProbeInput(Path path, boolean directory, ByteBuffer head, List<String> entryNames, boolean zip) {
        this.path = path;
        this.directory = directory;
        this.head = head;
        this.entryNames = entryNames;
        this.zip = zip;
    }

    /**
     * Reads what providers may look at: the first {@value #HEAD_SIZE} bytes of a file; the names of a folder's
     * files (recursively, as relative paths with forward slashes) or of a ZIP file's entries.
     *
     * @throws PlanexException of kind {@link ErrorKind#UNREADABLE_INPUT} when the path does not exist or cannot
     *     be read
     */
    public static ProbeInput of(Path path) throws PlanexException {
        Objects.requireNonNull(path, "path");
        if (!Files.exists(path)) {
            throw PlanexException.unreadable(Location.of(path), "no such file or folder", null);
        }
        try {
            if (Files.isDirectory(path)) {
                return new ProbeInput(path, true, ByteBuffer.allocate(0).asReadOnlyBuffer(), listFolder(path), false);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(HEAD_SIZE);
            }
            ByteBuffer head = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
            boolean zip = isZip(bytes);
            return new ProbeInput(path, false, head, zip ? listZip(path) : List.of(), zip);
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(path), "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
    }

    private static List<String> listFolder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir, 4)) {
            return s.filter(Files::isRegularFile).limit(MAX_ENTRY_NAMES)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> listZip(Path file) {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> e = zip.entries();
            while (e.hasMoreElements() && names.size() < MAX_ENTRY_NAMES) {
                names.add(e.nextElement().getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        return Collections.unmodifiableList(names);
    }

    /** The input path. */
    public Path path() {
        return path;
    }

    /** The file name of the input, e.g. {@code plan.planex.zip}. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** Whether the input is a folder. */
    public boolean isDirectory() {
        return directory;
    }

    /**
     * Whether the input is a ZIP archive by its first bytes. A damaged ZIP (truncated, say) is a ZIP whose
     * {@link #entryNames()} are empty: providers should answer {@link ProbeResult#UNDETERMINED} for it when its
     * name suggests their format, so that opening it reports the damage.
     */
    public boolean isZip() {
        return zip;
    }

    /** A new read-only view of the first bytes of a file (empty for a folder). */
    public ByteBuffer head() {
        return head.duplicate();
    }

    /** The first bytes decoded as UTF-8 (malformed bytes replaced), for text formats. */
    public String headText() {
        return StandardCharsets.UTF_8.decode(head()).toString();
    }

    /**
     * The start tag of the root element of an XML head, from {@code <} up to (without) the first {@code >}
     * or the end of the head, skipping the XML declaration, comments, processing instructions and a DOCTYPE
     * opening; {@code null} if the head has none. For probing XML by its root element and namespace without
     * parsing.
     */
    public String xmlRootTag() {
        String text = headText();
        int i = 0;
        while (true) {
            i = text.indexOf('<', i);
            if (i < 0 || i + 1 >= text.length()) {
                return null;
            }
            char c = text.charAt(i + 1);
            if (c != '?' && c != '!') {
                int end = text.indexOf('>', i);
                return end < 0 ? text.substring(i) : text.substring(i, end);
            }
            i++;
        }
    }

    /**
     * File names in a folder or entry names in a ZIP, relative, with forward slashes; empty otherwise, and
     * empty for a ZIP whose directory cannot be read.
     */
    public List<String> entryNames() {
        return entryNames;
    }

    @Override
    public String toString() {
        return "ProbeInput[" + path + "]";
    }
}
