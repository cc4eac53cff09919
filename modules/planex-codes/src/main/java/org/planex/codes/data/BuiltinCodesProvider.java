package org.planex.codes.data;

import java.util.List;
import java.util.Optional;
import org.planex.spi.codes.CodeSystem;
import org.planex.spi.codes.CodeSystemProvider;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * The code systems and crosswalks that ship with planex: {@value #YDYH_2023}, {@value #YDYH_2020},
 * {@value #GBT_21010}, {@value #HK_OZP}, {@value #XPLAN} and {@value #HILUCS}, with crosswalks from the 2020 edition and
 * GB/T 21010 to the 2023 edition, and from every system except the 2020 edition to the harmonised categories
 * and (HILUCS aside) to HILUCS. The 2020 edition reaches categories and HILUCS through the 2023 edition.
 *
 * <p>The systems and crosswalks are shared by all instances and load their data on first use.
 */
public final class BuiltinCodesProvider implements CodeSystemProvider {

    /** 国土空间调查、规划、用途管制用地用海分类, 2023 edition. */
    public static final String YDYH_2023 = "cn-ydyh-2023";
    /** Its 2020 trial edition. */
    public static final String YDYH_2020 = "cn-ydyh-2020";
    /** GB/T 21010-2017 with the third land survey's working codes. */
    public static final String GBT_21010 = "cn-gbt21010-2017";
    /** Hong Kong Outline Zoning Plan zones. */
    public static final String HK_OZP = "hk-ozp";
    /** The German XPlanGML zones: Bauflaechen and Baugebiete of the BauNVO, and the other area features. */
    public static final String XPLAN = "de-xplan-artdernutzung";
    /** INSPIRE HILUCS. */
    public static final String HILUCS = "inspire-hilucs";

    private static final List<CodeSystem> SYSTEMS = List.of(
            new TableCodeSystem(YDYH_2023, "国土空间调查、规划、用途管制用地用海分类 (land and sea use classification)",
                    "2023", Optional.empty(), "systems/cn-ydyh-2023.csv", new NumericCodeNormaliser()),
            new TableCodeSystem(YDYH_2020, "国土空间调查、规划、用途管制用地用海分类指南（试行） (trial edition)",
                    "2020", Optional.of(YDYH_2023), "systems/cn-ydyh-2020.csv", new NumericCodeNormaliser()),
            new TableCodeSystem(GBT_21010, "GB/T 21010-2017 土地利用现状分类 (current land use classification)",
                    "2017", Optional.empty(), "systems/cn-gbt21010-2017.csv", new NumericCodeNormaliser()),
            new TableCodeSystem(HK_OZP, "Hong Kong Outline Zoning Plan zones", "current", Optional.empty(),
                    "systems/hk-ozp.csv", new ZoneSuffixNormaliser()),
            new TableCodeSystem(XPLAN, "XPlanGML Art der baulichen Nutzung and area features (Germany)", "6.0",
                    Optional.empty(), "systems/de-xplan-artdernutzung.csv", new ZoneSuffixNormaliser()),
            new TableCodeSystem(HILUCS,
                    "INSPIRE Hierarchical INSPIRE Land Use Classification System (HILUCS), data specification D2.8.III.4",
                    "3.0", Optional.empty(), "systems/inspire-hilucs.csv", new HilucsValueNormaliser()));

    private static final List<Crosswalk> CROSSWALKS = List.of(
            new TableCrosswalk(YDYH_2020, YDYH_2023),
            new TableCrosswalk(GBT_21010, YDYH_2023),
            new TableCrosswalk(YDYH_2023, HarmonisedCategory.SYSTEM_ID),
            new TableCrosswalk(YDYH_2023, HILUCS),
            new TableCrosswalk(GBT_21010, HarmonisedCategory.SYSTEM_ID),
            new TableCrosswalk(GBT_21010, HILUCS),
            new TableCrosswalk(HK_OZP, HarmonisedCategory.SYSTEM_ID),
            new TableCrosswalk(HK_OZP, HILUCS),
            new TableCrosswalk(XPLAN, HarmonisedCategory.SYSTEM_ID),
            new TableCrosswalk(XPLAN, HILUCS),
            new TableCrosswalk(HILUCS, HarmonisedCategory.SYSTEM_ID));

    /** Creates the provider; cheap, for {@link java.util.ServiceLoader}. */
    public BuiltinCodesProvider() {
        // the data is shared and loaded lazily by the systems and crosswalks themselves
    }

    @Override
    public List<CodeSystem> codeSystems() {
        return SYSTEMS;
    }

    @Override
    public List<Crosswalk> crosswalks() {
        return CROSSWALKS;
    }
}
