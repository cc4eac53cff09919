package org.planex.spi;

/**
 * The data model a format provider reads and writes.
 *
 * @since 0.1
 */
public enum DataModel {
    /**
     * Whole plan packages: header and typed features. The provider implements
     * {@link FormatProvider#openPlanReader} and/or {@link FormatProvider#openPlanWriter}.
     */
    PLAN,
    /**
     * Layers of records with typed fields, mapped to plans by a profile. The provider implements
     * {@link FormatProvider#openLayerReader} and/or {@link FormatProvider#openLayerWriter}.
     */
    LAYERS
}
