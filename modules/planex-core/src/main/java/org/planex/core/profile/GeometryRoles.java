package org.planex.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Puntal;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.WarningListener;

/**
 * Gives the layers of a dataset that a profile does not know a role from their geometry: polygons hold zones,
 * points facilities, lines corridors, and a layer of mixed geometry each record by its own
 * ({@link Role#FEATURES}). Applies only when the profile names none of the dataset's layers (a
 * single-layer file, or a database of another layout), so that a dataset planex has never seen reads as a
 * plan without options; a profile that names some layers keeps its choice and the others are skipped.
 *
 * <p>Only the name (and, for zones, the code) is taken from a field, where the layer has one of the name the
 * profile uses (case-insensitive); ids come from the source's feature ids and every other field stays a typed
 * attribute, so nothing of an unknown layout is misread. A polygon layer without a code field gives zones
 * without a code (reported by validation as {@code CODE.MISSING}), a point layer facilities of category
 * {@value #UNSPECIFIED}, a line layer corridors of type {@code other}.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.2
 */
public final class GeometryRoles {

    /** The facility category of points read without a category field. */
    public static final String UNSPECIFIED = "unspecified";

    private GeometryRoles() {
    }

    /**
     * The profile with a mapping for every layer that has a role by its geometry, if the profile names none
     * of {@code layers}; otherwise {@code profile} itself. Each added mapping is reported as a warning.
     */
    public static Profile apply(Profile profile, List<LayerSchema> layers, Location where, WarningListener warnings) {
        boolean named = layers.stream().anyMatch(l -> profile.mappingFor(l.name()).isPresent());
        if (named) {
            return profile;
        }
        List<LayerMapping> added = new ArrayList<>();
        for (LayerSchema l : layers) {
            Optional<Role> role = roleOf(l);
            if (role.isEmpty()) {
                continue;
            }
            LayerMapping m = mapping(profile, l, role.get());
            added.add(m);
            warnings.warning(where.withEntry(l.name()), "layer is not named by profile " + profile.name() + "; read as "
                    + role.get().token() + " from its " + l.geometryKind().name().toLowerCase(Locale.ROOT)
                    + " geometry" + describe(m) + "; to choose, give --layer-role " + l.name()
                    + "=zones|control:KIND|facilities|corridors|boundary, --code-field or --profile");
        }
        if (added.isEmpty()) {
            return profile;
        }
        added.addAll(profile.layers());
        return profile.withLayers(added);
    }

    /** The role a layer's geometry suggests: polygons zones, points facilities, lines corridors. */
    static Optional<Role> roleOf(LayerSchema layer) {
        return switch (layer.geometryKind()) {
            case POLYGON, MULTIPOLYGON -> Optional.of(Role.ZONES);
            case POINT, MULTIPOINT -> Optional.of(Role.FACILITIES);
            case LINESTRING, MULTILINESTRING -> Optional.of(Role.CORRIDORS);
            case GEOMETRY -> Optional.of(Role.FEATURES);
            case NONE -> Optional.empty();
        };
    }

    /** The role of one record of a {@link Role#FEATURES} layer: zones for polygons and records without geometry. */
    static Role roleOf(Geometry g) {
        if (g instanceof Puntal) {
            return Role.FACILITIES;
        }
        return g instanceof Lineal ? Role.CORRIDORS : Role.ZONES;
    }

    private static LayerMapping mapping(Profile profile, LayerSchema layer, Role role) {
        Map<String, String> template = profile.exportMapping(role == Role.FEATURES ? Role.ZONES : role, null)
                .map(LayerMapping::fields).orElse(Map.of());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : template.entrySet()) {
            if (!e.getKey().equals("name") && !(e.getKey().equals("code") && (role == Role.ZONES || role == Role.FEATURES))) {
                continue;
            }
            fieldNamed(layer, e.getValue()).ifPresent(f -> fields.put(e.getKey(), f));
        }
        Map<String, String> defaults = switch (role) {
            case FACILITIES -> Map.of("category", UNSPECIFIED);
            case CORRIDORS -> Map.of("type", "other");
            case FEATURES -> Map.of("category", UNSPECIFIED, "type", "other");
            default -> Map.of();
        };
        return new LayerMapping(role, null, List.of(layer.name()), fields, defaults);
    }

    private static Optional<String> fieldNamed(LayerSchema layer, String name) {
        return layer.fields().stream().map(FieldDef::name).filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    private static String describe(LayerMapping m) {
        String code = m.field("code");
        if (m.role() == Role.ZONES) {
            return code == null ? " (no code field: the zones are not classified)" : " (codes from field " + code + ")";
        }
        return "";
    }
}
