package org.planex.codes.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CodeDomain;
import org.planex.spi.codes.CodeEntry;
import org.planex.spi.codes.CodeOrigin;

/**
 * Reads a code list: a CSV file with the columns {@code code, name, level, parent, domain, origin} and
 * optional {@code name_TAG} columns for names in other languages ({@code name_zh_hant} gives the
 * {@code zh-Hant} name). Parents must come before their children, and a child's level is its parent's
 * plus one.
 */
public final class CodeTableReader {

    private CodeTableReader() {
    }

    /**
     * Reads all records of {@code reader} and closes it.
     *
     * @throws PlanexException (invalid) naming the line of the first bad record
     */
    public static CodeTable read(CsvRecordReader reader) throws PlanexException {
        try (reader) {
            CsvHeader header = CsvHeader.read(reader);
            int code = header.require("code");
            int name = header.require("name");
            int level = header.require("level");
            int parent = header.require("parent");
            int domain = header.require("domain");
            int origin = header.require("origin");
            Map<String, Integer> otherNames = new LinkedHashMap<>();
            for (int i = 0; i < header.names().size(); i++) {
                String column = header.names().get(i).trim();
                if (column.startsWith("name_")) {
                    otherNames.put(languageTag(column.substring(5)), i);
                }
            }
            List<CodeEntry> entries = new ArrayList<>();
            Map<String, CodeEntry> seen = new HashMap<>();
            for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                CsvRow row = next.get();
                header.checkWidth(row);
                CodeEntry entry = entry(reader, row, code, name, level, parent, domain, origin, otherNames);
                if (seen.containsKey(entry.code())) {
                    throw invalid(reader, row, "code " + entry.code() + " is listed twice");
                }
                CodeEntry parentEntry = entry.parent().isEmpty() ? null : seen.get(entry.parent());
                if (!entry.parent().isEmpty() && parentEntry == null) {
                    throw invalid(reader, row, "parent " + entry.parent() + " of " + entry.code()
                            + " must be listed before it");
                }
                if (parentEntry != null && parentEntry.level() + 1 != entry.level()) {
                    throw invalid(reader, row, "code " + entry.code() + " has level " + entry.level()
                            + " but its parent " + parentEntry.code() + " has level " + parentEntry.level());
                }
                seen.put(entry.code(), entry);
                entries.add(entry);
            }
            return new CodeTable(entries);
        } catch (IOException e) {
            if (e instanceof PlanexException p) {
                throw p;
            }
            throw PlanexException.unreadable(reader.source(), "cannot close: " + e.getMessage(), e);
        }
    }

    private static CodeEntry entry(CsvRecordReader reader, CsvRow row, int code, int name, int level, int parent,
            int domain, int origin, Map<String, Integer> otherNames) throws PlanexException {
        Map<String, String> names = new LinkedHashMap<>();
        otherNames.forEach((tag, index) -> {
            if (!row.field(index).isBlank()) {
                names.put(tag, row.field(index).trim());
            }
        });
        try {
            return new CodeEntry(row.field(code).trim(), row.field(name).trim(), names,
                    Integer.parseInt(row.field(level).trim()), row.field(parent).trim(),
                    CodeDomain.valueOf(row.field(domain).trim().toUpperCase(Locale.ROOT)),
                    CodeOrigin.valueOf(row.field(origin).trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw invalid(reader, row, "bad code record: " + e.getMessage()
                    + " (level is a whole number, domain land|sea|unspecified, origin standard|supplement)");
        }
    }

    private static String languageTag(String suffix) {
        String[] parts = suffix.split("_");
        StringBuilder tag = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            tag.append('-').append(p.length() == 4
                    ? Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(Locale.ROOT)
                    : p.toUpperCase(Locale.ROOT));
        }
        return tag.toString();
    }

    private static PlanexException invalid(CsvRecordReader reader, CsvRow row, String reason) {
        return PlanexException.invalid(reader.source().at(row.line(), -1), reason, null);
    }
}
