package org.planex.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file shipped with a plan package under {@code attachments/}.
 *
 * @param path the path relative to the package root, with forward slashes, below {@code attachments/}
 * @param mediaType the media type, e.g. {@code application/pdf}
 * @param sha256 the SHA-256 of the content as 64 lower-case hex digits
 * @param title a title for people, or {@code null}
 * @since 0.1
 */
public record Attachment(String path, String mediaType, String sha256, String title) implements Serializable {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Checks the fields: the path must stay inside {@code attachments/}. */
    public Attachment {
        Checks.nonBlank(path, "attachment path");
        Checks.nonBlank(mediaType, "attachment media type");
        if (!path.startsWith("attachments/") || path.contains("\\") || path.contains("//")
                || path.matches(".*(^|/)\\.\\.?(/|$).*")) {
            throw new IllegalArgumentException("attachment path '" + path
                    + "' must be a relative path below attachments/ without '.' or '..' segments");
        }
        sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("attachment " + path + ": SHA-256 must be 64 hex digits");
        }
    }
}
