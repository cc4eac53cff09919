package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodesCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mapPrintsThe2023Code() {
        assertThat(run("codes", "map", "cn-ydyh-2020", "090302", "--to", "cn-ydyh-2023")).isZero();
        assertThat(out()).startsWith("0903");
    }

    @Test
    void showPrintsNameParentAndCategory() {
        assertThat(run("codes", "show", "cn-ydyh-2023", "070102")).isZero();
        assertThat(out()).contains("二类城镇住宅用地").containsPattern("(?m)^parent\\s+0701 ")
                .containsPattern("(?m)^category\\s+residential$");
    }

    @Test
    void checkTakesColumnPlanTypeAndExitsThreeOnErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("zones.csv");
        Files.writeString(file, "BSM,YDYHFLDM\n1,0701\n2,070102\n", StandardCharsets.UTF_8);
        assertThat(run("codes", "check", "cn-ydyh-2023", file.toString(), "--column", "YDYHFLDM",
                "--plan-type", "detailed")).isEqualTo(3);
        assertThat(out()).contains(":2: error CODE.LEVEL");
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThat(run("codes", "show", "xx", "0701")).isEqualTo(2);
        assertThat(run("codes", "check", "cn-ydyh-2023", "f.csv", "--plan-type", "regional")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown code system 'xx'", "'regional'");
    }
}
