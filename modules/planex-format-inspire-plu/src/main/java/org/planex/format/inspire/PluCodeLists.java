package org.planex.format.inspire;

import java.util.Locale;
import java.util.Map;
import org.planex.model.AdminLevel;
import org.planex.model.ControlKind;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;

/**
 * The tables from planex values to the values of INSPIRE's PLU code lists (and back where a file from other
 * software has no planex header): level of spatial plan, process step, regulation nature and supplementary
 * regulation. The README of this module shows the same tables.
 */
final class PluCodeLists {

    /** The supplementary regulation of a control area whose kind has no row below. */
    static final String OTHER_REGULATION = "10_OtherSupplementaryRegulation";

    private static final Map<PlanStatus, String> STEPS = Map.of(PlanStatus.DRAFT, "elaboration",
            PlanStatus.CONSULTATION, "elaboration", PlanStatus.APPROVED, "adoption", PlanStatus.IN_FORCE, "legalForce",
            PlanStatus.SUPERSEDED, "obsolete");

    private PluCodeLists() {
    }

    /** The LevelOfSpatialPlanValue of a plan of a jurisdiction at {@code level}. */
    static String levelOfSpatialPlan(AdminLevel level) {
        return switch (level) {
            case NATIONAL -> "national";
            case PROVINCIAL, SPECIAL_ADMINISTRATIVE_REGION -> "regional";
            case MUNICIPAL -> "supraLocal";
            case COUNTY -> "local";
            case TOWNSHIP -> "infraLocal";
            case OTHER -> "other";
        };
    }

    /** The administrative level of a LevelOfSpatialPlanValue (for files without a planex header). */
    static AdminLevel adminLevel(String levelOfSpatialPlan) {
        for (AdminLevel level : AdminLevel.values()) {
            if (levelOfSpatialPlan(level).equals(levelOfSpatialPlan)) {
                return level;
            }
        }
        return "supraNational".equals(levelOfSpatialPlan) ? AdminLevel.NATIONAL
                : levelOfSpatialPlan.endsWith("Regional") ? AdminLevel.PROVINCIAL : AdminLevel.OTHER;
    }

    /** The ProcessStepGeneralValue of a plan status. */
    static String processStep(PlanStatus status) {
        return STEPS.get(status);
    }

    /** The plan status of a ProcessStepGeneralValue, draft if unknown (for files without a planex header). */
    static PlanStatus status(String processStep) {
        for (PlanStatus status : PlanStatus.values()) {
            if (processStep(status).equals(processStep)) {
                return status;
            }
        }
        return PlanStatus.DRAFT;
    }

    /**
     * The RegulationNatureValue of the zones of a plan: master and special plans bind the authorities that
     * make the plans below them; detailed and zoning plans bind everyone.
     */
    static String zoneRegulationNature(PlanType type) {
        return switch (type) {
            case MASTER, SPECIAL -> "bindingOnlyForAuthorities";
            case DETAILED, ZONING -> "generallyBinding";
        };
    }

    /** The RegulationNatureValue of control areas: the control lines are set by national law. */
    static String controlRegulationNature() {
        return "definedInLegislation";
    }

    /** The SupplementaryRegulationValue of a control kind; {@value #OTHER_REGULATION} for kinds not listed. */
    static String supplementaryRegulation(ControlKind kind) {
        return switch (kind.token()) {
            case "ecological-red-line" -> "1_4_NatureProtection";
            case "permanent-basic-farmland" -> "7_2_1_Agriculture";
            case "urban-development-boundary" -> "7_1_4_4_UrbanArea";
            case "historic", "historic-protection", "heritage" -> "3_3_BuiltHeritageProtection";
            case "flood", "flood-control" -> "2_1_FloodRisks";
            case "water-source", "water-source-protection" -> "1_6_5_DrinkingWaterProtectionArea";
            case "wetland" -> "1_4_5_ProtectedWetland";
            default -> OTHER_REGULATION;
        };
    }

    /**
     * The control kind of a regulation of a file without planex's kind: the kind whose regulation it is, else
     * {@code inspire-} and the value in lower case, e.g. {@code inspire-2-1-1-areaexposedtofloodrisk}.
     */
    static ControlKind controlKind(String supplementaryRegulation) {
        for (ControlKind kind : new ControlKind[] {ControlKind.ECOLOGICAL_RED_LINE,
            ControlKind.PERMANENT_BASIC_FARMLAND, ControlKind.URBAN_DEVELOPMENT_BOUNDARY}) {
            if (supplementaryRegulation(kind).equals(supplementaryRegulation)) {
                return kind;
            }
        }
        String token = supplementaryRegulation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return new ControlKind("inspire-" + (token.isEmpty() ? "regulation" : token));
    }

    /** The plan type of a planTypeName in planex's code list, or {@code null} for another list. */
    static PlanType planType(String href) {
        if (href == null || !href.startsWith(PluNames.PLAN_TYPE)) {
            return null;
        }
        try {
            return PlanType.fromToken(href.substring(PluNames.PLAN_TYPE.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
