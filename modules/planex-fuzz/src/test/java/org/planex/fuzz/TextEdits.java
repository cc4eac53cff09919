package org.planex.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Edits of text formats (JSON, XML) that the format mutators share: truncation at a structural character,
 * replacing one occurrence of a token, inserting at one occurrence, and numbers no parser expects.
 */
public final class TextEdits {

    /** Numbers out of every range, and things that look like numbers. */
    static final String[] HOSTILE_NUMBERS = {"1e999999", "-1e400", "123456789012345678901234567890123456789",
        "1".repeat(200_000), "NaN", "-0", "0x10", "1e-999999", "9223372036854775808", "4.9e-325", "--1", "1.",
        ".5", "1e", "+1", "Infinity", "2147483648"};

    private TextEdits() {
    }

    /** A nesting depth: shallow, past common parser limits, or deep enough to overflow a recursive walk. */
    static int depth(SplittableRandom r) {
        return new int[] {2, 64, 1_001, 5_000, 50_000}[r.nextInt(5)];
    }

    /** Truncates before a random occurrence of one of {@code structural} characters. */
    public static byte[] truncateAtStructure(byte[] d, String structural, SplittableRandom r) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            if (structural.indexOf(d[i]) >= 0) {
                at.add(i);
            }
        }
        return Bytes.truncate(d, Bytes.pick(at, r, r.nextInt(d.length + 1)) + (r.nextBoolean() ? 1 : 0));
    }

    /** Replaces a random occurrence of one of {@code tokens} with a random one of {@code replacements}. */
    public static byte[] replaceToken(byte[] d, String[] tokens, String[] replacements, SplittableRandom r) {
        String token = tokens[r.nextInt(tokens.length)];
        List<Integer> hits = Bytes.find(d, token);
        if (hits.isEmpty()) {
            return d;
        }
        int at = hits.get(r.nextInt(hits.size()));
        return Bytes.splice(d, at, at + token.getBytes(StandardCharsets.UTF_8).length,
                replacements[r.nextInt(replacements.length)].getBytes(StandardCharsets.UTF_8));
    }

    /** Inserts {@code text} after a random occurrence of {@code marker}. */
    public static byte[] insertAfter(byte[] d, String marker, String text, SplittableRandom r) {
        List<Integer> hits = Bytes.find(d, marker);
        if (hits.isEmpty()) {
            return d;
        }
        int at = hits.get(r.nextInt(hits.size())) + marker.getBytes(StandardCharsets.UTF_8).length;
        return Bytes.splice(d, at, at, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces a random run of digits (a number's integer or fraction part) with a hostile number. */
    public static byte[] hostileNumber(byte[] d, SplittableRandom r) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < d.length; i++) {
            if (isDigit(d[i]) && !isDigit(d[i - 1]) && d[i - 1] != '.') {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return d;
        }
        int from = starts.get(r.nextInt(starts.size()));
        int to = from;
        while (to < d.length && (isDigit(d[to]) || d[to] == '.' || d[to] == 'E' || d[to] == 'e' || d[to] == '-')) {
            to++;
        }
        return Bytes.splice(d, from, to, HOSTILE_NUMBERS[r.nextInt(HOSTILE_NUMBERS.length)]
                .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
