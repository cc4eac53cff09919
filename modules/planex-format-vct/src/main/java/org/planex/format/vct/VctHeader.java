package org.planex.format.vct;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.planex.spi.PlanexException;

/**
 * The {@code HeadBegin} ... {@code HeadEnd} section: {@code Key:Value} lines in the order VCT 2.0 lists them.
 * Keys are matched case-insensitively; unknown keys are kept and ignored. The version is {@code 2.0} or the
 * standard's name {@code GB/T 17798-2007}, as land-survey exports write it; the extent is written as
 * {@code ExtentMin}/{@code ExtentMax} pairs (older files have {@code MinX} ... {@code MaxY}, which are ignored).
 *
 * <p><b>Thread safety:</b> not thread-safe while being filled; read-only afterwards.
 */
final class VctHeader {

    /** The keys planex writes, in order. */
    static final String[] KEYS = {"DataMark", "Version", "CoordinateSystemType", "Dim", "XAxisDirection",
        "YAxisDirection", "XYUnit", "Spheroid", "PrimeMeridian", "Projection", "Parameters", "ExtentMin", "ExtentMax",
        "MapScale", "Offset", "Date", "Separator"};

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Sets a value. */
    VctHeader put(String key, String value) {
        values.put(key.toLowerCase(Locale.ROOT), value == null ? "" : value);
        return this;
    }

    /** The value of {@code key}, or {@code ""} when absent. */
    String get(String key) {
        return values.getOrDefault(key.toLowerCase(Locale.ROOT), "");
    }

    /** The field separator, one character; {@code ,} when the header does not say. */
    char separator() {
        String s = get("Separator");
        return s.isEmpty() ? ',' : s.charAt(0);
    }

    /** Whether the x axis points north (surveyors' order): coordinates are then swapped on reading. */
    boolean northFirst() {
        return get("XAxisDirection").strip().toUpperCase(Locale.ROOT).startsWith("N");
    }

    /**
     * Reads the lines after {@code HeadBegin} up to {@code HeadEnd} and checks the version, the dimension and
     * the separator.
     */
    static VctHeader read(VctLineReader in) throws PlanexException {
        VctHeader h = new VctHeader();
        for (String line = in.require("HeadEnd"); !line.strip().equals("HeadEnd"); line = in.require("HeadEnd")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                if (line.isBlank()) {
                    continue;
                }
                throw PlanexException.unreadable(in.location(), "header line '" + abbreviate(line)
                        + "' is not Key:Value; fix the HeadBegin section", null);
            }
            h.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String version = h.get("Version");
        if (!version.isEmpty() && !version.startsWith("2") && !version.replace(" ", "").contains("17798-2007")) {
            throw PlanexException.unreadable(in.location(), "VCT version " + version + " is not supported; planex "
                    + "reads VCT 2.0 (GB/T 17798-2007); export the data as VCT 2.0", null);
        }
        String dim = h.get("Dim");
        if (!dim.isEmpty() && !dim.equals("2")) {
            throw PlanexException.unreadable(in.location(), "Dim " + dim + " is not supported; planex reads 2D "
                    + "VCT only; export the data with Dim:2", null);
        }
        char sep = h.separator();
        if (Character.isDigit(sep) || sep == '.' || sep == '-' || sep == '"' || sep == '+') {
            throw PlanexException.unreadable(in.location(), "separator '" + sep + "' cannot separate numbers; "
                    + "use ',' in the Separator line", null);
        }
        return h;
    }

    /** The header as the lines between {@code HeadBegin} and {@code HeadEnd}. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (String key : KEYS) {
            sb.append(key).append(':').append(get(key)).append('\n');
        }
        return sb.toString();
    }

    /** {@code s} cut to 60 characters, for messages. */
    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
