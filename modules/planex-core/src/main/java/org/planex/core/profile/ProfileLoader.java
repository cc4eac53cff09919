package org.planex.core.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planex.model.AdminLevel;
import org.planex.model.ControlKind;
import org.planex.model.CrsRef;
import org.planex.spi.ErrorKind;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Loads profiles from JSON: the built-in ones by name ({@link #BUILT_IN}) or a user's file. Every member is
 * checked; an unknown member, a wrong type or a bad value is an error that names the file and the JSON path
 * (e.g. {@code layers[2].fields.code}). The format is documented in {@code docs/profiles.md}.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class ProfileLoader {

    /** The names of the built-in profiles. */
    public static final List<String> BUILT_IN = List.of("generic", "cn-plan-db", "hk-ozp");

    /** The format version this loader reads. */
    public static final int FORMAT_VERSION = 1;

    private static final Set<String> TOP = Set.of("planexProfile", "name", "description", "classification", "crs",
            "jurisdiction", "layers");
    private static final Set<String> LAYER = Set.of("role", "kind", "match", "fields", "defaults");

    private ProfileLoader() {
    }

    /**
     * A built-in profile by name, or a profile file by path.
     *
     * @throws PlanexException of kind USAGE for an unknown name or a bad file
     */
    public static Profile load(String nameOrFile) throws PlanexException {
        if (BUILT_IN.contains(nameOrFile)) {
            try (InputStream in = ProfileLoader.class.getResourceAsStream(nameOrFile + ".json")) {
                return parse(in, nameOrFile + " (built in)");
            } catch (IOException e) {
                throw new IllegalStateException("built-in profile " + nameOrFile + " is unreadable", e);
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "unknown profile '" + nameOrFile
                    + "': not a built-in profile (" + String.join(", ", BUILT_IN) + ") nor a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(file), "cannot read the profile: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a profile.
     *
     * @param source the name that errors give for the file
     */
    public static Profile parse(InputStream in, String source) throws PlanexException {
        JsonNode root;
        try {
            ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw error(source, "", "not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw error(source, "", "cannot read: " + e.getMessage());
        }
        try {
            return profile(root, source);
        } catch (IllegalArgumentException e) {
            throw error(source, "", e.getMessage());
        }
    }

    private static Profile profile(JsonNode root, String src) throws PlanexException {
        object(root, src, "");
        known(root, TOP, src, "");
        int version = root.path("planexProfile").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw error(src, "planexProfile", "must be " + FORMAT_VERSION + " (the profile format version)");
        }
        String name = text(root, "name", src, "", true);
        JsonNode cls = root.path("classification");
        object(cls, src, "classification");
        known(cls, Set.of("system", "version"), src, "classification.");
        JsonNode crsNode = root.get("crs");
        CrsRef crs = crsNode == null || crsNode.isNull() ? null : CrsRef.parse(crsNode.asText());
        JsonNode j = root.path("jurisdiction");
        object(j, src, "jurisdiction");
        known(j, Set.of("code", "scheme", "level", "names"), src, "jurisdiction.");
        Map<String, String> names = strings(j.path("names"), src, "jurisdiction.names");
        Profile.JurisdictionDefaults jd = new Profile.JurisdictionDefaults(text(j, "code", src, "jurisdiction.", false),
                text(j, "scheme", src, "jurisdiction.", true),
                AdminLevel.fromToken(text(j, "level", src, "jurisdiction.", true)), names);
        JsonNode layers = root.path("layers");
        if (!layers.isArray()) {
            throw error(src, "layers", "must be an array of layer mappings");
        }
        List<LayerMapping> mappings = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            String path = "layers[" + i + "]";
            JsonNode l = layers.get(i);
            object(l, src, path);
            known(l, LAYER, src, path + ".");
            try {
                Role role = Role.fromToken(text(l, "role", src, path + ".", true));
                String kind = text(l, "kind", src, path + ".", false);
                List<String> match = new ArrayList<>();
                for (JsonNode m : l.path("match")) {
                    match.add(m.asText());
                }
                mappings.add(new LayerMapping(role, kind == null ? null : new ControlKind(kind), match,
                        strings(l.path("fields"), src, path + ".fields"), strings(l.path("defaults"), src,
                                path + ".defaults")));
            } catch (IllegalArgumentException e) {
                throw error(src, path, e.getMessage());
            }
        }
        return new Profile(name, text(root, "description", src, "", false), text(cls, "system", src,
                "classification.", true), text(cls, "version", src, "classification.", false), crs, jd, mappings);
    }

    private static void object(JsonNode n, String src, String path) throws PlanexException {
        if (!n.isObject()) {
            throw error(src, path, "must be a JSON object");
        }
    }

    private static void known(JsonNode n, Set<String> allowed, String src, String prefix) throws PlanexException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw error(src, prefix + f, "unknown member (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode n, String member, String src, String prefix, boolean required)
            throws PlanexException {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            if (required) {
                throw error(src, prefix + member, "is required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(src, prefix + member, "must be a non-empty string");
        }
        return v.asText();
    }

    private static Map<String, String> strings(JsonNode n, String src, String path) throws PlanexException {
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        object(n, src, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw error(src, path + "." + e.getKey(), "must be a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static PlanexException error(String source, String path, String reason) {
        return new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "profile " + source
                + (path.isEmpty() ? "" : ", " + path) + ": " + reason);
    }
}
