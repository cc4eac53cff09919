package org.planex.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.planex.model.PlanType;

/**
 * Options of {@code planex codes check}, as {@link CodesCommand} parses them for {@link CodesConsole}.
 *
 * @param column the CSV column that holds the codes, found by name in the header line; empty when the file
 *        has no header and the codes are the first field of each line
 * @param planType the plan type for {@code CODE.LEVEL}; empty to skip that check
 * @param encoding the text encoding of the file
 */
record CodesCheckOptions(Optional<String> column, Optional<PlanType> planType, Charset encoding) {

    /** Checks the fields. */
    public CodesCheckOptions {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(planType, "planType");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** No header, no plan type, UTF-8. */
    public static CodesCheckOptions defaults() {
        return new CodesCheckOptions(Optional.empty(), Optional.empty(), StandardCharsets.UTF_8);
    }

    /** These options with the codes in column {@code name} of a CSV file with a header. */
    public CodesCheckOptions withColumn(String name) {
        return new CodesCheckOptions(Optional.of(name), planType, encoding);
    }

    /** These options with the level rule of {@code type}. */
    public CodesCheckOptions withPlanType(PlanType type) {
        return new CodesCheckOptions(column, Optional.of(type), encoding);
    }

    /** These options with the file read in {@code charset}. */
    public CodesCheckOptions withEncoding(Charset charset) {
        return new CodesCheckOptions(column, planType, charset);
    }
}
