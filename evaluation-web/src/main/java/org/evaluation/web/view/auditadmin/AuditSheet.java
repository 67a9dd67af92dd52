package org.evaluation.web.view.auditadmin;

import org.evaluation.platform.Today;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.web.support.ExcelSheet;

import java.time.LocalDateTime;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The entries of the audit trail the filter on the page shows, as a workbook for the audit
 * administrator: every field the chain links, the time in the server's time zone.
 */
public final class AuditSheet {

    private AuditSheet() {
    }

    /**
     * @param label the name of an action or a kind of record ({@code audit.action.}, {@code audit.subject.})
     */
    public static ExcelSheet<AuditEntryView> sheet(Function<String, String> text, BiFunction<String, String, String> label) {
        return ExcelSheet.<AuditEntryView>of(text.apply("audit.title"))
                .whole(text.apply("audit.sequence"), AuditEntryView::sequence)
                .dateTime(text.apply("audit.time"), e -> local(e.at()))
                .text(text.apply("audit.actor"), AuditEntryView::actor)
                .text(text.apply("audit.address"), AuditEntryView::address)
                .text(text.apply("audit.action"), e -> label.apply("audit.action.", e.action()))
                .text(text.apply("audit.subject"), e -> label.apply("audit.subject.", e.subjectType()))
                .text(text.apply("audit.subjectId"), AuditEntryView::subjectId)
                .text(text.apply("audit.before"), AuditEntryView::before)
                .text(text.apply("audit.after"), AuditEntryView::after)
                .text(text.apply("audit.hash"), AuditEntryView::hash);
    }

    /** The trail keeps UTC; people read China's time. */
    static LocalDateTime local(LocalDateTime utc) {
        return Today.inChina(utc);
    }
}
