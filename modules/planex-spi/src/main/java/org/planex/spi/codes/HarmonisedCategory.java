package org.planex.spi.codes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The shared categories every code system maps to, so that zones coded in different systems can be
 * compared across a border. The compatibility matrix is defined over these.
 *
 * @since 0.1
 */
public enum HarmonisedCategory {
    /** Housing, urban or rural, and mixed developments led by housing. */
    RESIDENTIAL("residential"),
    /** Schools, kindergartens, universities. */
    EDUCATION("education"),
    /** Hospitals, clinics, public health and care homes. */
    HEALTH("health"),
    /** Government, culture, sport, research, religion and other community services. */
    OTHER_PUBLIC_SERVICE("other-public-service"),
    /** Retail, offices, hotels, entertainment. */
    COMMERCIAL("commercial"),
    /** Manufacturing with little nuisance to its neighbours. */
    LIGHT_INDUSTRY("light-industry"),
    /** Manufacturing, mining and processing with significant nuisance or hazard. */
    HEAVY_INDUSTRY("heavy-industry"),
    /** Warehouses, storage yards, logistics parks. */
    LOGISTICS("logistics"),
    /** Roads, rail, ports, airports, stations, pipelines. */
    TRANSPORT("transport"),
    /** Water, power, telecoms, fire and similar service installations. */
    UTILITIES("utilities"),
    /** Utilities that are bad neighbours: sewage and waste treatment, gas storage, crematoria. */
    NUISANCE_UTILITIES("nuisance-utilities"),
    /** Parks, green buffers, squares, recreation grounds. */
    GREEN_OPEN_SPACE("green-open-space"),
    /** Cropland, orchards, grassland, farm facilities, fisheries. */
    AGRICULTURE("agriculture"),
    /** Woodland. */
    FOREST("forest"),
    /** Rivers, lakes, reservoirs, ponds, open sea. */
    WATER("water"),
    /** Marshes, tidal flats, mangroves. */
    WETLAND("wetland"),
    /** Land and sea under ecological protection (nature reserves, conservation zones, country parks). */
    ECOLOGICAL_PROTECTION("ecological-protection"),
    /** Military, diplomatic, prisons, heritage and other special uses. */
    SPECIAL("special"),
    /** Land reserved for a use not yet decided (留白用地, Undetermined). */
    RESERVED("reserved"),
    /** Everything else: bare land, unspecified uses. */
    OTHER("other");

    /** The system id of the categories when they are the target of a {@link Crosswalk}. */
    public static final String SYSTEM_ID = "planex-category";

    private final String token;

    HarmonisedCategory(String token) {
        this.token = token;
    }

    /** The stable token of this category in data files, reports and on the command line. */
    public String token() {
        return token;
    }

    /** The category with {@code token}, or empty. */
    public static Optional<HarmonisedCategory> fromToken(String token) {
        return Arrays.stream(values()).filter(c -> c.token.equals(token)).findFirst();
    }
}
