package org.evaluation.web.support;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download: the real (Chinese) name as {@code filename*} in
 * UTF-8 (RFC 6266 with RFC 5987's encoding), and an ASCII name as {@code filename} for clients that
 * do not read the other. Shared by the Excel exports and the PDF documents.
 */
public final class Attachment {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Attachment() {
    }

    /** The header value: {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    public static String header(String fileName, String asciiFallback) {
        StringBuilder ascii = new StringBuilder();
        asciiFallback.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 {@code value-chars}: letters, digits and attr-chars as they are, every other byte as %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
