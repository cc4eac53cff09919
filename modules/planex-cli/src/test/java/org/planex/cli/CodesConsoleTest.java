package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.codes.CodeRegistry;
import org.planex.model.PlanType;

class CodesConsoleTest {

    private static final CodeRegistry REGISTRY = CodeRegistry.load();

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;
    private CodesConsole console;

    @BeforeEach
    void setUp() {
        out = new StringWriter();
        err = new StringWriter();
        console = new CodesConsole(REGISTRY, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void listShowsEverySystem() {
        assertThat(console.list()).isZero();
        assertThat(out.toString()).contains("cn-ydyh-2023", "cn-ydyh-2020", "cn-gbt21010-2017", "hk-ozp",
                "inspire-hilucs", "superseded by cn-ydyh-2023", "cn-ydyh-2020 -> cn-ydyh-2023", "heavy-industry");
        assertThat(out.toString()).containsPattern("cn-ydyh-2023\\s+2023\\s+175");
    }

    @Test
    void showPrintsNameParentAndCategory() {
        assertThat(console.show("cn-ydyh-2023", "070102")).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^name\\s+二类城镇住宅用地$")
                .containsPattern("(?m)^parent\\s+0701 城镇住宅用地$")
                .containsPattern("(?m)^level\\s+3$")
                .containsPattern("(?m)^children\\s+-$")
                .containsPattern("(?m)^category\\s+residential$")
                .containsPattern("(?m)^HILUCS\\s+5_1_PermanentResidentialUse$");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showNormalisesAHongKongSubZone() {
        assertThat(console.show("hk-ozp", "R(A)4")).isZero();
        assertThat(out.toString()).containsPattern("(?m)^code\\s+R\\(A\\)  \\(from R\\(A\\)4\\)$")
                .contains("住宅(甲類)").containsPattern("(?m)^category\\s+residential$");
    }

    @Test
    void mapPrintsTheTargetCode() {
        assertThat(console.map("cn-ydyh-2020", "090302", "cn-ydyh-2023")).isZero();
        assertThat(out.toString()).startsWith("0903  娱乐用地" + System.lineSeparator());
    }

    @Test
    void mapMarksOneToManyMappings() {
        assertThat(console.map("cn-gbt21010-2017", "0604", "cn-ydyh-2023")).isZero();
        assertThat(out.toString()).contains("1101  物流仓储用地", "1102  储备库用地", "# needs subdivision");
    }

    @Test
    void mapOfAnUnmappedCodeSaysSo() {
        assertThat(console.map("inspire-hilucs", "6_6_NotKnownUse", "planex-category")).isEqualTo(3);
        assertThat(out.toString()).startsWith("CODE.UNMAPPED 6_6_NotKnownUse");
    }

    @Test
    void anUnknownSystemIsAUsageError() {
        assertThat(console.show("cn-ydyh-2022", "0701")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown code system 'cn-ydyh-2022'");
        assertThat(console.map("cn-ydyh-2023", "0701", "de-xplan")).isEqualTo(2);
    }

    @Test
    void anUnknownCodeIsAUsageErrorThatSaysWhatToDo() {
        assertThat(console.show("cn-ydyh-2023", "090302")).isEqualTo(2);
        assertThat(err.toString()).contains("CODE.DEPRECATED").contains("0903");
    }

    @Test
    void checkReportsBadCodesWithTheirLines() throws Exception {
        Path file = dir.resolve("zones.csv");
        Files.writeString(file, "BSM,YDYHFLDM\n1,070102\n2,0799\n3,090302\n4,\"0701\"\n", StandardCharsets.UTF_8);
        int exit = console.check("cn-ydyh-2023", file,
                CodesCheckOptions.defaults().withColumn("YDYHFLDM").withPlanType(PlanType.DETAILED));
        assertThat(exit).isEqualTo(3);
        assertThat(out.toString())
                .contains(file + ":3: error CODE.UNKNOWN '0799'")
                .contains(file + ":4: warning CODE.DEPRECATED")
                .contains(file + ":5: error CODE.LEVEL")
                .contains("4 codes checked against cn-ydyh-2023, 2 errors, 1 warnings")
                .doesNotContain(":2:");
    }

    @Test
    void checkOfCleanCodesExitsZero() throws Exception {
        Path file = dir.resolve("zones.txt");
        Files.writeString(file, "R(A)4\nGB\nCDA(1)\n", StandardCharsets.UTF_8);
        assertThat(console.check("hk-ozp", file, CodesCheckOptions.defaults())).isZero();
        assertThat(out.toString()).contains("3 codes checked against hk-ozp, 0 errors, 0 warnings");
    }

    @Test
    void checkReadsOtherEncodings() throws Exception {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, "代码,名称\n070102,二类城镇住宅用地\n".getBytes(Charset.forName("GBK")));
        CodesCheckOptions gbk = CodesCheckOptions.defaults().withColumn("代码").withEncoding(Charset.forName("GBK"));
        assertThat(console.check("cn-ydyh-2023", file, gbk)).isZero();
        assertThat(console.check("cn-ydyh-2023", file, CodesCheckOptions.defaults().withColumn("代码"))).isEqualTo(4);
        assertThat(err.toString()).contains("gbk.csv:1").contains("--encoding");
    }

    @Test
    void checkOfAMissingFileOrColumnFails() throws Exception {
        assertThat(console.check("cn-ydyh-2023", dir.resolve("none.csv"), CodesCheckOptions.defaults())).isEqualTo(4);
        assertThat(err.toString()).contains("file not found");
        Path file = dir.resolve("zones.csv");
        Files.writeString(file, "BSM,DLBM\n1,0101\n", StandardCharsets.UTF_8);
        assertThat(console.check("cn-gbt21010-2017", file, CodesCheckOptions.defaults().withColumn("YDYHFLDM")))
                .isEqualTo(3);
        assertThat(err.toString()).contains("no column 'YDYHFLDM'");
    }

    @Test
    void compatUsesTheReplacedMatrix() throws Exception {
        assertThat(console.compat("hk-ozp:R(A)", "cn-ydyh-2023:100103", Optional.empty())).isZero();
        assertThat(out.toString()).startsWith("conflict  hk-ozp:R(A) (residential) facing cn-ydyh-2023:100103");
        Path matrix = dir.resolve("m.csv");
        Files.writeString(matrix, "category_a,category_b,verdict,buffer_m\n*,*,compatible,\n"
                + "residential,heavy-industry,buffer,500\n", StandardCharsets.UTF_8);
        out.getBuffer().setLength(0);
        assertThat(console.compat("hk-ozp:R(A)", "cn-ydyh-2023:100103", Optional.of(matrix))).isZero();
        assertThat(out.toString()).startsWith("buffer 500 m").contains("# matrix: " + matrix);
    }

    @Test
    void compatRejectsABadMatrixWithItsLine() throws Exception {
        Path matrix = dir.resolve("m.csv");
        Files.writeString(matrix, "category_a,category_b,verdict\n*,*,maybe\n", StandardCharsets.UTF_8);
        assertThat(console.compat("residential", "forest", Optional.of(matrix))).isEqualTo(3);
        assertThat(err.toString()).contains("m.csv:2").contains("unknown verdict 'maybe'");
        assertThat(console.compat("residential", "woods", Optional.empty())).isEqualTo(2);
    }
}
