package org.planex.format.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The dBase language driver ids (byte 29 of a {@code .dbf} header) and their code pages: the dBase/FoxPro
 * table that ESRI and GDAL use (0x4D and 0x7A code page 936, 0x4E/0x79 949, 0x4F/0x78 950, 0xC8-0xCC
 * Windows 1250-1257, the DOS code pages below 0x70).
 *
 * <p>Id {@code 0x57} ("ANSI") is read as ISO-8859-1, as GDAL does (GDAL writes it by default for ISO-8859-1
 * files); Chinese data carries {@code 0x4D} or {@code 0x7A} (code page 936), or a {@code .cpg}, or nothing, in
 * which case the configured default applies.
 *
 * <p><b>Thread safety:</b> immutable.
 */
final class LanguageDriverTable {

    /** The id planex writes for GBK / code page 936 output. */
    static final int LDID_CP936 = 0x4D;
    /** The id planex writes for ISO-8859-1 output. */
    static final int LDID_ANSI = 0x57;

    private static final Map<Integer, String> CODE_PAGES = Map.ofEntries(
            Map.entry(0x01, "IBM437"), Map.entry(0x02, "IBM850"), Map.entry(0x03, "windows-1252"),
            Map.entry(0x08, "IBM865"), Map.entry(0x09, "IBM437"), Map.entry(0x0A, "IBM850"),
            Map.entry(0x0B, "IBM437"), Map.entry(0x0D, "IBM437"), Map.entry(0x0E, "IBM850"),
            Map.entry(0x0F, "IBM437"), Map.entry(0x10, "IBM850"), Map.entry(0x11, "IBM437"),
            Map.entry(0x12, "IBM850"), Map.entry(0x13, "windows-31j"), Map.entry(0x14, "IBM850"),
            Map.entry(0x15, "IBM437"), Map.entry(0x16, "IBM850"), Map.entry(0x17, "IBM865"),
            Map.entry(0x18, "IBM437"), Map.entry(0x19, "IBM437"), Map.entry(0x1A, "IBM850"),
            Map.entry(0x1B, "IBM437"), Map.entry(0x1C, "IBM863"), Map.entry(0x1D, "IBM850"),
            Map.entry(0x1F, "IBM852"), Map.entry(0x22, "IBM852"), Map.entry(0x23, "IBM852"),
            Map.entry(0x24, "IBM860"), Map.entry(0x25, "IBM850"), Map.entry(0x26, "IBM866"),
            Map.entry(0x37, "IBM850"), Map.entry(0x40, "IBM852"), Map.entry(0x4D, "GBK"),
            Map.entry(0x4E, "x-windows-949"), Map.entry(0x4F, "Big5"), Map.entry(0x50, "x-IBM874"),
            Map.entry(0x57, "ISO-8859-1"), Map.entry(0x58, "windows-1252"), Map.entry(0x59, "windows-1252"),
            Map.entry(0x64, "IBM852"), Map.entry(0x65, "IBM865"), Map.entry(0x66, "IBM866"),
            Map.entry(0x67, "IBM861"), Map.entry(0x6A, "x-IBM737"), Map.entry(0x6B, "IBM857"),
            Map.entry(0x6C, "IBM863"), Map.entry(0x78, "Big5"), Map.entry(0x79, "x-windows-949"),
            Map.entry(0x7A, "GBK"), Map.entry(0x7B, "windows-31j"), Map.entry(0x7C, "x-windows-874"),
            Map.entry(0x7D, "windows-1255"), Map.entry(0x7E, "windows-1256"),
            Map.entry(0x86, "x-IBM737"), Map.entry(0x87, "IBM852"), Map.entry(0x88, "IBM857"),
            Map.entry(0x96, "x-MacCyrillic"), Map.entry(0x97, "x-MacCentralEurope"), Map.entry(0x98, "x-MacGreek"),
            Map.entry(0xC8, "windows-1250"), Map.entry(0xC9, "windows-1251"), Map.entry(0xCA, "windows-1254"),
            Map.entry(0xCB, "windows-1253"), Map.entry(0xCC, "windows-1257"));

    private LanguageDriverTable() {
    }

    /** The charset of a language driver id, or {@code null} for 0, unknown ids and charsets this JVM lacks. */
    static Charset charsetOf(int ldid) {
        String name = CODE_PAGES.get(ldid);
        if (name == null) {
            return null;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    /** The id to write for output in {@code charset}: 0x4D for GBK family, 0x57 for ISO-8859-1, else 0. */
    static int idOf(Charset charset) {
        String n = charset.name();
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("x-mswin-936")) {
            return LDID_CP936;
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)) {
            return LDID_ANSI;
        }
        return 0;
    }
}
