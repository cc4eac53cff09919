package org.planex.serve;

/**
 * The headers of one part of a {@code multipart/form-data} body (RFC 7578): the form field name, the file name
 * the client gave (empty for a plain field) and the part's media type ({@code text/plain} when not given).
 *
 * @param name the field name of {@code Content-Disposition}
 * @param fileName the {@code filename} parameter, or an empty string
 * @param contentType the part's {@code Content-Type}
 * @since 0.3
 */
record MultipartPart(String name, String fileName, String contentType) {
}
