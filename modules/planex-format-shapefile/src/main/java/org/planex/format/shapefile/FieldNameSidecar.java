package org.planex.format.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes the planex field-name sidecar ({@code layer.planex-fields}): UTF-8 lines
 * {@code SHORT<TAB>original} for every field whose name was shortened to fit dBase's 10 bytes. The reader
 * restores the original names; GDAL and other programs ignore the file and see the short names.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class FieldNameSidecar {

    private static final int MAX_BYTES = 1 << 20;

    private FieldNameSidecar() {
    }

    /** The mapping from short to original names; empty when the file is absent, too large or unreadable. */
    static Map<String, String> read(Path file) {
        Map<String, String> map = new LinkedHashMap<>();
        if (file == null) {
            return map;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return map;
            }
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0 && tab < line.length() - 1) {
                    map.put(line.substring(0, tab), line.substring(tab + 1).stripTrailing());
                }
            }
        } catch (IOException e) {
            return map;
        }
        return map;
    }

    /** Writes the mapping. */
    static void write(Path file, Map<String, String> shortToOriginal) throws IOException {
        StringBuilder sb = new StringBuilder();
        shortToOriginal.forEach((s, o) -> sb.append(s).append('\t').append(o).append('\n'));
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }
}
