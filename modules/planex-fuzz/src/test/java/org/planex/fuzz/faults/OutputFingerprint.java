package org.planex.fuzz.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.fuzz.CliCall;
import org.planex.spi.Sha256;

/**
 * What an output holds, as a string equal for equal content wherever the output lies: for a format planex
 * reads, {@code planex info --json} without the input path (header, layers, fields, record counts, extents and,
 * for plan packages, the digest of every feature); for the write-only CSV, the SHA-256 of its bytes (its writer
 * is deterministic). An output {@code info} cannot read gets a fingerprint that matches no complete output.
 */
public final class OutputFingerprint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputFingerprint() {
    }

    /** The fingerprint of {@code target}, or {@code null} if nothing of that name exists. */
    public static String of(OutputKind kind, Path target) {
        if (!Files.exists(target)) {
            return null;
        }
        if (!kind.readable()) {
            try {
                return "sha256:" + Sha256.of(Files.readAllBytes(target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CliCall info = CliCall.run("info", target.toString(), "--json");
        if (info.exitCode() != 0) {
            return "unreadable: " + info.err().strip();
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(info.out());
            node.remove("input");
            return node.toString();
        } catch (IOException e) {
            return "not JSON: " + info.out();
        }
    }
}
