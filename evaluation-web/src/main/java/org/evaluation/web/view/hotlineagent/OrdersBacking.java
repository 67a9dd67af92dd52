package org.evaluation.web.view.hotlineagent;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.hotline.HotlineCall;
import org.evaluation.api.hotline.HotlineListFilter;
import org.evaluation.api.hotline.HotlineOrderRow;
import org.evaluation.api.hotline.HotlineOrderType;
import org.evaluation.api.hotline.HotlineOrderView;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.PagedRows;
import org.evaluation.web.view.HotlineOrdersSheet;
import org.evaluation.web.support.Texts;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * The agent's work orders ({@code hotline-agent/orders.xhtml}): a call recorded as a new order,
 * which then opens for answering or dispatch, and the centre's orders, open ones by default.
 */
@Named("agentOrders")
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotlineService hotline;

    private HotlineOrderType type = HotlineOrderType.INQUIRY;
    private String callerName;
    private String callerPhone;
    private String content;
    private HotlineListFilter filter = HotlineListFilter.OPEN;

    private final PagedRows<HotlineOrderRow> rows = new PagedRows<>(
            (sortBy, first, size) -> hotline.centreOrders(filter, first, Math.min(size, HotlineService.PAGE_MAX)),
            HotlineOrderRow::id);

    /** The centre's orders of the filter on screen, all pages, as a workbook. */
    public void export() {
        ExcelDownload.send(HotlineOrdersSheet.sheet(Texts::text), rows.pages(), Texts.text("export.hotline.sheet"),
                "hotline-orders");
    }

    /** Records the call and opens it, to be answered or dispatched. */
    public String receive() {
        HotlineOrderView order = hotline.receive(new HotlineCall(type, callerName, callerPhone, content));
        Texts.info("agentOrders.received", order.number());
        return "/hotline-agent/order.xhtml?faces-redirect=true&id=" + order.id();
    }

    public HotlineOrderType[] getTypes() {
        return HotlineOrderType.values();
    }

    public HotlineListFilter[] getFilters() {
        return HotlineListFilter.values();
    }

    public LazyDataModel<HotlineOrderRow> getRows() {
        return rows;
    }

    public HotlineOrderType getType() {
        return type;
    }

    public void setType(HotlineOrderType type) {
        this.type = type;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public void setCallerPhone(String callerPhone) {
        this.callerPhone = callerPhone;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content == null ? null : content.replace("\r\n", "\n");
    }

    public HotlineListFilter getFilter() {
        return filter;
    }

    public void setFilter(HotlineListFilter filter) {
        this.filter = filter == null ? HotlineListFilter.OPEN : filter;
    }
}
