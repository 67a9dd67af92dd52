package org.evaluation.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.evaluation.platform.Today;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Sends a sheet as the answer to a (non-ajax) button: an {@code .xlsx} attachment named after the
 * page and the day, streamed while the pages of rows are read. The file name is given twice in
 * {@code Content-Disposition}: as {@code filename*} in UTF-8 (RFC 6266 with RFC 5987's encoding),
 * which every current browser uses and which keeps Chinese names intact, and as a plain ASCII
 * {@code filename} for the rest.
 */
public final class ExcelDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ExcelDownload() {
    }

    /**
     * Sends the sheet and ends the request.
     *
     * @param title     the page's name in the user's language, the start of the file name
     * @param asciiName the same in ASCII letters, for clients that do not read {@code filename*}
     */
    public static <T extends Serializable> void send(ExcelSheet<T> sheet, ExcelSheet.Pages<T> pages, String title,
                                                     String asciiName) {
        LocalDate day = CDI.current().select(Today.class).get().date();
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(CONTENT_TYPE);
        external.setResponseHeader("Content-Disposition",
                contentDisposition(fileName(title, day), fileName(asciiName, day)));
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            OutputStream out = external.getResponseOutputStream();
            sheet.write(out, pages);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // refused or failed before the first byte (the first page is read first): the error page
            // answers, without the attachment's headers
            if (!external.isResponseCommitted()) {
                external.responseReset();
            }
            throw e;
        }
        context.responseComplete();
    }

    /** {@code 等次审议-2026-11-21.xlsx}: the name without characters a file system refuses, and the day. */
    static String fileName(String title, LocalDate day) {
        String clean = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip()
                .replaceAll("\\s+", "-");
        return (clean.isEmpty() ? "export" : clean) + "-" + day + ".xlsx";
    }

    /** The header value: {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    static String contentDisposition(String fileName, String asciiFallback) {
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
