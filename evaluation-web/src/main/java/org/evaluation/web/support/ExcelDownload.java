package org.evaluation.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.evaluation.api.PageResult;
import org.evaluation.api.audit.AccessLog;
import org.evaluation.platform.Today;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a sheet as the answer to a (non-ajax) button: an {@code .xlsx} attachment named after the
 * page and the day, streamed while the pages of rows are read. The file name is given twice in
 * {@code Content-Disposition}: as {@code filename*} in UTF-8 (RFC 6266 with RFC 5987's encoding),
 * which every current browser uses and which keeps Chinese names intact, and as a plain ASCII
 * {@code filename} for the rest.
 */
public final class ExcelDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";


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
                Attachment.header(fileName(title, day), fileName(asciiName, day)));
        external.setResponseHeader("Cache-Control", "no-store");
        // what leaves the platform, by whom and from where, is in the audit trail before the first
        // byte leaves: the sheet reads its first page, with the number of rows, before it writes
        AccessLog log = CDI.current().select(AccessLog.class).get();
        AtomicBoolean logged = new AtomicBoolean();
        ExcelSheet.Pages<T> audited = (first, size) -> {
            PageResult<T> page = pages.page(first, size);
            if (logged.compareAndSet(false, true)) {
                log.exported(asciiName, page.total());
            }
            return page;
        };
        try {
            OutputStream out = external.getResponseOutputStream();
            sheet.write(out, audited);
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
}
