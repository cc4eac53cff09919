package org.planex.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planex.rule.Severity;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Per-agency severities and rule parameters, loaded from a file.
 *
 * <p>Text form, one setting a line, {@code #} starts a comment:
 * <pre>
 * BORDER.SLIVER = warning        # an issue id or glob, and a severity: error, warning or info
 * XB.* = warning
 * BORDER.OFFSET.min-offset = 5   # RULE_ID.parameter = number
 * </pre>
 * JSON form: {@code {"severities": {"BORDER.SLIVER": "warning"}, "parameters": {"BORDER.OFFSET.min-offset": 5}}}
 * (a file whose first non-blank character is <code>{</code>). Later settings win; for an issue id, an exact
 * id wins over a glob.
 *
 * @since 0.1
 */
public final class SeverityProfile {

    /** No overrides. */
    public static final SeverityProfile NONE = new SeverityProfile(Map.of(), Map.of());

    private static final long MAX_SIZE = 1 << 20;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.*-]+");

    private final Map<String, Severity> severities;
    private final Map<String, Double> parameters;

    private SeverityProfile(Map<String, Severity> severities, Map<String, Double> parameters) {
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A profile from given settings. */
    public static SeverityProfile of(Map<String, Severity> severities, Map<String, Double> parameters) {
        return new SeverityProfile(new LinkedHashMap<>(severities), new LinkedHashMap<>(parameters));
    }

    /**
     * Reads a profile file.
     *
     * @throws PlanexException UNREADABLE_INPUT if it cannot be read, INVALID_DATA naming the line of a bad setting
     */
    public static SeverityProfile read(Path file) throws PlanexException {
        String text;
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw PlanexException.unsafe(Location.of(file), "a severity profile is limited to 1 MiB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot read the severity profile: " + e.getMessage(), e);
        }
        return text.strip().startsWith("{") ? readJson(file, text) : readText(file, text);
    }

    private static SeverityProfile readText(Path file, String text) throws PlanexException {
        Map<String, Severity> sev = new LinkedHashMap<>();
        Map<String, Double> par = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            Location at = Location.of(file, i + 1, 1);
            if (eq <= 0) {
                throw PlanexException.invalid(at, "expected RULE=severity or RULE.parameter=number, got '" + line + "'",
                        null);
            }
            put(at, line.substring(0, eq).strip(), line.substring(eq + 1).strip(), sev, par);
        }
        return new SeverityProfile(sev, par);
    }

    private static SeverityProfile readJson(Path file, String text) throws PlanexException {
        Map<String, Severity> sev = new LinkedHashMap<>();
        Map<String, Double> par = new LinkedHashMap<>();
        Location at = Location.of(file);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw PlanexException.invalid(at, "not valid JSON: " + e.getMessage(), e);
        }
        for (String section : List.of("severities", "parameters")) {
            JsonNode node = root.path(section);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                put(at.withFeature(section + "." + e.getKey()), e.getKey(), e.getValue().asText(), sev, par);
            }
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!name.equals("severities") && !name.equals("parameters")) {
                throw PlanexException.invalid(at, "unknown member '" + name + "' (expected severities, parameters)",
                        null);
            }
        }
        return new SeverityProfile(sev, par);
    }

    private static void put(Location at, String key, String value, Map<String, Severity> sev, Map<String, Double> par)
            throws PlanexException {
        if (!KEY.matcher(key).matches()) {
            throw PlanexException.invalid(at, "'" + key + "' is not a rule id, glob or RULE.parameter", null);
        }
        try {
            sev.put(key.toUpperCase(Locale.ROOT), Severity.fromToken(value));
            return;
        } catch (IllegalArgumentException notSeverity) {
            if (!value.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
                throw PlanexException.invalid(at, "'" + value + "' for " + key
                        + " is neither a severity (error, warning, info) nor a number", null);
            }
        }
        int dot = key.lastIndexOf('.');
        String rule = key.substring(0, Math.max(dot, 0));
        String name = key.substring(dot + 1);
        if (dot <= 0 || !rule.equals(rule.toUpperCase(Locale.ROOT)) || !name.matches("[a-z][a-z0-9-]*")) {
            throw PlanexException.invalid(at, "a number needs a key RULE_ID.parameter (e.g. BORDER.OFFSET.min-offset),"
                    + " got '" + key + "'", null);
        }
        par.put(key, Double.parseDouble(value));
    }

    /** The severity set for an issue id: an exact id first, else the last matching glob. */
    public Optional<Severity> severity(String issueId) {
        Severity exact = severities.get(issueId);
        if (exact != null) {
            return Optional.of(exact);
        }
        Severity found = null;
        for (Map.Entry<String, Severity> e : severities.entrySet()) {
            if (e.getKey().contains("*") && RuleSelection.glob(e.getKey()).matcher(issueId).matches()) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Rule parameters by {@code RULE_ID.name}. */
    public Map<String, Double> parameters() {
        return parameters;
    }
}
