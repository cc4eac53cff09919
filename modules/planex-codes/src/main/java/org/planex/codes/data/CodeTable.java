package org.planex.codes.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.planex.spi.codes.CodeEntry;

/** The loaded, immutable codes of one system, indexed by code and by parent. */
public final class CodeTable {

    private final List<CodeEntry> entries;
    private final Map<String, CodeEntry> byCode;
    private final Map<String, List<CodeEntry>> byParent;

    /** Indexes {@code entries}, which must have unique codes and list parents before children. */
    CodeTable(List<CodeEntry> entries) {
        Map<String, CodeEntry> codes = new LinkedHashMap<>();
        Map<String, List<CodeEntry>> children = new LinkedHashMap<>();
        for (CodeEntry e : entries) {
            codes.put(e.code(), e);
            children.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(e);
        }
        children.replaceAll((p, list) -> List.copyOf(list));
        this.entries = List.copyOf(entries);
        this.byCode = Collections.unmodifiableMap(codes);
        this.byParent = Collections.unmodifiableMap(children);
    }

    /** The entry of {@code code}. */
    public Optional<CodeEntry> lookup(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All entries, in file order. */
    public List<CodeEntry> entries() {
        return entries;
    }

    /** The codes, in file order. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    /** The direct children of {@code code}. */
    public List<CodeEntry> children(String code) {
        return byParent.getOrDefault(code, List.of());
    }
}
