package org.planex.format.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * Chooses the charset of a shapefile's text: the user's {@code encoding} option, else the {@code .cpg} file,
 * else the DBF language driver id, else the configured default ({@code default-encoding}, GBK unless set).
 *
 * <p>A {@code .cpg} holds one code page name or number ({@code UTF-8}, {@code GBK}, {@code 936},
 * {@code ANSI 1251}, {@code 88591}). A {@code .cpg} holding anything else (HTML, binary) is an error; a
 * well-formed but unknown name is reported as a warning and ignored.
 *
 * <p><b>Thread safety:</b> immutable.
 */
final class DbfCharsetResolver {

    private static final int MAX_CPG_BYTES = 4096;
    private static final int MAX_NAME_LENGTH = 64;

    private final Charset forced;
    private final Charset fallback;

    /**
     * A resolver.
     *
     * @param forced the user's charset that overrides everything, or {@code null}
     * @param fallback the charset when nothing else says
     */
    DbfCharsetResolver(Charset forced, Charset fallback) {
        this.forced = forced;
        this.fallback = fallback;
    }

    /**
     * Resolves the charset of one shapefile.
     *
     * @param cpg the {@code .cpg} file, or {@code null}
     * @param ldid the language driver id of the {@code .dbf}, 0 if none
     * @throws PlanexException if the {@code .cpg} is not a code page file
     */
    Charset resolve(Path cpg, int ldid, Location cpgLocation, WarningListener warnings) throws PlanexException {
        if (forced != null) {
            return forced;
        }
        if (cpg != null) {
            Charset c = readCpg(cpg, cpgLocation, warnings);
            if (c != null) {
                return c;
            }
        }
        Charset byId = LanguageDriverTable.charsetOf(ldid);
        return byId != null ? byId : fallback;
    }

    private static Charset readCpg(Path cpg, Location location, WarningListener warnings) throws PlanexException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(cpg)) {
            bytes = in.readNBytes(MAX_CPG_BYTES + 1);
        } catch (IOException e) {
            throw PlanexException.unreadable(location, "cannot read the .cpg file: " + e.getMessage(), e);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_NAME_LENGTH || !text.matches("[A-Za-z0-9 _.:()-]+")) {
            String what = text.startsWith("<") ? "it looks like HTML" : "it holds " + bytes.length
                    + (bytes.length > MAX_CPG_BYTES ? "+" : "") + " bytes that are not a code page name";
            throw PlanexException.unreadable(location, "the .cpg file does not name a code page (" + what
                    + "); replace it with one line such as UTF-8 or GBK, or delete it", null);
        }
        Charset c = byName(text);
        if (c == null) {
            warnings.warning(location, "unknown code page '" + text + "' in the .cpg file; ignored");
        }
        return c;
    }

    /** The charset a {@code .cpg} names, or {@code null} when unknown to this JVM. */
    static Charset byName(String cpgText) {
        String t = cpgText.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("ANSI") || t.startsWith("OEM") || t.startsWith("CP")) {
            t = t.replaceFirst("^(ANSI|OEM|CP)[ _-]?", "");
        }
        if (t.matches("\\d+")) {
            t = switch (t) {
                case "65001" -> "UTF-8";
                case "936", "20936" -> "GBK";
                case "54936" -> "GB18030";
                case "950" -> "Big5";
                case "932" -> "windows-31j";
                case "949" -> "x-windows-949";
                case "874" -> "x-windows-874";
                default -> t.startsWith("8859") ? "ISO-8859-" + t.substring(4)
                        : t.length() == 4 && t.startsWith("125") ? "windows-" + t : "IBM" + t;
            };
        }
        if (t.equals("GB2312") || t.equals("EUC-CN")) {
            t = "GBK";
        }
        try {
            return Charset.isSupported(t) ? Charset.forName(t) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
