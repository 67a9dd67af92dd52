package org.evaluation.web.view;

import org.evaluation.api.hotline.HotlineOrderRow;
import org.evaluation.web.support.ExcelSheet;

import java.util.function.Function;

/**
 * 12345 work orders as a workbook, for the lists of the receiving centre and of the handling units:
 * the orders of the list's filter, in the list's order.
 */
public final class HotlineOrdersSheet {

    private HotlineOrdersSheet() {
    }

    public static ExcelSheet<HotlineOrderRow> sheet(Function<String, String> text) {
        return ExcelSheet.<HotlineOrderRow>of(text.apply("export.hotline.sheet"))
                .text(text.apply("export.column.orderNumber"), HotlineOrderRow::number)
                .text(text.apply("export.column.orderType"), r -> text.apply("HotlineOrderType." + r.type()))
                .text(text.apply("export.column.state"), r -> text.apply("HotlineOrderStatus." + r.status()))
                .text(text.apply("export.column.caller"), HotlineOrderRow::callerName)
                .text(text.apply("export.column.summary"), HotlineOrderRow::summary)
                .dateTime(text.apply("export.column.receivedAt"), HotlineOrderRow::receivedAt)
                .text(text.apply("export.column.unit"), HotlineOrderRow::unitName)
                .text(text.apply("export.column.responsible"), HotlineOrderRow::responsibleName)
                .date(text.apply("export.column.due"), HotlineOrderRow::dueOn)
                .text(text.apply("export.column.overdue"), r -> r.overdue() ? text.apply("export.yes") : null)
                .whole(text.apply("export.column.workingDays"), HotlineOrderRow::workingDays)
                .text(text.apply("export.column.extensionPending"),
                        r -> r.extensionPending() ? text.apply("export.yes") : null);
    }
}
