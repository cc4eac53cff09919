package org.planex.format.xplan;

import java.util.HashMap;
import java.util.Map;
import org.planex.model.ControlKind;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;

/**
 * The tables from XPlanGML enumerations to planex: the area feature types read as zones and the zone code of
 * each (in the code system {@value #SYSTEM}), the numeric {@code allgArtDerBaulNutzung} and
 * {@code besondereArtDerBaulNutzung} values, {@code rechtsstand} to plan status, {@code planArt} to plan type,
 * and the protection features read as control areas. The module's README lists them.
 *
 * <p><b>Thread safety:</b> immutable tables.
 */
final class XPlanCodes {

    /** The code system of the zones. */
    static final String SYSTEM = "de-xplan-artdernutzung";
    /** The control kind of areas for protecting, caring for and developing nature and landscape. */
    static final ControlKind NATURE_PROTECTION = new ControlKind("nature-landscape-protection");
    /** The feature types whose zone code comes from the Art der baulichen Nutzung. */
    static final String BUILDING_AREA = "BP_BaugebietsTeilFlaeche";

    /** Area feature types read as zones, with the code of those that are not building areas. */
    private static final Map<String, String> ZONE_TYPES = pairs(BUILDING_AREA, "", "FP_BebauungsFlaeche", "",
            "BP_GemeinbedarfsFlaeche", "GEMEINBEDARF", "FP_Gemeinbedarf", "GEMEINBEDARF",
            "BP_GruenFlaeche", "GRUEN", "FP_Gruen", "GRUEN",
            "BP_VerkehrsflaecheBesondererZweckbestimmung", "VERKEHR",
            "BP_StrassenVerkehrsFlaeche", "STRASSE", "FP_Strassenverkehr", "STRASSE",
            "BP_LandwirtschaftsFlaeche", "LANDWIRTSCHAFT", "FP_LandwirtschaftsFlaeche", "LANDWIRTSCHAFT",
            "BP_WaldFlaeche", "WALD", "FP_WaldFlaeche", "WALD",
            "BP_GewaesserFlaeche", "GEWAESSER", "FP_Gewaesser", "GEWAESSER");

    /** Protection feature types read as control areas. */
    private static final Map<String, ControlKind> CONTROL_TYPES = Map.of(
            "BP_SchutzPflegeEntwicklungsFlaeche", NATURE_PROTECTION,
            "FP_SchutzPflegeEntwicklung", NATURE_PROTECTION);

    private static final Map<String, String> ALLGEMEINE_ART = Map.of(
            "1000", "W", "2000", "M", "3000", "G", "4000", "S");

    private static final Map<String, String> BESONDERE_ART = pairs("1000", "WS", "1100", "WR", "1200", "WA",
            "1300", "WB", "1400", "MD", "1450", "MDW", "1500", "MI", "1550", "MU", "1600", "MK", "1700", "GE",
            "1800", "GI", "2000", "SOE", "2100", "SO", "3000", "SOW", "4000", "SOS");

    private XPlanCodes() {
    }

    /** A map of key-value pairs given one after the other. */
    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Map.copyOf(m);
    }

    /** Whether features of {@code type} (a local name such as {@code BP_GruenFlaeche}) are read as zones. */
    static boolean isZoneType(String type) {
        return ZONE_TYPES.containsKey(type);
    }

    /** The control kind of features of {@code type}, or {@code null} if they are not control areas. */
    static ControlKind controlKind(String type) {
        return CONTROL_TYPES.get(type);
    }

    /**
     * The zone code of a feature of {@code type}: its type's code, or for a building area the code of
     * {@code besondereArt} if given, else of {@code allgemeineArt}; {@code null} when neither is known.
     */
    static String zoneCode(String type, String allgemeineArt, String besondereArt) {
        String fixed = ZONE_TYPES.get(type);
        if (fixed != null && !fixed.isEmpty()) {
            return fixed;
        }
        String special = besondereArt == null ? null : BESONDERE_ART.get(besondereArt.strip());
        if (special != null) {
            return special;
        }
        return allgemeineArt == null ? null : ALLGEMEINE_ART.get(allgemeineArt.strip());
    }

    /**
     * The plan status of a {@code rechtsstand}: BP 1000 Aufstellungsbeschluss -> draft; 2000-2300 (Entwurf,
     * Beteiligung) -> consultation; 3000 Satzung / FP 3000 Plan -> approved; 4000 inkraftgetreten / wirksam ->
     * in force, and so is 4500 teilweise untergegangen; 5000 and above (untergegangen, aufgehoben, ausser Kraft) ->
     * superseded; none -> in force (a plan exchanged is usually in force).
     */
    static PlanStatus status(String rechtsstand) {
        if (rechtsstand == null || rechtsstand.isBlank()) {
            return PlanStatus.IN_FORCE;
        }
        int code;
        try {
            code = Integer.parseInt(rechtsstand.strip());
        } catch (NumberFormatException e) {
            return PlanStatus.DRAFT;
        }
        if (code < 2000) {
            return PlanStatus.DRAFT;
        }
        if (code < 3000) {
            return PlanStatus.CONSULTATION;
        }
        if (code < 4000) {
            return PlanStatus.APPROVED;
        }
        return code < 5000 ? PlanStatus.IN_FORCE : PlanStatus.SUPERSEDED;
    }

    /** The plan type of a plan element: a Bebauungsplan is a zoning plan, a Flaechennutzungsplan a master plan. */
    static PlanType planType(String planElement) {
        return planElement.startsWith("BP_") ? PlanType.ZONING : PlanType.MASTER;
    }
}
