package org.planex.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.planex.model.AdminLevel;
import org.planex.model.ControlKind;
import org.planex.model.CrsRef;

/**
 * A declarative mapping between a local GIS database and the plan model: which layers hold zones, control
 * areas, facilities, corridors and the boundary, which fields hold codes, names and ids, which code system and
 * which defaults for the header. Profiles are data ({@link ProfileLoader}); this record is the checked form.
 *
 * @param name the profile id, e.g. {@code cn-plan-db}
 * @param description one sentence for people
 * @param codeSystem the code system of the zone codes, e.g. {@code cn-ydyh-2023}
 * @param codeSystemVersion its edition, or {@code null}
 * @param crs the CRS to assume when the data does not declare one, or {@code null}
 * @param jurisdiction defaults for the jurisdiction of imported plans
 * @param layers the layer mappings, in the order features are read
 * @since 0.1
 */
public record Profile(String name, String description, String codeSystem, String codeSystemVersion, CrsRef crs,
        JurisdictionDefaults jurisdiction, List<LayerMapping> layers) {

    /**
     * Defaults for the jurisdiction and plan of an imported package.
     *
     * @param code the jurisdiction code, or {@code null} (then the boundary layer or an option must give it)
     * @param scheme the code scheme
     * @param level the administrative level
     * @param names names by language (may be empty)
     */
    public record JurisdictionDefaults(String code, String scheme, AdminLevel level, Map<String, String> names) {
        /** Checks the fields. */
        public JurisdictionDefaults {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(level, "level");
            names = Map.copyOf(names);
        }
    }

    /** Checks the profile: a name, a code system, at least one layer mapping. */
    public Profile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
        if (codeSystem == null || codeSystem.isBlank()) {
            throw new IllegalArgumentException("profile " + name + " needs a code system");
        }
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("profile " + name + " maps no layer");
        }
    }

    /** The first mapping that applies to a layer, if any. */
    public Optional<LayerMapping> mappingFor(String layerName) {
        return layers.stream().filter(m -> m.matches(layerName)).findFirst();
    }

    /**
     * The mapping used to write features of a role (and control kind) on export: the first mapping of that role
     * whose fixed kind equals {@code kind}, else the first of that role without a fixed kind.
     */
    public Optional<LayerMapping> exportMapping(Role role, ControlKind kind) {
        Optional<LayerMapping> exact = layers.stream()
                .filter(m -> m.role() == role && kind != null && kind.equals(m.controlKind())).findFirst();
        return exact.isPresent() ? exact
                : layers.stream().filter(m -> m.role() == role && m.controlKind() == null).findFirst();
    }

    /** A copy with other layer mappings. */
    public Profile withLayers(List<LayerMapping> newLayers) {
        return new Profile(name, description, codeSystem, codeSystemVersion, crs, jurisdiction, newLayers);
    }

    /**
     * Applies the generic command-line options: a code field for the zone layers, a code system, a
     * jurisdiction, and layers given a role by name ({@code LAYER=zones|control:KIND|facilities|corridors|boundary}),
     * which take precedence over the profile's own mappings.
     */
    public Profile with(ProfileOptions o) {
        List<LayerMapping> mapped = new ArrayList<>();
        for (Map.Entry<String, String> e : o.layerRoles().entrySet()) {
            String spec = e.getValue();
            Role role = Role.fromToken(spec.startsWith("control:") ? "control" : spec);
            ControlKind kind = spec.startsWith("control:") ? new ControlKind(spec.substring("control:".length())) : null;
            LayerMapping template = exportMapping(role, kind).orElse(null);
            Map<String, String> fields = template == null ? Map.of() : template.fields();
            Map<String, String> defaults = template == null ? Map.of() : template.defaults();
            mapped.add(new LayerMapping(role, kind, List.of(e.getKey()), fields, defaults));
        }
        mapped.addAll(layers);
        if (o.codeField() != null) {
            List<LayerMapping> withCode = new ArrayList<>();
            for (LayerMapping m : mapped) {
                if (m.role() == Role.ZONES) {
                    Map<String, String> f = new java.util.HashMap<>(m.fields());
                    f.put("code", o.codeField());
                    m = new LayerMapping(m.role(), m.controlKind(), m.match(), f, m.defaults());
                }
                withCode.add(m);
            }
            mapped = withCode;
        }
        JurisdictionDefaults j = jurisdiction;
        if (o.jurisdictionCode() != null || o.jurisdictionName() != null) {
            Map<String, String> names = o.jurisdictionName() == null ? j.names() : Map.of("zh", o.jurisdictionName());
            j = new JurisdictionDefaults(o.jurisdictionCode() != null ? o.jurisdictionCode() : j.code(), j.scheme(),
                    j.level(), names);
        }
        return new Profile(name, description, o.codeSystem() != null ? o.codeSystem() : codeSystem,
                o.codeSystem() != null ? null : codeSystemVersion, crs, j, mapped);
    }
}
