package org.planex.codes.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planex.codes.CodeRegistry;
import org.planex.model.PlanType;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;

class CodeCheckerTest {

    private final CodeChecker checker = new CodeChecker(CodeRegistry.load());

    @Test
    void aValidCodeHasNoFinding() throws PlanexException {
        assertThat(checker.check("cn-ydyh-2023", "070102")).isEmpty();
        assertThat(checker.check("hk-ozp", "R(A)4")).isEmpty();
    }

    @Test
    void anUnknownCodeIsAnError() throws PlanexException {
        List<Issue> f = checker.check("cn-ydyh-2023", "0799");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("CODE.UNKNOWN");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("'0799'").contains("cn-ydyh-2023");
            assertThat(x.packageIds()).as("validation adds where it is").isEmpty();
            assertThat(x.message()).contains("check the spelling");
        });
        assertThat(checker.check("cn-ydyh-2023", " ")).extracting(Issue::ruleId).containsExactly("CODE.UNKNOWN");
    }

    @Test
    void aCodeOfTheSupersededEditionIsDeprecatedWithItsReplacement() throws PlanexException {
        assertThat(checker.check("cn-ydyh-2023", "090302")).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("CODE.DEPRECATED");
            assertThat(x.message()).contains("cn-ydyh-2020").contains("0903 of cn-ydyh-2023");
        });
        assertThat(checker.check("cn-ydyh-2020", "1311")).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("CODE.DEPRECATED");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("superseded by cn-ydyh-2023").contains("1311 of cn-ydyh-2023");
        });
    }

    @Test
    void aCodeWithoutCategoryIsUnmapped() throws PlanexException {
        assertThat(checker.check("inspire-hilucs", "6_6")).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("CODE.UNMAPPED");
            assertThat(x.message()).contains("6_6_NotKnownUse").contains("not known");
        });
    }

    @Test
    void aMasterPlanUsesLevelsOneAndTwo() throws PlanexException {
        Optional<PlanType> master = Optional.of(PlanType.MASTER);
        assertThat(checker.check("cn-ydyh-2023", "0701", master)).isEmpty();
        assertThat(checker.check("cn-ydyh-2023", "07", master)).isEmpty();
        assertThat(checker.check("cn-ydyh-2023", "070102", master)).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("CODE.LEVEL");
            assertThat(x.message()).contains("use its parent 0701");
        });
    }

    @Test
    void aDetailedPlanUsesTheFinestLevel() throws PlanexException {
        Optional<PlanType> detailed = Optional.of(PlanType.DETAILED);
        assertThat(checker.check("cn-ydyh-2023", "070102", detailed)).isEmpty();
        assertThat(checker.check("cn-ydyh-2023", "0702", detailed)).isEmpty();
        assertThat(checker.check("cn-ydyh-2023", "16", detailed)).isEmpty();
        assertThat(checker.check("cn-ydyh-2023", "0701", detailed)).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("CODE.LEVEL");
            assertThat(x.message()).contains("070101, 070102, 070103");
        });
        assertThat(checker.check("cn-ydyh-2023", "070102", Optional.of(PlanType.SPECIAL))).isEmpty();
    }
}
